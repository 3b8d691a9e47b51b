import '../../../../../test/jest/as-weapp'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { buildStaffStation, buildStaffStationList } from '@/features/station-admin/__tests__/staff-station-fixtures'
import { callsTo, serveApi } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import StaffStationPage from '../index'

const PATH = '/subpackages/staff/station/index'
const taro = Taro as unknown as Record<string, jest.Mock | undefined>

afterEach(() => {
  delete taro.chooseLocation
  delete taro.downloadFile
  delete taro.openDocument
  delete taro.saveImageToPhotosAlbum
})

describe('the station page in the mini-program', () => {
  it('picks the place on WeChat’s map: the coordinates, and the address when none was typed', async () => {
    const asked: unknown[] = []
    taro.chooseLocation = jest.fn((options: unknown) => {
      asked.push(options)
      return Promise.resolve({ latitude: 36.1954213, longitude: 113.1164701, name: '英雄南路驿站', address: '山西省长治市潞州区英雄南路112号', errMsg: 'chooseLocation:ok' })
    })
    serveApi({ listStaffStations: () => buildStaffStationList([], '潞州区') })
    renderPage(StaffStationPage, PATH)

    expect(await screen.findByText('还没有选位置')).toBeInTheDocument()
    // No coordinates to type in the mini-program: the map gives them.
    expect(screen.queryByPlaceholderText('例如 36.195420')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('在地图上选位置'))

    expect(await screen.findByText('已选好：纬度 36.195421，经度 113.11647')).toBeInTheDocument()
    expect((screen.getByPlaceholderText('街道、门牌号，求职者照着能找到') as HTMLInputElement).value).toBe('山西省长治市潞州区英雄南路112号')
    expect(asked).toEqual([{}])
    expect(screen.getByText('在地图上重新选')).toBeInTheDocument()
  })

  it('says 请在地图上选好驿站的位置 when saving without a place, and explains a refused permission', async () => {
    taro.chooseLocation = jest.fn(() => Promise.reject({ errMsg: 'chooseLocation:fail auth deny' }))
    serveApi({ listStaffStations: () => buildStaffStationList([], '潞州区') })
    renderPage(StaffStationPage, PATH)

    fireEvent.click(await screen.findByText('建好驿站'))
    expect(await screen.findByText('请在地图上选好驿站的位置')).toBeInTheDocument()

    fireEvent.click(screen.getByText('在地图上选位置'))
    expect(await screen.findByText('没能打开地图。请确认允许了使用位置（右上角「…」→「设置」），再试一次')).toBeInTheDocument()
    expect(callsTo('createStation')).toHaveLength(0)
  })

  it('starts the map at the station and keeps a typed address', async () => {
    const station = buildStaffStation({ address: '潞州区英雄南路 112 号', location: { lat: 36.19542, lng: 113.11647 } })
    const asked: unknown[] = []
    taro.chooseLocation = jest.fn((options: unknown) => {
      asked.push(options)
      return Promise.resolve({ latitude: 36.2, longitude: 113.1, name: '', address: '别的地址', errMsg: 'chooseLocation:ok' })
    })
    serveApi({ listStaffStations: () => buildStaffStationList([station], '潞州区') })
    renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('在地图上重新选'))

    expect(await screen.findByText('已选好：纬度 36.2，经度 113.1')).toBeInTheDocument()
    expect(asked).toEqual([{ latitude: 36.19542, longitude: 113.11647 }])
    expect((screen.getByPlaceholderText('街道、门牌号，求职者照着能找到') as HTMLInputElement).value).toBe('潞州区英雄南路 112 号')
  })

  it('opens the A4 PDF in WeChat’s viewer and saves the picture to the album', async () => {
    const opened: unknown[] = []
    const saved: string[] = []
    taro.downloadFile = jest.fn(({ url }: { url: string }) =>
      Promise.resolve({ statusCode: 200, tempFilePath: url.endsWith('.pdf') ? 'wxfile://tmp/poster.pdf' : 'wxfile://tmp/poster.png' }),
    )
    taro.openDocument = jest.fn((options: unknown) => {
      opened.push(options)
      return Promise.resolve({ errMsg: 'openDocument:ok' })
    })
    taro.saveImageToPhotosAlbum = jest.fn(({ filePath }: { filePath: string }) => {
      saved.push(filePath)
      return Promise.resolve({ errMsg: 'saveImageToPhotosAlbum:ok' })
    })
    const station = buildStaffStation()
    serveApi({ listStaffStations: () => buildStaffStationList([station], '潞州区') })
    renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('下载 A4 海报（PDF）'))
    await waitFor(() => expect(opened).toEqual([{ filePath: 'wxfile://tmp/poster.pdf', fileType: 'pdf', showMenu: true }]))
    expect(screen.getByText('PDF 打开后，点右上角「…」可以转发到电脑或用其他应用打印。')).toBeInTheDocument()

    fireEvent.click(screen.getByText('保存海报图片'))
    await waitFor(() => expect(saved).toEqual(['wxfile://tmp/poster.png']))
    expect(taroTest.toasts).toContainEqual({ title: '已保存到相册', icon: 'success' })
  })

  it('says when the poster is busy being drawn', async () => {
    taro.downloadFile = jest.fn(() => Promise.resolve({ statusCode: 503, tempFilePath: 'wxfile://tmp/error' }))
    const station = buildStaffStation()
    serveApi({ listStaffStations: () => buildStaffStationList([station], '潞州区') })
    renderPage(StaffStationPage, PATH, { id: station.id })

    fireEvent.click(await screen.findByText('下载 A4 海报（PDF）'))

    expect(await screen.findByText('正在生成的海报太多，请过几秒再试')).toBeInTheDocument()
  })
})
