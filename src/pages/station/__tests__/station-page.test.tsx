import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { callsTo, reply, serveApi } from '../../../../test/jest/fake-api'
import { buildJob, buildJobPage, buildStation, buildStationList } from '../../../../test/jest/fixtures'
import { renderPage } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import { weappDuringEachTest } from '../../../../test/jest/weapp-env'
import { FIRST_SCREEN_ELEMENT_ID } from '@/shared/contracts'
import StationPage from '../index'

const PATH = '/pages/station/index'

const liuzhou = buildStation({ code: 'LZ01', name: '柳州路零工驿站', distanceMeters: null })
const qilihe = buildStation({ code: 'QLH03', name: '七里河零工驿站', address: '七里河区西津东路 5 号', distanceMeters: null })

function stationByCode(...stations: (typeof liuzhou)[]) {
  return ({ params, query }: { params: Record<string, string>; query: Record<string, string> }) => {
    const station = stations.find((s) => s.code === params.code)
    if (!station) return reply.error(404, 'STATION_NOT_FOUND', '没有这个驿站')
    return { ...station, distanceMeters: query.lat ? 1234 : null }
  }
}

describe('station page', () => {
  it('opened from a QR code scene shows the station and its open jobs, newest first', async () => {
    serveApi({
      getStationByCode: stationByCode(liuzhou),
      listJobs: ({ query }) =>
        query.stationId === liuzhou.id
          ? buildJobPage([buildJob({ title: '超市理货员', pay: { amountFen: 2000, unit: 'hour' } }), buildJob({ title: '仓库装卸工' })])
          : buildJobPage([]),
    })

    renderPage(StationPage, PATH, { scene: 's%3DLZ01' })

    expect(await screen.findByText('柳州路零工驿站')).toBeInTheDocument()
    expect(screen.getByText('城关区柳州路 18 号')).toBeInTheDocument()
    expect(screen.getByText('每天 6:30–18:00')).toBeInTheDocument()
    expect(await screen.findByText('超市理货员')).toBeInTheDocument()
    expect(screen.getByText('¥20/小时')).toBeInTheDocument()
    const titles = screen.getAllByText(/超市理货员|仓库装卸工/).map((node) => node.textContent)
    expect(titles).toEqual(['超市理货员', '仓库装卸工'])
    expect(callsTo('getStationByCode')[0]?.params.code).toBe('LZ01')
  })

  it('remembers the station for the home feed, which then measures from it', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('这个驿站暂时没有在招的岗位')).toBeInTheDocument()

    expect(taroTest.storage.get('yizhan.jobs.last-station')).toEqual({ id: liuzhou.id, name: '柳州路零工驿站', location: liuzhou.location })
    expect(callsTo('listJobs')[0]?.query).toEqual({ stationId: liuzhou.id, sort: 'newest', limit: '20' })
  })

  it('calls the station with one tap', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    fireEvent.click(await screen.findByText('拨打驿站电话 0931-8123456'))

    await waitFor(() => expect(taroTest.phoneCalls).toEqual(['09318123456']))
    expect(await screen.findByText('这个驿站暂时没有在招的岗位')).toBeInTheDocument()
  })

  it('shows the distance once the position is known', async () => {
    taroTest.setLocation({ latitude: 36.07, longitude: 103.84 })
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })

    expect(await screen.findByText('离您约 1.2 公里')).toBeInTheDocument()
  })

  it('an unknown code says so plainly and lists the nearby stations', async () => {
    serveApi({
      getStationByCode: stationByCode(liuzhou),
      listStations: () => buildStationList([liuzhou, qilihe], true),
    })

    renderPage(StationPage, PATH, { code: 'XX99' })

    expect(await screen.findByText('没有找到驿站码 XX99 对应的驿站')).toBeInTheDocument()
    expect(await screen.findByText('柳州路零工驿站')).toBeInTheDocument()
    expect(screen.getByText('七里河零工驿站')).toBeInTheDocument()
  })

  it('a link to a station that is gone says so and lists the nearby stations', async () => {
    serveApi({
      getStation: () => reply.error(404, 'STATION_NOT_FOUND', '没有这个驿站'),
      listStations: () => buildStationList([qilihe], true),
    })

    renderPage(StationPage, PATH, { id: '00000000-0000-4000-8000-0000000000ff' })

    expect(await screen.findByText('没有找到这个驿站')).toBeInTheDocument()
    expect(await screen.findByText('七里河零工驿站')).toBeInTheDocument()
  })

  it('a malformed scene never asks the server for it, and still lists the nearby stations', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listStations: () => buildStationList([qilihe], true) })

    renderPage(StationPage, PATH, { scene: encodeURIComponent('s=L<>1') })

    expect(await screen.findByText('没有找到驿站码 L<>1 对应的驿站')).toBeInTheDocument()
    expect(await screen.findByText('七里河零工驿站')).toBeInTheDocument()
    expect(callsTo('getStationByCode')).toHaveLength(0)
  })

  it('a failure other than not-found offers 重试, which recovers', async () => {
    let fail = true
    serveApi({
      getStationByCode: (call) => (fail ? reply.networkError() : stationByCode(liuzhou)(call)),
      listJobs: () => buildJobPage([]),
    })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('网络太慢，请求超时了，请稍后重试')).toBeInTheDocument()

    fail = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('柳州路零工驿站')).toBeInTheDocument()
  })

  it('pages through the jobs with 加载更多 and by scrolling to the bottom', async () => {
    const pages: Record<string, ReturnType<typeof buildJobPage>> = {
      first: buildJobPage([buildJob({ title: '第一页的岗位' })], 'c2'),
      c2: buildJobPage([buildJob({ title: '第二页的岗位' })], 'c3'),
      c3: buildJobPage([buildJob({ title: '第三页的岗位' })], null),
    }
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: ({ query }) => pages[query.cursor ?? 'first'] })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('第一页的岗位')).toBeInTheDocument()

    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('第二页的岗位')).toBeInTheDocument()

    act(() => taroTest.reachBottom())
    expect(await screen.findByText('第三页的岗位')).toBeInTheDocument()
    expect(screen.getByText('共 3 个岗位，没有更多了')).toBeInTheDocument()
    expect(callsTo('listJobs').map((call) => call.query.cursor)).toEqual([undefined, 'c2', 'c3'])
  })

  it('opened from a QR code, offers a way home at the top and after the jobs', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([buildJob({ title: '超市理货员' })]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('超市理货员')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('link', { name: '回首页' }))
    fireEvent.click(screen.getByRole('link', { name: '看附近的更多岗位和驿站' }))
    expect(taroTest.navigations).toEqual([
      { type: 'switchTab', url: '/pages/home/index' },
      { type: 'switchTab', url: '/pages/home/index' },
    ])
  })

  it('opened from the home page, leaves the way back to back', async () => {
    taroTest.setPagesBelow(['/pages/home/index'])
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([buildJob({ title: '超市理货员' })]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('超市理货员')).toBeInTheDocument()

    expect(screen.queryByText('回首页')).not.toBeInTheDocument()
    expect(screen.queryByText('看附近的更多岗位和驿站')).not.toBeInTheDocument()
  })

  it('a job card is a link that opens the job', async () => {
    const job = buildJob({ title: '超市理货员' })
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([job]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    fireEvent.keyDown(await screen.findByRole('link', { name: /超市理货员/ }), { key: 'Enter' })

    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/jobs/detail/index?id=${job.id}` }])
  })

  describe('in the mini-program', () => {
    weappDuringEachTest()

    it('switches to another station when its code is scanned on a hot start', async () => {
      serveApi({ getStationByCode: stationByCode(liuzhou, qilihe), listJobs: () => buildJobPage([]) })

      renderPage(StationPage, PATH, { scene: 's%3DLZ01' })
      expect(await screen.findByText('柳州路零工驿站')).toBeInTheDocument()

      act(() => taroTest.show({ path: 'pages/station/index', query: { scene: 's%3DQLH03' } }))

      expect(await screen.findByText('七里河零工驿站')).toBeInTheDocument()
      expect(screen.queryByText('柳州路零工驿站')).not.toBeInTheDocument()
    })
  })
})

describe('station page opened from a printed URL (H5)', () => {
  function embed(data: unknown) {
    const script = document.createElement('script')
    script.id = FIRST_SCREEN_ELEMENT_ID
    script.type = 'application/json'
    script.textContent = JSON.stringify(data)
    document.body.appendChild(script)
  }

  it('shows the station and its first jobs from the page itself, without asking the API', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([buildJob({ title: '接口里的岗位' })]) })
    embed({ code: 'lz01', station: liuzhou, jobs: buildJobPage([buildJob({ title: '页面里带来的岗位' })]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })

    expect(await screen.findByText('柳州路零工驿站')).toBeInTheDocument()
    expect(screen.getByText('页面里带来的岗位')).toBeInTheDocument()
    expect(callsTo('getStationByCode')).toHaveLength(0)
    expect(callsTo('listJobs')).toHaveLength(0)
    expect(document.getElementById(FIRST_SCREEN_ELEMENT_ID)).toBeNull()
  })

  it('asks the API when the embedded data is for another code or does not pass the contract', async () => {
    serveApi({ getStationByCode: stationByCode(liuzhou), listJobs: () => buildJobPage([buildJob({ title: '接口里的岗位' })]) })
    embed({ code: 'QLH03', station: qilihe, jobs: buildJobPage([]) })

    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findByText('接口里的岗位')).toBeInTheDocument()
    expect(callsTo('getStationByCode')).toHaveLength(1)

    embed({ code: 'LZ01', station: { name: '缺了字段的驿站' }, jobs: null })
    renderPage(StationPage, PATH, { code: 'LZ01' })
    expect(await screen.findAllByText('柳州路零工驿站')).not.toHaveLength(0)
    expect(screen.queryByText('缺了字段的驿站')).not.toBeInTheDocument()
  })
})
