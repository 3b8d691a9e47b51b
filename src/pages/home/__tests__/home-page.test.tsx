import { screen } from '@testing-library/react'
import { callsTo, serveApi } from '../../../../test/jest/fake-api'
import { buildJob, buildJobPage, buildStation, buildStationList } from '../../../../test/jest/fixtures'
import { renderPage } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import HomePage from '../index'

const PATH = '/pages/home/index'

const stations = [
  buildStation({ name: '柳州路零工驿站', distanceMeters: 800 }),
  buildStation({ name: '七里河零工驿站', code: 'QLH03', distanceMeters: 2400 }),
  buildStation({ name: '安宁零工驿站', code: 'AN02', distanceMeters: 6100 }),
  buildStation({ name: '西固零工驿站', code: 'XG04', distanceMeters: 15_000 }),
]

describe('home page', () => {
  it('without location says it measures from the city centre, and still shows stations and jobs', async () => {
    taroTest.setLocation(null)
    serveApi({
      listStations: ({ query }) => buildStationList(stations, query.lat === undefined),
      listJobs: () => buildJobPage([buildJob({ title: '小区保洁', category: 'cleaning', settlement: 'daily' })]),
    })

    renderPage(HomePage, PATH)

    expect(await screen.findByText(/没有获取到您的位置，按市中心显示/)).toBeInTheDocument()
    expect(screen.getByText('柳州路零工驿站')).toBeInTheDocument()
    expect(screen.getByText('约 800 米')).toBeInTheDocument()
    // A few nearby, the rest one tap away.
    expect(screen.queryByText('西固零工驿站')).not.toBeInTheDocument()
    expect(screen.getByText('查看全部 4 个驿站')).toBeInTheDocument()

    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    expect(screen.getByText('最新的岗位')).toBeInTheDocument()
    expect(callsTo('listJobs')[0]?.query).toEqual({ limit: '20' })
  })

  it('with location asks for stations and jobs near the person, without the city-centre note', async () => {
    taroTest.setLocation({ latitude: 36.061, longitude: 103.834 })
    serveApi({
      listStations: ({ query }) => buildStationList(stations, query.lat === undefined),
      listJobs: () => buildJobPage([buildJob({ title: '快递分拣员', category: 'sorting', distanceMeters: 1500 })]),
    })

    renderPage(HomePage, PATH)

    expect(await screen.findByText('快递分拣员')).toBeInTheDocument()
    expect(screen.getByText('附近的岗位')).toBeInTheDocument()
    expect(screen.queryByText(/按市中心显示/)).not.toBeInTheDocument()
    expect(Number(callsTo('listStations')[0]?.query.lat)).toBeCloseTo(36.06, 1)
    expect(callsTo('listJobs')[0]?.query.radiusKm).toBe('30')
  })

  it('shows an empty state when no jobs are open', async () => {
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: () => buildJobPage([]) })

    renderPage(HomePage, PATH)

    expect(await screen.findByText('暂时没有在招的岗位')).toBeInTheDocument()
  })
})
