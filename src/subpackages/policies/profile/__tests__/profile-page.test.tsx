import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { MyProfile, UpdateMyProfileBody } from '@/shared/contracts/profile'
import { setToken } from '@/shared/session/token-store'
import { buildProfile, consent } from '../../../../features/policies/__tests__/profile-fixtures'
import { buildUser } from '../../../../../test/jest/fixtures'
import { callsTo, reply, serveApi, type FakeCall } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import { weappDuringEachTest } from '../../../../../test/jest/weapp-env'
import MyProfilePage from '../index'

// Picker as a field a test can type into (picker-double.tsx).
jest.mock('@tarojs/components', () =>
  jest.requireActual<typeof import('../../../../features/policies/__tests__/picker-double')>('../../../../features/policies/__tests__/picker-double').componentsWithPickerDouble(),
)

const PATH = '/subpackages/policies/profile/index'
const DRAFT_KEY = 'yizhan.policies.profile-draft'
const ID_PLACEHOLDER = '18 位，最后一位可以是 X'
const VALID_ID = '11010519491231002X'
const ME = buildUser({ id: '00000000-0000-4000-8000-0000000000a1', displayName: '王小明' })
const OTHER = buildUser({ id: '00000000-0000-4000-8000-0000000000b2', displayName: '另一个人' })
const OTHER_TOKEN = 'tok_another0123456789abcdef0123'
const thisYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4))

/** The labelled part of the form a fact lives in. */
const field = (label: string) => screen.getByText(label, { selector: '.yz-profile__label' }).closest('.yz-profile__field') as HTMLElement
const groupRow = (name: string) => screen.getByText(name).closest('.yz-profile__group') as HTMLElement
/** 保存我的资料 (found by its text: role queries walk the whole long form and are slow in jsdom). */
const save = () => fireEvent.click(screen.getByText('保存我的资料'))
const lastBody = () => callsTo('updateMyProfile').at(-1)?.body as UpdateMyProfileBody | undefined

/** A server that keeps one profile: PUT replaces the facts, consents are recorded, ID numbers come back masked. */
function profileServer(start: MyProfile = buildProfile()) {
  let profile = start
  return {
    get profile() {
      return profile
    },
    handlers: {
      me: ({ headers }: FakeCall) => (headers.Authorization === `Bearer ${OTHER_TOKEN}` ? OTHER : ME),
      getMyProfile: () => profile,
      updateMyProfile: ({ body }: FakeCall) => {
        const { realName, idNumber, ...facts } = body as UpdateMyProfileBody
        const masked = idNumber === null ? undefined : idNumber ? `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}` : profile.facts.idNumberMasked
        profile = buildProfile({ ...profile, realName: realName ?? null, facts: { ...(facts as MyProfile['facts']), ...(masked ? { idNumberMasked: masked } : {}) }, updatedAt: '2026-12-02T02:00:00.000Z' })
        return profile
      },
      recordConsent: ({ body }: FakeCall) => {
        const { purpose, granted } = body as { purpose: 'id_number'; granted: boolean }
        const facts = purpose === 'id_number' && !granted ? { ...profile.facts, idNumberMasked: undefined } : profile.facts
        profile = buildProfile({ ...profile, facts, consents: [...profile.consents.filter((c) => c.purpose !== purpose), consent(purpose, granted)] })
        return reply.ok(profile, 201)
      },
      updatePolicyNotificationSettings: ({ body }: FakeCall) => {
        profile = buildProfile({ ...profile, mutedPolicyCategories: (body as { mutedCategories: MyProfile['mutedPolicyCategories'] }).mutedCategories })
        return profile
      },
    },
  }
}

describe('我的资料与授权', () => {
  beforeEach(() => setToken('tok_0123456789abcdef0123456789'))

  it('signed out: asks to sign in and comes back here', () => {
    setToken(null)
    serveApi({})
    renderPage(MyProfilePage, PATH)
    fireEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent(PATH)}` }])
  })

  it('fills the profile with taps (groups 是/不是/不确定, year for graduates, regions, work, business) and saves it whole', async () => {
    const server = profileServer()
    serveApi(server.handlers)
    renderPage(MyProfilePage, PATH)

    fireEvent.input(await screen.findByPlaceholderText('可以不填'), { target: { value: ' 王小明 ' } })
    expect(screen.queryByText('毕业年份')).not.toBeInTheDocument()
    fireEvent.click(within(groupRow('高校毕业生')).getByRole('button', { name: '是' }))
    fireEvent.click(within(groupRow('退役军人')).getByRole('button', { name: '不是' }))
    fireEvent.change(within(field('毕业年份')).getByLabelText('选择器'), { target: { value: '0' } })
    fireEvent.change(within(field('出生日期')).getByLabelText('日期选择器'), { target: { value: '2003-04-05' } })
    fireEvent.click(within(field('户籍所在地')).getByRole('button', { name: '未填，选择' }))
    fireEvent.click(within(field('户籍所在地')).getByRole('button', { name: '潞州区' }))
    expect(within(field('户籍所在地')).getByRole('button', { name: '潞州区，修改' })).toBeInTheDocument()
    fireEvent.click(within(field('现在常住在哪里')).getByRole('button', { name: '未填，选择' }))
    fireEvent.click(within(field('现在常住在哪里')).getByRole('button', { name: '太原市' }))
    fireEvent.click(within(field('就业状态')).getByRole('button', { name: '未就业' }))
    fireEvent.click(within(field('自己创业（办了营业执照）')).getByRole('button', { name: '没有创业' }))
    fireEvent.click(within(field('现在在参加职业培训吗')).getByRole('button', { name: '不是' }))

    save()
    await waitFor(() => expect(taroTest.toasts.map((t) => t.title)).toContain('资料已保存'))
    expect(lastBody()).toEqual({
      realName: '王小明',
      birthDate: '2003-04-05',
      groups: { graduate: true, veteran: false },
      graduationYear: thisYear,
      householdRegion: '潞州区',
      residenceRegion: '太原市',
      employment: 'unemployed',
      businessStartedOn: null,
      enrolledInCourse: false,
    })
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false)
    expect(within(groupRow('高校毕业生')).getByRole('button', { name: '是，已选' })).toBeInTheDocument()
    expect(within(groupRow('残疾人')).getByRole('button', { name: '不确定，已选' })).toBeInTheDocument()
  })

  it('keeps what is typed on the phone (never the ID number) and brings it back; 放弃这些修改 returns to what is saved', async () => {
    const server = profileServer(buildProfile({ realName: '王小明', consents: [consent('id_number')] }))
    serveApi(server.handlers)
    const first = renderPage(MyProfilePage, PATH)

    fireEvent.input(await screen.findByDisplayValue('王小明'), { target: { value: '王晓明' } })
    fireEvent.click(within(groupRow('登记失业人员')).getByRole('button', { name: '是' }))
    fireEvent.input(screen.getByPlaceholderText(ID_PLACEHOLDER), { target: { value: VALID_ID } })
    expect(taroTest.storage.get(DRAFT_KEY)).toEqual({ owner: ME.id, form: expect.objectContaining({ realName: '王晓明', groups: expect.objectContaining({ registered_unemployed: 'yes' }) }) })
    expect(JSON.stringify(taroTest.storage.get(DRAFT_KEY))).not.toContain(VALID_ID)
    first.unmount()

    renderPage(MyProfilePage, PATH)
    expect(await screen.findByText('已恢复您上次没保存的填写内容。')).toBeInTheDocument()
    expect(screen.getByDisplayValue('王晓明')).toBeInTheDocument()
    expect(within(groupRow('登记失业人员')).getByRole('button', { name: '是，已选' })).toBeInTheDocument()
    expect(screen.getByPlaceholderText(ID_PLACEHOLDER)).toHaveValue('')

    fireEvent.click(screen.getByRole('button', { name: '放弃这些修改' }))
    expect(screen.getByDisplayValue('王小明')).toBeInTheDocument()
    expect(within(groupRow('登记失业人员')).getByRole('button', { name: '不确定，已选' })).toBeInTheDocument()
    expect(screen.queryByText('已恢复您上次没保存的填写内容。')).not.toBeInTheDocument()
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('a draft another account left on this phone is never shown', async () => {
    const server = profileServer(buildProfile({ realName: '另一个人' }))
    serveApi(server.handlers)
    taroTest.storage.set(DRAFT_KEY, { owner: ME.id, form: { realName: '王晓明', groups: { disabled: 'yes' } } })
    setToken(OTHER_TOKEN)
    renderPage(MyProfilePage, PATH)

    expect(await screen.findByDisplayValue('另一个人')).toBeInTheDocument()
    expect(screen.queryByText('已恢复您上次没保存的填写内容。')).not.toBeInTheDocument()
    expect(within(groupRow('残疾人')).getByRole('button', { name: '不确定，已选' })).toBeInTheDocument()
  })

  it('the ID number: its own consent first, checked as typed, the server’s refusals on its field, shown masked after saving, erasable', async () => {
    const server = profileServer()
    let taken = true
    serveApi({
      ...server.handlers,
      updateMyProfile: (call) =>
        (call.body as UpdateMyProfileBody).idNumber && taken ? reply.error(409, 'ID_NUMBER_TAKEN', '这个身份证号已在另一个账号登记，如有疑问请联系驿站工作人员') : server.handlers.updateMyProfile(call),
    })
    renderPage(MyProfilePage, PATH)

    expect(await screen.findByRole('button', { name: '同意保存身份证号' })).toBeInTheDocument()
    expect(screen.queryByPlaceholderText(ID_PLACEHOLDER)).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '同意保存身份证号' }))
    const input = await screen.findByPlaceholderText(ID_PLACEHOLDER)
    expect(callsTo('recordConsent').map((c) => c.body)).toEqual([{ purpose: 'id_number', granted: true, policyVersion: '2026-12' }])

    fireEvent.input(input, { target: { value: '110105194912310021' } })
    save()
    expect(await screen.findByText('身份证号校验不通过，请逐位核对')).toBeInTheDocument()
    expect(screen.getByText('有几处需要修改，请看标红的地方')).toBeInTheDocument()
    expect(callsTo('updateMyProfile')).toHaveLength(0)

    fireEvent.input(input, { target: { value: VALID_ID.toLowerCase() } })
    save()
    expect(await screen.findByText('这个身份证号已在另一个账号登记，如有疑问请联系驿站工作人员')).toBeInTheDocument()
    expect(lastBody()?.idNumber).toBe(VALID_ID)

    taken = false
    save()
    expect(await screen.findByText('已保存：110105********002X')).toBeInTheDocument()
    expect(screen.getByPlaceholderText(ID_PLACEHOLDER)).toHaveValue('')
    expect(screen.queryByText(VALID_ID)).not.toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '删除身份证号' }))
    await waitFor(() => expect(screen.queryByText(/已保存：/)).not.toBeInTheDocument())
    expect(lastBody()).toEqual({ realName: null, groups: {}, idNumber: null })
  })

  it('puts BIRTH_DATE_MISMATCH under 出生日期 and CONSENT_REQUIRED under the ID number', async () => {
    const server = profileServer(buildProfile({ consents: [consent('id_number')], facts: { birthDate: '1950-01-01' } }))
    let answer = reply.error(400, 'BIRTH_DATE_MISMATCH', '出生日期与身份证号不一致（身份证上是 1949-12-31）', { birthDate: '与身份证号上的出生日期不一致' })
    serveApi({ ...server.handlers, updateMyProfile: () => answer })
    renderPage(MyProfilePage, PATH)

    fireEvent.click(await screen.findByText('保存我的资料'))
    expect(await within(field('出生日期')).findByText('出生日期与身份证号不一致（身份证上是 1949-12-31）')).toBeInTheDocument()

    // Changing the birth date clears its message.
    fireEvent.change(within(field('出生日期')).getByLabelText('日期选择器'), { target: { value: '1880-01-01' } })
    expect(within(field('出生日期')).queryByText(/不一致/)).not.toBeInTheDocument()

    answer = reply.error(409, 'CONSENT_REQUIRED', '保存身份证号前，请先单独同意《身份证号使用说明》')
    fireEvent.input(screen.getByPlaceholderText(ID_PLACEHOLDER), { target: { value: '440524188001010014' } })
    save()
    const message = await screen.findByText('保存身份证号前，请先单独同意《身份证号使用说明》')
    expect(message.closest('.yz-profile__field')).toBe(screen.getByPlaceholderText(ID_PLACEHOLDER).closest('.yz-profile__field'))
  })

  it('each consent is a switch that says what it does; withdrawing the ID number consent asks first and erases it', async () => {
    const server = profileServer(buildProfile({ consents: [consent('policy_matching'), consent('id_number')], facts: { idNumberMasked: '110105********002X' } }))
    serveApi(server.handlers)
    renderPage(MyProfilePage, PATH)

    expect(await screen.findByRole('button', { name: '用我的资料匹配政策：已同意，点按撤回' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '通过微信提醒我：未同意，点按同意' })).toBeInTheDocument()
    expect(screen.getByText('撤回：撤回后会立即删除已保存的身份证号。')).toBeInTheDocument()

    taroTest.setModalConfirms(false)
    fireEvent.click(screen.getByRole('button', { name: '保存我的身份证号：已同意，点按撤回' }))
    await waitFor(() => expect(taroTest.modals).toHaveLength(1))
    expect(taroTest.modals[0]!.content).toContain('110105********002X')
    expect(callsTo('recordConsent')).toHaveLength(0)

    taroTest.setModalConfirms(true)
    fireEvent.click(screen.getByRole('button', { name: '保存我的身份证号：已同意，点按撤回' }))
    expect(await screen.findByRole('button', { name: '保存我的身份证号：未同意，点按同意' })).toBeInTheDocument()
    expect(screen.queryByText('已保存：110105********002X')).not.toBeInTheDocument()
    expect(callsTo('recordConsent').map((c) => c.body)).toEqual([{ purpose: 'id_number', granted: false, policyVersion: '2026-12' }])

    fireEvent.click(screen.getByRole('button', { name: '通过微信提醒我：未同意，点按同意' }))
    expect(await screen.findByRole('button', { name: '通过微信提醒我：已同意，点按撤回' })).toBeInTheDocument()
    expect(callsTo('recordConsent').at(-1)!.body).toEqual({ purpose: 'wechat_push', granted: true, policyVersion: '2026-12' })
  })

  it('a tap on a category mutes or unmutes its pushes', async () => {
    const server = profileServer(buildProfile({ mutedPolicyCategories: ['training_subsidy'] }))
    serveApi(server.handlers)
    renderPage(MyProfilePage, PATH)

    expect(await screen.findByRole('button', { name: '职业培训补贴' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '创业担保贷款，已选' }))
    expect(await screen.findByRole('button', { name: '创业担保贷款' })).toBeInTheDocument()
    expect(callsTo('updatePolicyNotificationSettings').at(-1)!.body).toEqual({ mutedCategories: ['training_subsidy', 'startup_loan'] })
    fireEvent.click(screen.getByRole('button', { name: '职业培训补贴' }))
    expect(await screen.findByRole('button', { name: '职业培训补贴，已选' })).toBeInTheDocument()
    expect(server.profile.mutedPolicyCategories).toEqual(['startup_loan'])
  })

  describe('in the mini-program', () => {
    weappDuringEachTest()

    it('agreeing to WeChat pushes asks WeChat, in the same tap, for the policy and subsidy templates only, and records the answer', async () => {
      const server = profileServer(buildProfile({ consents: [consent('policy_matching')] }))
      taroTest.setSubscribeAnswer({ answer: 'accept' })
      serveApi({
        ...server.handlers,
        getSubscribeTemplates: () => ({
          templates: [
            { kind: 'application_result', templateId: 'tmpl-result' },
            { kind: 'policy_match', templateId: 'tmpl-policy' },
            { kind: 'subsidy_progress', templateId: 'tmpl-subsidy' },
          ],
        }),
        recordSubscriptions: () => reply.ok(undefined, 204),
      })
      renderPage(MyProfilePage, PATH)
      // Fetched before the tap: WeChat shows its dialog only inside the tap itself.
      await waitFor(() => expect(callsTo('getSubscribeTemplates')).toHaveLength(1))
      await new Promise((resolve) => setTimeout(resolve, 0))

      fireEvent.click(await screen.findByRole('button', { name: '通过微信提醒我：未同意，点按同意' }))

      expect(await screen.findByRole('button', { name: '通过微信提醒我：已同意，点按撤回' })).toBeInTheDocument()
      expect(taroTest.subscribeRequests).toEqual([['tmpl-policy', 'tmpl-subsidy']])
      await waitFor(() =>
        expect(callsTo('recordSubscriptions')[0]?.body).toEqual({
          results: [
            { templateId: 'tmpl-policy', accepted: true },
            { templateId: 'tmpl-subsidy', accepted: true },
          ],
        }),
      )
    })

    it('withdrawing it asks WeChat nothing', async () => {
      const server = profileServer(buildProfile({ consents: [consent('wechat_push')] }))
      serveApi({ ...server.handlers, getSubscribeTemplates: () => ({ templates: [{ kind: 'policy_match', templateId: 'tmpl-policy' }] }) })
      renderPage(MyProfilePage, PATH)
      await waitFor(() => expect(callsTo('getSubscribeTemplates')).toHaveLength(1))

      fireEvent.click(await screen.findByRole('button', { name: '通过微信提醒我：已同意，点按撤回' }))

      expect(await screen.findByRole('button', { name: '通过微信提醒我：未同意，点按同意' })).toBeInTheDocument()
      expect(taroTest.subscribeRequests).toEqual([])
    })
  })
})
