import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
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

const lastQuery = () => callsTo('listJobs').at(-1)?.query

function typeInto(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } })
}

describe('home page', () => {
  it('without location or a station, measures from the city centre and says so, and still shows stations and jobs', async () => {
    taroTest.setLocation(null)
    serveApi({
      listStations: ({ query }) => buildStationList(stations, query.lat === undefined),
      listJobs: () => buildJobPage([buildJob({ title: '小区保洁', category: 'cleaning', settlement: 'daily', welcomesOlder: true, placesLeft: 2 })]),
    })

    renderPage(HomePage, PATH)

    expect(await screen.findByText(/没有获取到您的位置，按市中心显示/)).toBeInTheDocument()
    expect(screen.getByText('柳州路零工驿站')).toBeInTheDocument()
    expect(screen.queryByText('西固零工驿站')).not.toBeInTheDocument()
    expect(screen.getByText('查看全部 4 个驿站')).toBeInTheDocument()

    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    expect(screen.getByText('按市中心')).toBeInTheDocument()
    expect(screen.getByText('欢迎大龄')).toBeInTheDocument()
    expect(screen.getByText('剩 2 个名额')).toBeInTheDocument()
    // The city centre is the server's, from the station list: one request, nearest first from there.
    expect(callsTo('listStations')).toHaveLength(1)
    expect(callsTo('listJobs')).toHaveLength(1)
    expect(lastQuery()).toEqual({ lat: '36.06', lng: '103.83', sort: 'nearest', limit: '20' })
  })

  it('with location, the feed is nearest the person', async () => {
    taroTest.setLocation({ latitude: 36.061, longitude: 103.834 })
    serveApi({
      listStations: ({ query }) => buildStationList(stations, query.lat === undefined),
      listJobs: () => buildJobPage([buildJob({ title: '快递分拣员', category: 'sorting', distanceMeters: 1500 })]),
    })

    renderPage(HomePage, PATH)

    expect(await screen.findByText('快递分拣员')).toBeInTheDocument()
    expect(screen.getByText('离您最近')).toBeInTheDocument()
    expect(screen.queryByText(/按市中心显示/)).not.toBeInTheDocument()
    expect(Number(lastQuery()?.lat)).toBeCloseTo(36.06, 1)
    expect(lastQuery()?.sort).toBe('nearest')
  })

  it('without location, measures from the station scanned in at last', async () => {
    taroTest.storage.set('yizhan.jobs.last-station', { id: stations[0]!.id, name: '柳州路零工驿站', location: { lat: 36.07, lng: 103.84 } })
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: () => buildJobPage([buildJob({ title: '超市理货员' })]) })

    renderPage(HomePage, PATH)

    expect(await screen.findByText('超市理货员')).toBeInTheDocument()
    expect(screen.getByText('按柳州路零工驿站')).toBeInTheDocument()
    expect(lastQuery()).toEqual({ lat: '36.07', lng: '103.84', sort: 'nearest', limit: '20' })
  })

  it('searches by keyword, and switches the sort', async () => {
    serveApi({
      listStations: () => buildStationList(stations, true),
      listJobs: ({ query }) => buildJobPage(query.q === '保洁' ? [buildJob({ title: '写字楼保洁' })] : [buildJob({ title: '仓库装卸工' })]),
    })

    renderPage(HomePage, PATH)
    expect(await screen.findByText('仓库装卸工')).toBeInTheDocument()

    typeInto(screen.getByPlaceholderText('搜工作，如 保洁、电工、搬运'), '保洁')
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('写字楼保洁')).toBeInTheDocument()
    expect(screen.getByText('“保洁”的岗位')).toBeInTheDocument()
    expect(lastQuery()?.q).toBe('保洁')

    fireEvent.click(screen.getByRole('button', { name: '按工资排序' }))
    await waitFor(() => expect(lastQuery()?.sort).toBe('pay'))
    expect(lastQuery()?.q).toBe('保洁')
    expect(screen.getByRole('button', { name: '工资（当前排序）' })).toBeInTheDocument()
  })

  it('filters from the sheet, says how many are on, and keeps them for the next start', async () => {
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: () => buildJobPage([buildJob({ title: '仓库装卸工' })]) })

    const { unmount } = renderPage(HomePage, PATH)
    await screen.findByText('仓库装卸工')

    fireEvent.click(screen.getByText('筛选'))
    const sheet = screen.getByRole('dialog', { name: '筛选岗位' })
    expect(sheet).toBeInTheDocument()
    // The tab bar would cover the sheet's buttons in H5: it is away while the sheet is open.
    expect(taroTest.tabBarHidden).toBe(true)
    fireEvent.click(within(sheet).getByText('保洁'))
    fireEvent.click(within(sheet).getByText('装卸搬运'))
    fireEvent.click(within(sheet).getByText('日结'))
    fireEvent.click(within(sheet).getByText('按天'))
    typeInto(within(sheet).getByLabelText('最低工资，元每天'), '150')
    fireEvent.click(within(sheet).getByText('今天'))
    fireEvent.click(within(sheet).getByText('只看欢迎大龄的岗位'))
    fireEvent.click(within(sheet).getByText('10 公里内'))
    fireEvent.click(within(sheet).getByText('非全日制'))
    // Chosen ones say so.
    expect(within(sheet).getByText('✓ 保洁')).toBeInTheDocument()
    // Nothing is asked until 查看岗位.
    expect(callsTo('listJobs')).toHaveLength(1)
    fireEvent.click(screen.getByText('查看岗位'))

    await waitFor(() => expect(callsTo('listJobs')).toHaveLength(2))
    const expected = {
      category: 'cleaning,loading',
      employmentType: 'part_time',
      payUnit: 'day',
      minPayFen: '15000',
      settlement: 'daily',
      date: 'today',
      welcomesOlder: 'true',
      lat: '36.06',
      lng: '103.83',
      radiusKm: '10',
      sort: 'nearest',
      limit: '20',
    }
    expect(lastQuery()).toEqual(expected)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(taroTest.tabBarHidden).toBe(false)
    expect(screen.getByText('筛选 (7)')).toBeInTheDocument()

    // A restart: the same filters, from storage.
    unmount()
    renderPage(HomePage, PATH)
    expect(await screen.findByText('筛选 (7)')).toBeInTheDocument()
    await waitFor(() => expect(callsTo('listJobs')).toHaveLength(3))
    expect(lastQuery()).toEqual(expected)

    // 清空 keeps the keyword and the sort, drops the rest.
    fireEvent.click(screen.getByText('筛选 (7)'))
    fireEvent.click(screen.getByText('清空'))
    fireEvent.click(screen.getByText('查看岗位'))
    await waitFor(() => expect(lastQuery()).toEqual({ lat: '36.06', lng: '103.83', sort: 'nearest', limit: '20' }))
    expect(screen.getByText('筛选')).toBeInTheDocument()
  })

  it('says when nothing matches, and what to try', async () => {
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: ({ query }) => buildJobPage(query.q ? [] : [buildJob()]) })

    renderPage(HomePage, PATH)
    typeInto(await screen.findByPlaceholderText('搜工作，如 保洁、电工、搬运'), '宇航员')
    fireEvent.click(screen.getByText('搜索'))

    expect(await screen.findByText('没有符合条件的岗位')).toBeInTheDocument()
    expect(screen.getByText('换个关键词，或少选几个筛选条件试试。')).toBeInTheDocument()
  })

  it('shows an empty state when no jobs are open, and an error with 重试', async () => {
    let fail = true
    serveApi({
      listStations: () => buildStationList(stations, true),
      listJobs: () => (fail ? reply.error(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') : buildJobPage([])),
    })

    renderPage(HomePage, PATH)

    expect(await screen.findByText('岗位没有加载出来')).toBeInTheDocument()
    fail = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('暂时没有在招的岗位')).toBeInTheDocument()
  })

  it('pulling down refreshes the feed and stops the spinner', async () => {
    let title = '旧岗位'
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: () => buildJobPage([buildJob({ title })]) })

    renderPage(HomePage, PATH)
    expect(await screen.findByText('旧岗位')).toBeInTheDocument()

    title = '新岗位'
    act(() => taroTest.pullDownRefresh())
    expect(await screen.findByText('新岗位')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.pullDownStopped).toBe(1))
  })

  it('with hundreds of jobs renders only those on screen, and follows the scroll', async () => {
    const many = Array.from({ length: 300 }, (_, i) => buildJob({ title: `岗位${i + 1}号` }))
    serveApi({ listStations: () => buildStationList(stations, true), listJobs: () => buildJobPage(many, 'next') })

    renderPage(HomePage, PATH)
    expect(await screen.findByText('岗位1号')).toBeInTheDocument()

    const rendered = () => screen.getAllByText(/^岗位\d+号$/).length
    expect(rendered()).toBeLessThan(20)
    expect(screen.queryByText('岗位150号')).not.toBeInTheDocument()

    // A card is 150 px on a 375 px wide screen: 150 cards down.
    act(() => taroTest.scrollPage(150 * 150))
    expect(await screen.findByText('岗位150号')).toBeInTheDocument()
    expect(screen.queryByText('岗位1号')).not.toBeInTheDocument()
    expect(rendered()).toBeLessThan(20)
  })
})
