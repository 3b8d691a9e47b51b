import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { pageUrl } from '@/shared/config/routes'
import { wgs84ToGcj02 } from '@/shared/platform/coordinates'
import type { CreateStationBody, StaffStation } from '@/shared/contracts'
import { buildStaffStation, buildStaffStationList } from '@/features/station-admin/__tests__/staff-station-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffStationPage from '../index'

const PATH = '/subpackages/staff/station/index'

const field = (placeholder: string) => screen.getByPlaceholderText(placeholder) as HTMLInputElement
const type = (placeholder: string, value: string) => fireEvent.input(field(placeholder), { target: { value } })
const fieldBox = (placeholder: string) => field(placeholder).closest('.yz-station-form__field') as HTMLElement

const NAME = '例如 潞州区英雄南路零工驿站'
const CODE = '例如 LZ01'
const DISTRICT = '例如 潞州区'
const ADDRESS = '街道、门牌号，求职者照着能找到'
const HOURS = '例如 每天 6:30–18:00'
const PHONE = '座机如 0355-2021101，或 11 位手机号'
const LAT = '例如 36.195420'
const LNG = '例如 113.116470'

/** The server's stations as they stand; create and update change them as the server would. */
function serveStations(initial: StaffStation[], district: string | null, handlers: Parameters<typeof serveApi>[0] = {}) {
  const state = { items: initial }
  serveApi({
    listStaffStations: () => buildStaffStationList(state.items, district),
    createStation: ({ body }) => {
      const created = buildStaffStation({ ...(body as CreateStationBody), code: (body as CreateStationBody).code.toUpperCase() })
      state.items = [...state.items, created]
      return reply.ok(created, 201)
    },
    updateStation: ({ params, body }) => {
      const index = state.items.findIndex((s) => s.id === params.id)
      const updated = { ...state.items[index]!, ...(body as object), updatedAt: '2025-03-02T09:00:00+08:00' }
      state.items = state.items.map((s, i) => (i === index ? updated : s))
      return updated
    },
    ...handlers,
  })
  return state
}

function fillNewStation() {
  type(NAME, '太行西街零工驿站')
  type(CODE, 'lz02')
  type(ADDRESS, '潞州区太行西街 9 号')
  type(LAT, '36.2')
  type(LNG, '113.1')
  type(HOURS, '工作日 8:00–17:00')
  type(PHONE, '13800000003')
}

describe('a new station', () => {
  it('fixes a district staff member’s district, shows the code in capitals and creates it, then opens its own page', async () => {
    const state = serveStations([buildStaffStation()], '潞州区')
    renderPage(StaffStationPage, PATH)

    expect(await screen.findByText('潞州区（您负责的区县）')).toBeInTheDocument()
    expect(screen.queryByPlaceholderText(DISTRICT)).not.toBeInTheDocument()
    fillNewStation()
    expect(field(CODE).value).toBe('LZ02')
    expect(screen.getByText('建好驿站后，这里会出现它的海报，可以下载打印。')).toBeInTheDocument()

    fireEvent.click(screen.getByText('建好驿站'))

    await waitFor(() => expect(callsTo('createStation')).toHaveLength(1))
    expect(callsTo('createStation')[0]?.body).toEqual({
      name: '太行西街零工驿站',
      code: 'LZ02',
      district: '潞州区',
      address: '潞州区太行西街 9 号',
      location: { lat: 36.2, lng: 113.1 },
      hours: '工作日 8:00–17:00',
      phone: '13800000003',
    })
    await waitFor(() => expect(taroTest.navigations).toHaveLength(1))
    const created = state.items.find((s) => s.code === 'LZ02')!
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: pageUrl.staffStation(created.id) }])
    expect(taroTest.toasts).toContainEqual({ title: '驿站已建好', icon: 'success' })
    // Saved: the draft is gone.
    expect(taroTest.storage.has('yizhan.station-admin.draft.new')).toBe(false)
  })

  it('says what is missing under each field and asks the server nothing', async () => {
    serveStations([], null)
    renderPage(StaffStationPage, PATH)

    fireEvent.click(await screen.findByText('建好驿站'))

    expect(within(fieldBox(NAME)).getByText('请填写驿站名称')).toBeInTheDocument()
    expect(within(fieldBox(CODE)).getByText('请填写驿站码')).toBeInTheDocument()
    expect(within(fieldBox(DISTRICT)).getByText('请填写所在区县')).toBeInTheDocument()
    expect(within(fieldBox(PHONE)).getByText('请填写联系电话')).toBeInTheDocument()
    expect(screen.getByText('请在地图上选好驿站的位置')).toBeInTheDocument()
    expect(screen.getByText('有 7 处需要修改，请看红字')).toBeInTheDocument()
    expect(callsTo('createStation')).toHaveLength(0)
  })

  it('checks a field on leaving it, and the message goes once it is fixed', async () => {
    serveStations([], null)
    renderPage(StaffStationPage, PATH)

    await screen.findByPlaceholderText(CODE)
    type(CODE, 'l-1')
    fireEvent.blur(field(CODE))
    expect(await within(fieldBox(CODE)).findByText('驿站码只含字母和数字')).toBeInTheDocument()
    type(CODE, 'L1')
    expect(within(fieldBox(CODE)).queryByText('驿站码只含字母和数字')).not.toBeInTheDocument()

    type(PHONE, '12345')
    fireEvent.blur(field(PHONE))
    expect(await within(fieldBox(PHONE)).findByText('电话格式不对：座机如 0355-2021101，手机为 11 位')).toBeInTheDocument()

    type(LAT, '95')
    fireEvent.blur(field(LAT))
    expect(await within(fieldBox(LAT)).findByText('纬度在 -90 到 90 之间')).toBeInTheDocument()
  })

  it('lets city-wide staff pick the district of an existing station with a tap', async () => {
    serveStations([buildStaffStation({ district: '潞州区' }), buildStaffStation({ district: '上党区', code: 'SD01' })], null)
    renderPage(StaffStationPage, PATH)

    fireEvent.click(await screen.findByText('上党区'))
    expect(field(DISTRICT).value).toBe('上党区')
    expect(screen.getByText('✓ 上党区')).toBeInTheDocument()
  })

  it('shows a taken code on the code field in the server’s words, keeping everything typed', async () => {
    serveStations([], '潞州区', {
      createStation: () => reply.error(409, 'STATION_CODE_TAKEN', '驿站码 LZ02 已被别的驿站使用（不分大小写），请换一个', { code: '这个驿站码已被使用' }),
    })
    renderPage(StaffStationPage, PATH)
    await screen.findByPlaceholderText(NAME)
    fillNewStation()

    fireEvent.click(screen.getByText('建好驿站'))

    expect(await within(fieldBox(CODE)).findByText('驿站码 LZ02 已被别的驿站使用（不分大小写），请换一个')).toBeInTheDocument()
    expect(field(NAME).value).toBe('太行西街零工驿站')
    expect(field(LAT).value).toBe('36.2')
    expect(taroTest.navigations).toEqual([])
  })

  it('keeps what was typed in storage and brings it back, or starts again on request', async () => {
    serveStations([], '潞州区')
    const first = renderPage(StaffStationPage, PATH)
    await screen.findByPlaceholderText(NAME)
    type(NAME, '太行西街零工驿站')
    type(CODE, 'lz02')
    first.unmount()

    renderPage(StaffStationPage, PATH)

    expect(await screen.findByText('已恢复您上次没保存的修改。')).toBeInTheDocument()
    expect(field(NAME).value).toBe('太行西街零工驿站')
    expect(field(CODE).value).toBe('LZ02')

    fireEvent.click(screen.getByText('清空重填'))
    expect(field(NAME).value).toBe('')
    expect(taroTest.storage.has('yizhan.station-admin.draft.new')).toBe(false)
  })

  it('fills the coordinates from this device’s position (the browser has no map picker)', async () => {
    serveStations([], '潞州区')
    taroTest.setLocation({ latitude: 36.19, longitude: 113.11 })
    renderPage(StaffStationPage, PATH)

    fireEvent.click(await screen.findByText('用这台设备现在的位置'))

    // Converted to GCJ-02, as stations are stored, to six decimals.
    const gcj = wgs84ToGcj02({ lat: 36.19, lng: 113.11 })
    await waitFor(() => expect(field(LAT).value).toBe(String(Number(gcj.lat.toFixed(6)))))
    expect(field(LNG).value).toBe(String(Number(gcj.lng.toFixed(6))))
    expect(Number(field(LAT).value)).not.toBe(36.19)

    taroTest.setLocation(null)
    fireEvent.click(screen.getByText('用这台设备现在的位置'))
    expect(await screen.findByText('没有拿到这台设备的位置（可能没有允许使用位置），请直接填写经纬度')).toBeInTheDocument()
  })
})

describe('editing a station', () => {
  it('shows the station, sends only what changed and says it is saved', async () => {
    const station = buildStaffStation({ phone: '0355-2021101' })
    serveStations([station], '潞州区')
    renderPage(StaffStationPage, PATH, { id: station.id })

    expect(await screen.findByDisplayValue(station.name)).toBeInTheDocument()
    expect(field(LAT).value).toBe(String(station.location.lat))
    type(PHONE, '13800000003')
    fireEvent.click(screen.getByText('保存'))

    expect(await screen.findByText('已保存，海报已按新的信息生成')).toBeInTheDocument()
    expect(callsTo('updateStation')).toEqual([expect.objectContaining({ params: { id: station.id }, body: { phone: '13800000003' } })])
    expect(taroTest.toasts).toContainEqual({ title: '已保存', icon: 'success' })
    expect(taroTest.storage.has(`yizhan.station-admin.draft.${station.id}`)).toBe(false)
  })

  it('saves nothing when nothing changed', async () => {
    const station = buildStaffStation()
    serveStations([station], '潞州区')
    renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('保存'))

    expect(await screen.findByText('没有改动，不用保存')).toBeInTheDocument()
    expect(callsTo('updateStation')).toHaveLength(0)
  })

  it('warns that a new code makes the printed posters stale', async () => {
    const station = buildStaffStation({ code: 'LZ01' })
    serveStations([station], '潞州区')
    renderPage(StaffStationPage, PATH, { id: station.id })

    await screen.findByDisplayValue('LZ01')
    type(CODE, 'lz09')
    expect(screen.getByText('改了驿站码，已经贴出去的海报扫码会找不到这个驿站，保存后请重新打印海报。')).toBeInTheDocument()
    expect(screen.getByText('海报按已保存的信息生成：上面的修改请先保存，海报才会跟着变。')).toBeInTheDocument()
  })

  it('restores an unsaved edit and can drop it for the saved station', async () => {
    const station = buildStaffStation({ hours: '每天 6:30–18:00' })
    serveStations([station], '潞州区')
    const first = renderPage(StaffStationPage, PATH, { id: station.id })
    await screen.findByDisplayValue('每天 6:30–18:00')
    type(HOURS, '每天 7:00–17:00')
    first.unmount()

    renderPage(StaffStationPage, PATH, { id: station.id })
    expect(await screen.findByDisplayValue('每天 7:00–17:00')).toBeInTheDocument()
    expect(screen.getByText('已恢复您上次没保存的修改。')).toBeInTheDocument()

    fireEvent.click(screen.getByText('放弃修改，用已保存的信息'))
    expect(field(HOURS).value).toBe('每天 6:30–18:00')
    expect(screen.queryByText('已恢复您上次没保存的修改。')).not.toBeInTheDocument()
  })

  it('says when the station was changed by someone else after the draft began', async () => {
    const station = buildStaffStation({ updatedAt: '2025-03-05T10:00:00+08:00' })
    taroTest.storage.set(`yizhan.station-admin.draft.${station.id}`, {
      values: { name: station.name, code: station.code, district: station.district, address: station.address, hours: '每天 7:00–17:00', phone: station.phone, lat: '36.19542', lng: '113.11647' },
      base: '2025-03-01T08:00:00+08:00',
    })
    serveStations([station], '潞州区')
    renderPage(StaffStationPage, PATH, { id: station.id })

    expect(await screen.findByText('已恢复您上次没保存的修改。这个驿站在那之后被别人改过，请核对后再保存。')).toBeInTheDocument()
  })

  it('says plainly when the station is not one of mine', async () => {
    serveStations([buildStaffStation()], '潞州区')
    renderPage(StaffStationPage, PATH, { id: '00000000-0000-4000-8000-0000000000ff' })

    expect(await screen.findByText('没有找到这个驿站')).toBeInTheDocument()
    fireEvent.click(screen.getByText('回到驿站列表'))
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: pageUrl.staffStations }])
  })

  it('shows a refusal the form cannot place over the button', async () => {
    const station = buildStaffStation()
    serveStations([station], '潞州区', { updateStation: () => reply.error(403, 'STATION_OUT_OF_SCOPE', '你负责的是潞州区，只能管理本区县的驿站') })
    renderPage(StaffStationPage, PATH, { id: station.id })
    await screen.findByDisplayValue(station.name)

    type(PHONE, '13800000003')
    fireEvent.click(screen.getByText('保存'))

    expect(await screen.findByText('你负责的是潞州区，只能管理本区县的驿站')).toBeInTheDocument()
    expect(field(PHONE).value).toBe('13800000003')
  })
})

describe('the poster (in the browser)', () => {
  const taro = Taro as unknown as Record<string, jest.Mock | undefined>
  afterEach(() => {
    delete taro.downloadFile
    jest.restoreAllMocks()
  })

  it('previews the saved poster and downloads the A4 PDF and the picture through links', async () => {
    const clicked: { href: string; download: string }[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download })
    })
    const station = buildStaffStation({ code: 'LZ01' })
    serveStations([station], '潞州区')
    const { container } = renderPage(StaffStationPage, PATH, { id: station.id })

    expect(await screen.findByText('驿站海报')).toBeInTheDocument()
    const preview = container.querySelector('.yz-station-poster__image img, img.yz-station-poster__image') as HTMLImageElement
    expect(preview.getAttribute('src')).toBe(`/api/v1/stations/${station.id}/poster.png?v=${encodeURIComponent(station.updatedAt)}`)

    fireEvent.click(screen.getByText('下载 A4 海报（PDF）'))
    fireEvent.click(screen.getByText('保存海报图片'))

    await waitFor(() => expect(clicked).toHaveLength(2))
    expect(clicked).toEqual([
      { href: `/api/v1/stations/${station.id}/poster.pdf`, download: '驿站海报-LZ01.pdf' },
      { href: `/api/v1/stations/${station.id}/poster.png`, download: '驿站海报-LZ01.png' },
    ])
    expect(screen.getByText('PDF 会下载到这台设备，用打印机按 A4 纸打印。')).toBeInTheDocument()
    await waitFor(() => expect(taroTest.toasts.map((t) => t.title)).toEqual(['已开始下载', '已开始下载']))
  })

  it('shows the new poster once the station is saved', async () => {
    const station = buildStaffStation({ hours: '每天 6:30–18:00' })
    serveStations([station], '潞州区')
    const { container } = renderPage(StaffStationPage, PATH, { id: station.id })
    await screen.findByText('驿站海报')
    const src = () => (container.querySelector('.yz-station-poster__image img, img.yz-station-poster__image') as HTMLImageElement).getAttribute('src')
    expect(src()).toContain('v=2025-03-01')

    type(HOURS, '每天 7:00–17:00')
    fireEvent.click(screen.getByText('保存'))

    await waitFor(() => expect(src()).toContain('v=2025-03-02'))
  })

  it('fetches the mini-program code with the staff token; without an appid it points to the poster’s QR code', async () => {
    taroTest.storage.set('yizhan.session.token', 'staff-token')
    const downloads: { url: string; header: Record<string, string> }[] = []
    let status = 503
    taro.downloadFile = jest.fn((options: { url: string; header: Record<string, string> }) => {
      downloads.push(options)
      return Promise.resolve({ statusCode: status, tempFilePath: 'blob:http://localhost/mini-code' })
    })
    const station = buildStaffStation({ name: '英雄南路零工驿站', code: 'LZ01' })
    serveStations([station], '潞州区')
    const { container } = renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('小程序码'))

    expect(await screen.findByText('小程序未配置 AppID，请使用上方海报中的二维码')).toBeInTheDocument()
    expect(downloads[0]).toMatchObject({ url: `/api/v1/staff/stations/${station.id}/mini-code.png`, header: { Authorization: 'Bearer staff-token' } })

    status = 200
    await act(async () => {
      fireEvent.click(screen.getByText('小程序码'))
    })
    expect(await screen.findByText('微信扫这个码，直接打开这个驿站的页面。')).toBeInTheDocument()
    expect(screen.queryByText('小程序未配置 AppID，请使用上方海报中的二维码')).not.toBeInTheDocument()
    const code = container.querySelector('.yz-station-poster__mini-code-image img, img.yz-station-poster__mini-code-image') as HTMLImageElement
    expect(code.getAttribute('src')).toBe('blob:http://localhost/mini-code')
  })

  it('says why when WeChat could not make the code', async () => {
    taro.downloadFile = jest.fn(() => Promise.resolve({ statusCode: 502, tempFilePath: 'blob:x' }))
    const station = buildStaffStation()
    serveStations([station], '潞州区')
    renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('小程序码'))

    expect(await screen.findByText('微信暂时生不成小程序码，请稍后再试')).toBeInTheDocument()
  })
})
