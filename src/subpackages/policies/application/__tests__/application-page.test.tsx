import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { APPLICATION_ID, POLICY_ID, buildApplication, eventsOf, uuidOf } from '@/features/subsidies/__tests__/subsidy-fixtures'
import { reply, serveApi, type Handlers } from '../../../../../test/jest/fake-api'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import ApplicationPage from '../index'

const TOKEN = 'tok_0123456789abcdef0123456789'

/** Taro.downloadFile answering each material with a local path named after it; Taro.previewImage recorded. */
function fakeFiles() {
  const downloads: { url: string; header: Record<string, string> }[] = []
  const previews: { urls: string[]; current?: string }[] = []
  const fake = Taro as unknown as { downloadFile: unknown; previewImage: unknown }
  fake.downloadFile = (options: { url: string; header: Record<string, string> }) => {
    downloads.push(options)
    return Promise.resolve({ statusCode: 200, tempFilePath: `wxfile://${options.url.split('/').pop()}.jpg`, errMsg: 'downloadFile:ok' })
  }
  fake.previewImage = (options: { urls: string[]; current?: string }) => {
    previews.push(options)
    return Promise.resolve({ errMsg: 'previewImage:ok' })
  }
  return { downloads, previews }
}

afterEach(() => {
  delete (Taro as unknown as { downloadFile?: unknown }).downloadFile
  delete (Taro as unknown as { previewImage?: unknown }).previewImage
})

const openApplication = (handlers: Handlers) => {
  setToken(TOKEN)
  serveApi(handlers)
  return renderPage(ApplicationPage, '/subpackages/policies/application/index', { id: APPLICATION_ID })
}

describe('one subsidy application', () => {
  it('shows the timeline with dates and staff’s words, the payment in yuan, what was filled in', async () => {
    fakeFiles()
    const paid = buildApplication({
      status: 'paid',
      paidAmountFen: 100_000,
      paidOn: '2026-12-20',
      events: eventsOf(['submitted', null], ['accepted', null], ['reviewing', null], ['approved', '材料齐全'], ['paid', null]),
    })
    openApplication({ getMySubsidyApplication: ({ params }) => (params.id === APPLICATION_ID ? paid : reply.error(404, 'SUBSIDY_APPLICATION_NOT_FOUND', '没有')) })

    expect(await screen.findByText('已发放 1,000 元')).toBeInTheDocument()
    expect(screen.getByText('发放日期：2026年12月20日')).toBeInTheDocument()
    const steps = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(steps.map((step) => step.textContent)).toEqual([
      '已提交11月20日 10:00',
      '已受理11月20日 11:00',
      '审核中11月20日 12:00',
      '已通过11月20日 13:00审核意见：材料齐全',
      '已发放11月20日 14:00发放 1,000 元（2026年12月20日）',
    ])
    expect(screen.getByText('银行卡号')).toBeInTheDocument()
    expect(screen.getByText('6222020200112233445')).toBeInTheDocument()
    expect(screen.getByText('个体工商户')).toBeInTheDocument()
    expect(screen.queryByText('补充材料')).not.toBeInTheDocument()
  })

  it('material photos are fetched with the token and open full screen', async () => {
    const { downloads, previews } = fakeFiles()
    openApplication({ getMySubsidyApplication: () => buildApplication() })

    const second = await screen.findByRole('button', { name: '身份证第 2 张，点开放大' })
    expect(downloads.map((d) => d.url)).toEqual([`/api/v1/subsidy-materials/${uuidOf(0x301)}`, `/api/v1/subsidy-materials/${uuidOf(0x302)}`])
    expect(downloads[0]?.header.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(screen.getByText('身份证（2 张）')).toBeInTheDocument()
    // A material sent without photos is not listed.
    expect(screen.queryByText(/营业执照（/)).not.toBeInTheDocument()

    fireEvent.click(second)
    await waitFor(() =>
      expect(previews).toEqual([{ urls: [`wxfile://${uuidOf(0x301)}.jpg`, `wxfile://${uuidOf(0x302)}.jpg`], current: `wxfile://${uuidOf(0x302)}.jpg` }]),
    )
  })

  it('needs more: staff’s words on top and a big 补充材料 that opens the form to resubmit', async () => {
    fakeFiles()
    openApplication({
      getMySubsidyApplication: () =>
        buildApplication({ status: 'needs_more', staffNote: '请补充银行卡照片', events: eventsOf(['submitted', null], ['needs_more', '请补充银行卡照片']) }),
    })

    expect(await screen.findByText('工作人员请您补充')).toBeInTheDocument()
    expect(screen.getByText('请补充银行卡照片')).toBeInTheDocument()
    expect(screen.getByText('需要补充：请补充银行卡照片')).toBeInTheDocument()
    fireEvent.click(screen.getByText('补充材料'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/policies/apply/index?policyId=${POLICY_ID}&applicationId=${APPLICATION_ID}` },
    ])
  })

  it('a rejected one says why', async () => {
    fakeFiles()
    openApplication({
      getMySubsidyApplication: () =>
        buildApplication({ status: 'rejected', staffNote: '营业执照不满一年', events: eventsOf(['submitted', null], ['rejected', '营业执照不满一年']) }),
    })
    expect(await screen.findByText('未通过的原因')).toBeInTheDocument()
    expect(screen.getByText('原因：营业执照不满一年')).toBeInTheDocument()
  })

  it('another person’s application (404) says so', async () => {
    openApplication({ getMySubsidyApplication: () => reply.error(404, 'SUBSIDY_APPLICATION_NOT_FOUND', '没有找到') })
    expect(await screen.findByText('没有找到这份申请')).toBeInTheDocument()
  })
})
