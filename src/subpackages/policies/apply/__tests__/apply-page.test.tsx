import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { UploadedMaterialSchema } from '@/shared/contracts/subsidies'
import { setToken } from '@/shared/session/token-store'
import { DECLARATION } from '@/features/subsidies/components/subsidy-apply-form'
import { APPLICATION_ID, POLICY_ID, buildApplication, buildPolicy, eventsOf, myPage, uuidOf } from '@/features/subsidies/__tests__/subsidy-fixtures'
import { callsTo, reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplyPage from '../index'

const PATH = '/subpackages/policies/apply/index'
const DRAFT_KEY = `yizhan.subsidies.apply.${POLICY_ID}`
const TOKEN = 'tok_0123456789abcdef0123456789'

const open = (handlers: Handlers = {}, params: Record<string, string> = { policyId: POLICY_ID }) => {
  setToken(TOKEN)
  serveApi({ getPolicy: () => buildPolicy(), ...handlers })
  return renderPage(ApplyPage, PATH, params)
}

/** Everything filled in but the photos and the declaration (the date wheel cannot be turned in jsdom). */
const typedDraft = {
  values: { bank_account: '6222020200112233445', employees: '3', started_on: '2025-06-01', business_kind: '个体工商户' },
  photos: { id_card: [{ id: uuidOf(0x301), localPath: 'wxfile://front.jpg' }] },
  declared: true,
  submitKey: null,
}

/** What Taro.chooseImage yields next. */
function choosePhotoWill(outcome: { path: string; size: number; type?: string }) {
  ;(Taro as unknown as { chooseImage: unknown }).chooseImage = () =>
    Promise.resolve({ tempFilePaths: [outcome.path], tempFiles: [outcome], errMsg: 'chooseImage:ok' })
}

/** Taro.uploadFile held open until the test answers, reporting progress when told. */
function holdUploads() {
  const calls: { url: string; name: string; filePath: string }[] = []
  let progressListener: ((update: { progress: number }) => void) | null = null
  let finish: (answer: { statusCode: number; data: string } | { errMsg: string }) => void = () => {}
  ;(Taro as unknown as { uploadFile: unknown }).uploadFile = (options: { url: string; name: string; filePath: string }) => {
    calls.push(options)
    const task = new Promise((resolve, reject) => {
      finish = (answer) => ('errMsg' in answer ? reject(answer) : resolve({ ...answer, errMsg: 'uploadFile:ok' }))
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
    drop: () => act(async () => finish({ errMsg: 'uploadFile:fail timeout' })),
  }
}

const uploaded = (n: number) => UploadedMaterialSchema.parse({ id: uuidOf(n), mimeType: 'image/jpeg', sizeBytes: 300_000, uploadedAt: '2026-11-20T01:50:00.000Z' })

afterEach(() => {
  delete (Taro as unknown as { chooseImage?: unknown }).chooseImage
  delete (Taro as unknown as { uploadFile?: unknown }).uploadFile
})

describe('网上申请补贴', () => {
  it('signed out, asks to sign in and comes back here', async () => {
    serveApi({ getPolicy: () => buildPolicy() })
    renderPage(ApplyPage, PATH, { policyId: POLICY_ID })

    fireEvent.click(screen.getByText('登录'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(`/subpackages/policies/apply/index?policyId=${POLICY_ID}`)}` },
    ])
  })

  it('builds the form from the policy: fields by kind, materials, the declaration not ticked; 提交 says what is missing', async () => {
    open()

    expect(await screen.findByText('长治市一次性创业补贴')).toBeInTheDocument()
    expect(screen.getByPlaceholderText('请填写银行卡号')).toBeInTheDocument()
    expect(screen.getByText('请填写本人一类银行卡号')).toBeInTheDocument()
    expect(screen.getByPlaceholderText('只填数字，如 3')).toBeInTheDocument()
    expect(screen.getByText('营业执照日期')).toBeInTheDocument()
    expect(screen.getByText('请选择日期')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '个体工商户' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '小微企业' })).toBeInTheDocument()
    expect(screen.getByText('备注（选填）')).toBeInTheDocument()
    expect(screen.getByText('拍照或选择身份证照片')).toBeInTheDocument()
    expect(screen.getByText('JPG 或 PNG 照片，每张最大 5 MB，最多 2 张')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: DECLARATION })).toBeInTheDocument()

    fireEvent.click(screen.getByText('提交申请'))

    expect(await screen.findByText('还有没填好的地方，请看标红的提示')).toBeInTheDocument()
    for (const message of ['请填写银行卡号', '请填写带动就业人数', '请选择营业执照日期', '请选择经营类型', '请上传身份证的照片', '请阅读并勾选承诺']) {
      expect(screen.getByText(message)).toBeInTheDocument()
    }
    expect(callsTo('applyForSubsidy')).toHaveLength(0)
  })

  it('checks a number when the field is left, and keeps what is typed on the phone', async () => {
    open()
    const employees = await screen.findByPlaceholderText('只填数字，如 3')

    fireEvent.input(employees, { target: { value: '3.5' } })
    fireEvent.blur(employees, { target: { value: '3.5' } })
    expect(await screen.findByText('带动就业人数只填整数，如 3')).toBeInTheDocument()

    fireEvent.click(screen.getByText('小微企业'))
    await waitFor(() => expect(taroTest.storage.get(DRAFT_KEY)).toMatchObject({ values: { employees: '3.5', business_kind: '小微企业' } }))
  })

  it('restores the draft left on the phone', async () => {
    taroTest.storage.set(DRAFT_KEY, { ...typedDraft, values: { ...typedDraft.values, remark: '去年开的店' } })
    open()

    expect(await screen.findByDisplayValue('6222020200112233445')).toBeInTheDocument()
    expect(screen.getByDisplayValue('去年开的店')).toBeInTheDocument()
    expect(screen.getByText('2025年6月1日')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '个体工商户，已选' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `${DECLARATION}，已选` })).toBeInTheDocument()
    expect(screen.getByText('再加一张（还能加 1 张）')).toBeInTheDocument()
  })

  it('refuses a photo that is too big or not a JPG/PNG before sending it', async () => {
    open()
    const uploads = holdUploads()

    choosePhotoWill({ path: 'blob:http://localhost/1', size: 6 * 1024 * 1024, type: 'image/jpeg' })
    fireEvent.click(await screen.findByText('拍照或选择身份证照片'))
    expect(await screen.findByText('这张照片有 6 MB，超过了 5 MB。请重新拍一张，或选照片时不要勾“原图”')).toBeInTheDocument()

    choosePhotoWill({ path: 'blob:http://localhost/2', size: 1000, type: 'image/heic' })
    fireEvent.click(screen.getByText('拍照或选择身份证照片'))
    expect(await screen.findByText('这张不是 JPG 或 PNG 照片，请换一张（截图、HEIC 或 PDF 文件传不上去）')).toBeInTheDocument()
    expect(uploads.calls).toHaveLength(0)
  })

  it('uploads a photo with its progress; a failed one can be tried again', async () => {
    open()
    const uploads = holdUploads()
    choosePhotoWill({ path: 'wxfile://front.jpg', size: 2_000_000 })

    fireEvent.click(await screen.findByText('拍照或选择身份证照片'))
    await waitFor(() => expect(uploads.calls).toHaveLength(1))
    expect(uploads.calls[0]).toMatchObject({ url: '/api/v1/me/subsidy-materials', name: 'file', filePath: 'wxfile://front.jpg' })
    uploads.progress(40)
    expect(await screen.findByText('正在上传 40%')).toBeInTheDocument()

    await uploads.drop()
    expect(await screen.findByText('这张没有传上去：网络太慢，请求超时了，请稍后重试')).toBeInTheDocument()

    fireEvent.click(screen.getByText('重试'))
    await waitFor(() => expect(uploads.calls).toHaveLength(2))
    expect(uploads.calls[1]?.filePath).toBe('wxfile://front.jpg')
    await uploads.answer(201, uploaded(0x401))

    expect(await screen.findByRole('button', { name: '删除身份证第 1 张' })).toBeInTheDocument()
    expect(screen.queryByText(/没有传上去/)).not.toBeInTheDocument()
    expect(taroTest.storage.get(DRAFT_KEY)).toMatchObject({ photos: { id_card: [{ id: uuidOf(0x401), localPath: 'wxfile://front.jpg' }] } })
  })

  it('a retry after a dropped connection sends the same Idempotency-Key, even after the page is opened again; then opens the application', async () => {
    taroTest.storage.set(DRAFT_KEY, typedDraft)
    let drop = true
    const application = buildApplication()
    const { unmount } = open({ applyForSubsidy: () => (drop ? reply.networkError('request:fail') : reply.ok(application, 201)) })

    fireEvent.click(await screen.findByText('提交申请'))
    expect(await screen.findByText('网络不好，申请可能没有送到。请检查网络后再点一次提交，不会重复提交。')).toBeInTheDocument()
    const [first] = callsTo('applyForSubsidy')
    expect(first?.body).toEqual({
      fields: { bank_account: '6222020200112233445', employees: '3', started_on: '2025-06-01', business_kind: '个体工商户' },
      materials: { id_card: [uuidOf(0x301)] },
      declaration: true,
    })

    unmount()
    drop = false
    open({ applyForSubsidy: () => reply.ok(application, 201) })
    fireEvent.click(await screen.findByText('提交申请'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: `/subpackages/policies/application/index?id=${APPLICATION_ID}` }]))
    const keys = callsTo('applyForSubsidy').map((call) => call.headers['idempotency-key'])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,100}$/)
    expect(keys[1]).toBe(keys[0])
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('puts the server’s field messages on their fields; a refusal ends the key, so the next 提交 is new', async () => {
    taroTest.storage.set(DRAFT_KEY, typedDraft)
    open({
      applyForSubsidy: () =>
        reply.error(400, 'VALIDATION_FAILED', '银行卡号应为 16–19 位数字', { 'fields.bank_account': '银行卡号应为 16–19 位数字', 'materials.id_card': '身份证要正反两面' }),
    })

    fireEvent.click(await screen.findByText('提交申请'))
    expect(await screen.findByText('银行卡号应为 16–19 位数字')).toBeInTheDocument()
    expect(screen.getByText('身份证要正反两面')).toBeInTheDocument()

    fireEvent.click(screen.getByText('提交申请'))
    await waitFor(() => expect(callsTo('applyForSubsidy')).toHaveLength(2))
    const [a, b] = callsTo('applyForSubsidy').map((call) => call.headers['idempotency-key'])
    expect(b).not.toBe(a)
  })

  it('an application already under way: says so and opens it', async () => {
    taroTest.storage.set(DRAFT_KEY, typedDraft)
    const existing = buildApplication({ id: uuidOf(0x777), status: 'reviewing' })
    open({
      applyForSubsidy: () => reply.error(409, 'APPLICATION_EXISTS', '您已经有一份未结束的申请'),
      listMySubsidyApplications: () => myPage([buildApplication({ id: uuidOf(0x776), status: 'paid', policy: { id: uuidOf(0x999), title: '别的政策', category: 'other' } }), existing]),
    })

    fireEvent.click(await screen.findByText('提交申请'))
    const notice = await screen.findByRole('alert')
    expect(within(notice).getByText('您已经申请过这项补贴')).toBeInTheDocument()
    fireEvent.click(within(notice).getByText('查看我已提交的申请'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/policies/application/index?id=${uuidOf(0x777)}` }]))
  })

  it.each([
    ['NOT_ELIGIBLE', '年龄超过 35 周岁，不符合申请条件', '暂时不符合申请条件', '年龄超过 35 周岁，不符合申请条件'],
    ['POLICY_EXPIRED', '政策已过期', '这项政策已过申请期限', '已经过了申请截止日期，网上不能再申请了。'],
    ['POLICY_NOT_ONLINE', '不支持网上申请', '这项政策不在网上申请', '请按政策详情里写的地点和时间，带上材料到窗口办理。'],
  ])('409 %s in plain words, with the way to the policy', async (code, serverMessage, title, message) => {
    taroTest.storage.set(DRAFT_KEY, typedDraft)
    open({ applyForSubsidy: () => reply.error(409, code, serverMessage) })

    fireEvent.click(await screen.findByText('提交申请'))
    const notice = await screen.findByRole('alert')
    expect(within(notice).getByText(title)).toBeInTheDocument()
    expect(within(notice).getByText(message)).toBeInTheDocument()
    fireEvent.click(within(notice).getByText('查看政策详情'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/policies/detail/index?id=${POLICY_ID}` }])
  })

  it('an offline policy has no form here', async () => {
    open({ getPolicy: () => buildPolicy({ applyKind: 'offline', applyMethod: { kind: 'offline', place: '市政务服务中心', hours: '工作日' }, applicationForm: null }) })
    expect(await screen.findByText('这项政策不在网上申请')).toBeInTheDocument()
    expect(screen.queryByText('提交申请')).not.toBeInTheDocument()
  })

  describe('补充材料 (resubmitting)', () => {
    const needsMore = buildApplication({
      status: 'needs_more',
      staffNote: '身份证反面看不清，请重新拍一张',
      events: eventsOf(['submitted', null], ['needs_more', '身份证反面看不清，请重新拍一张']),
    })
    const params = { policyId: POLICY_ID, applicationId: APPLICATION_ID }

    it('shows staff’s note on top, starts from what was sent, and sends it again with PUT', async () => {
      const resubmitted = buildApplication({ status: 'submitted', events: eventsOf(['submitted', null], ['needs_more', '…'], ['submitted', null, true]) })
      open({ getMySubsidyApplication: () => needsMore, resubmitSubsidyApplication: () => resubmitted }, params)

      expect(await screen.findByText('工作人员请您补充')).toBeInTheDocument()
      expect(screen.getByText('身份证反面看不清，请重新拍一张')).toBeInTheDocument()
      expect(screen.getByDisplayValue('6222020200112233445')).toBeInTheDocument()

      fireEvent.click(screen.getByText('重新提交'))
      expect(await screen.findByText('请阅读并勾选承诺')).toBeInTheDocument()
      fireEvent.click(screen.getByText(DECLARATION))
      fireEvent.click(screen.getByText('重新提交'))

      await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: `/subpackages/policies/application/index?id=${APPLICATION_ID}` }]))
      const [call] = callsTo('resubmitSubsidyApplication')
      expect(call?.params.id).toBe(APPLICATION_ID)
      expect(call?.body).toMatchObject({ materials: { id_card: [uuidOf(0x301), uuidOf(0x302)] }, declaration: true })
      expect(callsTo('applyForSubsidy')).toHaveLength(0)
    })

    it('someone already handled it: says so and links to the application', async () => {
      open({ getMySubsidyApplication: () => needsMore, resubmitSubsidyApplication: () => reply.error(409, 'INVALID_TRANSITION', '状态已变') }, params)
      fireEvent.click(await screen.findByText(DECLARATION))
      fireEvent.click(screen.getByText('重新提交'))

      const notice = await screen.findByRole('alert')
      expect(within(notice).getByText('这份申请现在不需要补充材料了')).toBeInTheDocument()
      fireEvent.click(within(notice).getByText('查看申请进度'))
      expect(taroTest.navigations).toEqual([{ type: 'redirectTo', url: `/subpackages/policies/application/index?id=${APPLICATION_ID}` }])
    })
  })
})
