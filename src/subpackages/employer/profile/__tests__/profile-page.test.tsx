import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { EmployerProfile } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { buildEmployerProfile } from '@/features/employer-account/__tests__/employer-profile-fixture'
import { callsTo, reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { buildStation, buildStationList } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ProfilePage from '../index'

const PATH = '/subpackages/employer/profile/index'
const TOKEN = 'tok_0123456789abcdef0123456789'

function open(profile: EmployerProfile | (() => unknown), handlers: Handlers = {}) {
  setToken(TOKEN)
  serveApi({
    getMyEmployer: typeof profile === 'function' ? profile : () => profile,
    listStations: () => buildStationList([buildStation({ district: '潞州区' }), buildStation({ district: '上党区' })]),
    ...handlers,
  })
  return renderPage(ProfilePage, PATH)
}

/** What Taro.chooseImage yields next. */
function choosePhotoWill(outcome: { path: string; size: number; type?: string } | { errMsg: string }) {
  ;(Taro as unknown as { chooseImage: unknown }).chooseImage = () =>
    'errMsg' in outcome ? Promise.reject(outcome) : Promise.resolve({ tempFilePaths: [outcome.path], tempFiles: [outcome], errMsg: 'chooseImage:ok' })
}

interface UploadCall {
  url: string
  name: string
  filePath: string
  header: Record<string, string>
}

/** Taro.uploadFile held open until the test answers, reporting progress when told. */
function holdUploads() {
  const calls: UploadCall[] = []
  let progressListener: ((update: { progress: number }) => void) | null = null
  let finish: (answer: { statusCode: number; data: string }) => void = () => {}
  ;(Taro as unknown as { uploadFile: unknown }).uploadFile = (options: UploadCall) => {
    calls.push(options)
    const task = new Promise((resolve) => {
      finish = (answer) => resolve({ ...answer, errMsg: 'uploadFile:ok' })
    }) as Promise<unknown> & { progress: (listener: (update: { progress: number }) => void) => void }
    task.progress = (listener) => {
      progressListener = listener
    }
    return task
  }
  return {
    calls,
    progress: (value: number) => act(() => progressListener?.({ progress: value })),
    answer: (statusCode: number, body: unknown) => act(async () => finish({ statusCode, data: JSON.stringify(body) })),
  }
}

afterEach(() => {
  delete (Taro as unknown as { chooseImage?: unknown }).chooseImage
  delete (Taro as unknown as { uploadFile?: unknown }).uploadFile
})

describe('单位信息与认证', () => {
  it('shows an unverified employer in plain words, and the way to post', async () => {
    open(buildEmployerProfile())

    expect(await screen.findByText('长治市恒通物流有限公司')).toBeInTheDocument()
    expect(screen.getByText('企业/单位')).toBeInTheDocument()
    expect(screen.getByText('未认证')).toBeInTheDocument()
    expect(screen.getByText('上传营业执照后由驿站核实')).toBeInTheDocument()
    expect(screen.getByText('认证通过后才能发布岗位，现在可以先写好草稿')).toBeInTheDocument()
    expect(screen.getByText('还没有上传营业执照')).toBeInTheDocument()
    expect(screen.getByText('91350100M000100Y43')).toBeInTheDocument()

    fireEvent.click(screen.getByText('发布新岗位'))
    fireEvent.click(screen.getByText('我发布的岗位'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: '/subpackages/employer/post/index' },
      { type: 'navigateTo', url: '/subpackages/employer/jobs/index' },
    ])
  })

  it('a verified employer may publish', async () => {
    open(
      buildEmployerProfile({
        verificationStatus: 'verified',
        verifiedAt: '2026-11-20T10:00:00+08:00',
        canPublish: true,
        licence: { uploadedAt: '2026-11-19T09:00:00+08:00', mimeType: 'image/jpeg', sizeBytes: 1_572_864 },
      }),
    )
    expect(await screen.findByText('已认证')).toBeInTheDocument()
    expect(screen.getByText('✓ 可以发布岗位')).toBeInTheDocument()
    expect(screen.getByText('已上传：照片，1.5 MB（2026年11月19日）')).toBeInTheDocument()
    expect(screen.getByText('重新上传营业执照')).toBeInTheDocument()
  })

  it('a refusal shows what staff said', async () => {
    open(buildEmployerProfile({ verificationStatus: 'rejected', verificationNote: '营业执照照片看不清，请重新拍一张' }))
    expect(await screen.findByText('未通过')).toBeInTheDocument()
    expect(screen.getByText('营业执照照片看不清，请重新拍一张。请按说明改好后重新上传营业执照')).toBeInTheDocument()
  })

  it('flags a credit code that failed its check', async () => {
    open(buildEmployerProfile({ verificationStatus: 'pending', creditCode: '91350100M000100Y44', creditCodeValid: false }))
    expect(await screen.findByText('代码校验未通过，由驿站人工核实')).toBeInTheDocument()
    expect(screen.getByText('审核中')).toBeInTheDocument()
  })

  it('uploads a licence photo in the `file` field with the token, shows progress, then the new status', async () => {
    open(buildEmployerProfile())
    choosePhotoWill({ path: 'wxfile://tmp_licence.jpg', size: 2_000_000 })
    const uploads = holdUploads()

    fireEvent.click(await screen.findByText('拍照或选择营业执照照片'))

    await waitFor(() => expect(uploads.calls).toHaveLength(1))
    expect(uploads.calls[0]).toMatchObject({ url: '/api/v1/me/employer/licence', name: 'file', filePath: 'wxfile://tmp_licence.jpg' })
    expect(uploads.calls[0]?.header.Authorization).toBe(`Bearer ${TOKEN}`)
    uploads.progress(40)
    expect(await screen.findByText('正在上传 40%')).toBeInTheDocument()

    await uploads.answer(
      200,
      buildEmployerProfile({
        verificationStatus: 'pending',
        licence: { uploadedAt: '2026-11-21T09:00:00+08:00', mimeType: 'image/jpeg', sizeBytes: 2_000_000 },
      }),
    )

    expect(await screen.findByText('审核中')).toBeInTheDocument()
    expect(screen.getByText('驿站工作人员正在核实您的资料，结果会发消息告诉您')).toBeInTheDocument()
    expect(screen.getByText('已上传：照片，1.9 MB（2026年11月21日）')).toBeInTheDocument()
    expect(screen.queryByText(/正在上传/)).not.toBeInTheDocument()
    expect(taroTest.toasts).toEqual([{ title: '营业执照已上传', icon: 'success' }])
  })

  it('refuses a photo over 5 MB before sending it', async () => {
    open(buildEmployerProfile())
    choosePhotoWill({ path: 'blob:http://localhost/1', size: 6 * 1024 * 1024, type: 'image/jpeg' })
    const uploads = holdUploads()

    fireEvent.click(await screen.findByText('拍照或选择营业执照照片'))

    expect(await screen.findByRole('alert')).toHaveTextContent('照片太大了（6 MB），最大 5 MB。请重新拍一张，或选照片时不要选“原图”')
    expect(uploads.calls).toHaveLength(0)
  })

  it('refuses a file that is not a JPG or PNG before sending it', async () => {
    open(buildEmployerProfile())
    choosePhotoWill({ path: 'blob:http://localhost/2', size: 1000, type: 'image/heic' })
    const uploads = holdUploads()

    fireEvent.click(await screen.findByText('拍照或选择营业执照照片'))

    expect(await screen.findByRole('alert')).toHaveTextContent('只能上传 JPG 或 PNG 格式的照片，请换一张')
    expect(uploads.calls).toHaveLength(0)
  })

  it('shows the server’s refusal of an upload in its words', async () => {
    open(buildEmployerProfile())
    choosePhotoWill({ path: 'wxfile://tmp_x.jpg', size: 1000 })
    const uploads = holdUploads()

    fireEvent.click(await screen.findByText('拍照或选择营业执照照片'))
    await waitFor(() => expect(uploads.calls).toHaveLength(1))
    await uploads.answer(400, { error: { code: 'LICENCE_TYPE_NOT_ALLOWED', message: '只能上传 JPG、PNG、PDF 文件（照片或扫描件）' } })

    expect(await screen.findByRole('alert')).toHaveTextContent('只能上传 JPG、PNG、PDF 文件（照片或扫描件）')
    expect(screen.getByText('未认证')).toBeInTheDocument()
  })

  it('closing the picker changes nothing', async () => {
    open(buildEmployerProfile())
    choosePhotoWill({ errMsg: 'chooseImage:fail cancel' })
    const uploads = holdUploads()

    fireEvent.click(await screen.findByText('拍照或选择营业执照照片'))
    await act(async () => {})

    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(uploads.calls).toHaveLength(0)
  })

  it('changes the contact details, sending only what changed', async () => {
    open(buildEmployerProfile(), { updateMyEmployer: () => buildEmployerProfile({ contactPhone: '13900000009', district: '上党区' }) })

    fireEvent.click(await screen.findByText('修改联系方式'))
    fireEvent.input(screen.getByPlaceholderText('11 位手机号'), { target: { value: '13900000009' } })
    fireEvent.click(await screen.findByText('上党区'))
    fireEvent.click(screen.getByText('保存'))

    expect(await screen.findByText('13900000009')).toBeInTheDocument()
    expect(callsTo('updateMyEmployer').map((call) => call.body)).toEqual([{ contactPhone: '13900000009', district: '上党区' }])
    expect(screen.getByText('上党区')).toBeInTheDocument()
  })

  it('keeps a rejected change on screen with the message on its field', async () => {
    open(buildEmployerProfile(), {
      updateMyEmployer: () => reply.error(400, 'VALIDATION_FAILED', '填写的内容有误', { address: '地址最多 200 个字' }),
    })

    fireEvent.click(await screen.findByText('修改联系方式'))
    fireEvent.input(screen.getByPlaceholderText('例如：潞州区英雄中路 100 号'), { target: { value: '潞州区英雄中路 100 号 3 单元' } })
    fireEvent.click(screen.getByText('保存'))

    expect(await screen.findByRole('alert')).toHaveTextContent('地址最多 200 个字')
    expect((screen.getByPlaceholderText('例如：潞州区英雄中路 100 号') as HTMLInputElement).value).toBe('潞州区英雄中路 100 号 3 单元')
  })

  it('says nothing changed rather than sending an empty change', async () => {
    open(buildEmployerProfile())
    fireEvent.click(await screen.findByText('修改联系方式'))
    fireEvent.click(screen.getByText('保存'))
    expect(await screen.findByRole('alert')).toHaveTextContent('没有修改任何内容')
    expect(callsTo('updateMyEmployer')).toHaveLength(0)
  })

  it('someone not registered is offered registration', async () => {
    open(() => reply.error(404, 'EMPLOYER_NOT_REGISTERED', '你还没有登记为用人单位'))
    fireEvent.click(await screen.findByText('登记用人单位'))
    expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: '/subpackages/employer/register/index' }])
  })

  it('someone signed out is asked to sign in', async () => {
    open(() => reply.error(401, 'UNAUTHORIZED', '请先登录'))
    fireEvent.click(await screen.findByText('登录'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/employer/profile/index')}` },
    ])
  })
})
