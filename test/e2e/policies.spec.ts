import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { pageUrl } from '../../src/shared/config/routes'
import { PolicyPageSchema, SubsidyApplicationSchema } from '../../src/shared/contracts/index'
import { EmploymentLabels, QuestionTexts, type Question } from '../../src/shared/eligibility/index'
import { launchBrowser, screenshot, type Browser } from '../support/browser'
import { field, signInOnPage, startE2E, storedToken, visibleText, type E2E } from '../support/e2e'

/** A graduate of this year from a 脱贫 family: the seeded online policy they fit. */
const POLICY = '高校毕业生求职创业补贴'
/** Nobody in the demo seed: a person signing in for the first time. */
const GRADUATE_PHONE = '13966660001'
const GRADUATE_NAME = '程晓雨'
/** The city bureau's reviewer: sees every district's queue. */
const STAFF_PHONE = '13800000007'
const MORE_NOTE = '学生证照片看不清，请补拍学生证背面的注册页'
/** A 1×1 PNG: real bytes the browser opens and the server takes as a PNG. */
const PHOTO = {
  name: 'photo.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
}
const QUESTION_BY_TEXT = new Map(Object.entries(QuestionTexts).map(([question, text]) => [text, question as Question]))
/** The row height of Taro H5's picker wheels, in CSS px. */
const WHEEL_ROW = 34

/** This year in the city (Beijing time): the year wheels start there. */
const cityYear = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())

/** A fresh load of an app page (a hash change alone can land while the page before is still drawing). */
async function open(page: Page, e2e: E2E, target: string) {
  await page.goto('about:blank')
  await page.goto(`${e2e.server.origin}/#${target}`)
}

/** Opens the login page that comes back to `target` once signed in. */
async function signInTo(page: Page, e2e: E2E, phone: string, target: string) {
  await open(page, e2e, pageUrl.login(target))
  await signInOnPage(page, e2e, phone)
  await page.waitForURL((url) => url.hash.startsWith(`#${target.split('?')[0]}`))
}

/** The picker that is open: 确定 takes what its wheels show. */
async function confirmPicker(page: Page) {
  await visibleText(page, '确定', { exact: true }).click()
  await page.locator('.weui-picker__overlay').filter({ visible: true }).waitFor({ state: 'hidden' })
}

/** Turns the first wheel of the open picker `rows` rows back (earlier years), dragging it with the mouse. */
async function turnFirstWheelBack(page: Page, rows: number) {
  const wheel = page.locator('taro-picker-group').filter({ visible: true }).first()
  // The picker slides up: drag once it has stopped.
  let box = await wheel.boundingBox()
  for (let still = false; !still; ) {
    await page.waitForTimeout(100)
    const now = await wheel.boundingBox()
    still = now !== null && box !== null && now.y === box.y
    box = now
  }
  assert.ok(box, 'the picker shows its wheels')
  const perDrag = Math.floor((box.height - 30) / WHEEL_ROW)
  const x = box.x + box.width / 2
  for (let left = rows; left > 0; left -= perDrag) {
    const y = box.y + 15
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y + Math.min(left, perDrag) * WHEEL_ROW, { steps: 8 })
    await page.mouse.up()
  }
}

/** 拍照或选择…照片 under one material: the browser's file chooser gets a photo; waits until it is uploaded. */
async function addPhoto(page: Page, material: string) {
  const group = page.getByRole('group', { name: material, exact: true })
  const photos = group.getByRole('button', { name: new RegExp(`^删除${material}第 \\d+ 张$`) })
  const before = await photos.count()
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    group.getByRole('button', { name: new RegExp(`^(拍照或选择${material}照片|再加一张)`) }).click(),
  ])
  await chooser.setFiles(PHOTO)
  await photos.nth(before).waitFor()
}

/**
 * On a staff member's review page: choose the action, write its note if asked, 确认…, then `confirm`
 * in the dialog (Taro's showModal, as WeChat's: a confirm word of at most 4 characters), and wait
 * for the new status.
 */
async function staffAct(page: Page, action: string, confirm: string, then: string, fill?: (page: Page) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click()
  if (fill) await fill(page)
  await page.getByRole('button', { name: `确认${action}` }).click()
  await page.locator('.taro-modal__content').filter({ visible: true }).getByText(confirm, { exact: true }).click()
  await statusTag(page, then).waitFor()
}

const statusTag = (page: Page, status: string): Locator => page.locator('.yz-subsidy-status').filter({ visible: true, hasText: status }).first()

describe('H5: 政策找人 — the calculator, a graduate matched, pushed, applying online, staff asking for more, approving and paying', () => {
  let e2e: E2E
  let staffBrowser: Browser
  let policyId: string
  let applicationId: string

  before(async () => {
    // The outbox worker's round writes the policy-push messages: quickly here.
    e2e = await startE2E({ env: { OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '300' } })
    staffBrowser = await launchBrowser()
    const found = PolicyPageSchema.parse(await e2e.api(`/api/v1/policies?q=${encodeURIComponent(POLICY)}`)).items.filter((p) => p.title === POLICY)
    assert.equal(found.length, 1, `the seed has one open ${POLICY}`)
    policyId = found[0]!.id
  })
  after(async () => {
    await staffBrowser?.close()
    await e2e?.close()
  })

  it('政策计算器 without signing in: questions one at a time until the policy shows as 符合, then it opens', async (t) => {
    await e2e.withPage(t, async (page) => {
      await open(page, e2e, pageUrl.policyCalculator)
      await visibleText(page, '不用登录', { exact: false }).waitFor()
      const fits = page.getByRole('link', { name: new RegExp(`^符合.*${POLICY}`) })
      const asked: string[] = []
      for (let n = 1; ; n++) {
        const step = visibleText(page, `第 ${n} 题`)
        await step.or(fits).first().waitFor()
        if (await fits.isVisible()) break
        assert.ok(n <= 15, `still asking after ${asked.join(' / ')}`)
        const text = (await page.locator('.yz-calculator__ask').filter({ visible: true }).first().innerText()).trim()
        const question = QUESTION_BY_TEXT.get(text)
        assert.ok(question, `a question the calculator does not have: ${text}`)
        asked.push(text)
        // The answers so far are buttons too, named with their question: an exact name is the question's own chip.
        const tap = (name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true }).first().click()
        if (question === 'birthDate') {
          // The wheel starts at today: 22 years back.
          await visibleText(page, '选择出生日期').click()
          await turnFirstWheelBack(page, 22)
          await confirmPicker(page)
        } else if (question === 'graduationYear') {
          // The wheel starts at this year.
          await visibleText(page, '选择毕业年份').click()
          await confirmPicker(page)
        } else if (question.startsWith('group.')) await tap(question === 'group.graduate' || question === 'group.poverty_relief' ? '是' : '不是')
        else if (question === 'enrolledInCourse') await tap('不是')
        else if (question === 'employment') await tap(EmploymentLabels.unemployed)
        else if (question === 'householdRegion' || question === 'residenceRegion') await tap('潞州区')
        else await tap('没有创业')
      }
      assert.ok(asked.includes(QuestionTexts['group.graduate']) && asked.includes(QuestionTexts['group.poverty_relief']), `asked: ${asked.join(' / ')}`)
      // Every answer is listed, each one to change.
      for (const question of asked) await page.getByRole('button', { name: new RegExp(`^${question}.*点按修改$`) }).waitFor()
      if (asked.includes(QuestionTexts.birthDate)) {
        await page.getByRole('button', { name: `${QuestionTexts.birthDate} ${Number(cityYear()) - 22}年`, exact: false }).waitFor()
      }

      await fits.click()
      await page.waitForURL((url) => url.hash.includes(pageUrl.policy(policyId)))
      await page.getByRole('button', { name: '在线申领' }).waitFor()
    })
  })

  it('a graduate fills 我的资料与授权, sees the policy in 适合我的政策 and its push in 消息', async (t) => {
    await e2e.withPage(t, async (page) => {
      await signInTo(page, e2e, GRADUATE_PHONE, pageUrl.myProfile)
      await page.getByRole('button', { name: /^用我的资料匹配政策：未同意/ }).click()
      await page.getByRole('button', { name: /^用我的资料匹配政策：已同意/ }).waitFor()

      await field(page, '可以不填').fill(GRADUATE_NAME)
      const groupRow = (name: string) => page.locator('.yz-profile__group').filter({ hasText: name })
      for (const [group, answer] of [
        ['高校毕业生', '是'],
        ['登记失业人员', '不是'],
        ['就业困难人员', '不是'],
        ['脱贫劳动力', '是'],
        ['农村转移劳动力', '不是'],
        ['退役军人', '不是'],
        ['残疾人', '不是'],
        ['零就业家庭成员', '不是'],
      ] as const) {
        await groupRow(group).getByRole('button', { name: answer, exact: true }).click()
        await groupRow(group).getByRole('button', { name: `${answer}，已选` }).waitFor()
      }
      await visibleText(page, '选择毕业年份').click()
      await confirmPicker(page)
      await visibleText(page, `${cityYear()} 年`).waitFor()
      const factOf = (label: string) => page.locator('.yz-profile__field').filter({ has: page.getByText(label, { exact: true }) })
      for (const region of ['户籍所在地', '现在常住在哪里']) {
        // One line until tapped; then the districts as chips.
        await factOf(region).getByRole('button', { name: /^未填/ }).click()
        await factOf(region).getByRole('button', { name: '潞州区', exact: true }).click()
        await factOf(region).getByRole('button', { name: /^潞州区，修改/ }).waitFor()
      }
      await factOf('就业状态').getByRole('button', { name: '未就业', exact: true }).click()
      await factOf('自己创业（办了营业执照）').getByRole('button', { name: '没有创业', exact: true }).click()
      await factOf('现在在参加职业培训吗').getByRole('button', { name: '不是', exact: true }).click()
      await page.getByRole('button', { name: '保存我的资料' }).click()
      await visibleText(page, '资料已保存').waitFor()

      await open(page, e2e, pageUrl.policyMatches)
      await page.getByRole('link', { name: new RegExp(`^符合.*${POLICY}`) }).waitFor()

      // The outbox worker's round writes the message; the list asks again when opened.
      const pushed = page.getByText(`有一条政策适合您：${POLICY}`).filter({ visible: true }).first()
      for (let tries = 0; ; tries++) {
        await open(page, e2e, pageUrl.messages)
        // Loaded: no message yet, or the policy pushes so far (all this new account can have).
        await pushed.or(visibleText(page, '还没有消息')).or(visibleText(page, /^有一条政策适合您：/)).first().waitFor()
        if (await pushed.isVisible().catch(() => false)) break
        assert.ok(tries < 20, 'the policy push message did not come')
        await page.waitForTimeout(500)
      }
      await pushed.click()
      await page.waitForURL((url) => url.hash.includes(pageUrl.policy(policyId)))
      await page.getByRole('button', { name: '在线申领' }).waitFor()
    })
  })

  it('the graduate applies online: the form, a photo for each material, the declaration, 已提交', async (t) => {
    await e2e.withPage(t, async (page) => {
      await open(page, e2e, pageUrl.policy(policyId))
      await page.getByRole('button', { name: '在线申领' }).click()
      await page.waitForURL((url) => url.hash.includes('subpackages/policies/apply/index'))

      await field(page, '请填写毕业院校').fill('长治学院')
      await field(page, '请填写所学专业').fill('计算机科学与技术')
      // The date wheel starts at today: an 应届生's expected graduation date may be any day.
      await visibleText(page, '请选择日期').click()
      await confirmPicker(page)
      await page.getByRole('group', { name: '困难类别' }).getByRole('button', { name: '脱贫家庭', exact: true }).click()
      await field(page, '请填写开户银行').fill('中国工商银行长治分行')
      await field(page, '请填写银行卡号').fill('6222020506001234567')
      for (const material of ['身份证正反面', '学生证或学籍证明', '困难身份证明', '社会保障卡或银行卡正面']) await addPhoto(page, material)
      await page.getByRole('button', { name: '本人承诺所填信息和材料真实有效', exact: true }).click()
      await page.getByRole('button', { name: '提交申请' }).click()

      await page.waitForURL((url) => url.hash.includes('subpackages/policies/application/index'))
      applicationId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('id') ?? ''
      assert.ok(applicationId, 'the application page has its id')
      await statusTag(page, '已提交').waitFor()
      await visibleText(page, '长治学院').waitFor()
    })
  })

  it('staff ask for more material; the graduate resubmits; staff approve and mark it paid; the graduate sees 已发放 with the amount', async (t) => {
    assert.ok(applicationId, 'the previous test submitted the application')
    await e2e.withPage(t, async (graduate) => {
      const staff = await staffBrowser.context.newPage()
      try {
        await signInTo(staff, e2e, STAFF_PHONE, pageUrl.staffSubsidies)
        // 待受理 first: the card shows who applied (name and masked phone).
        const card = staff.getByRole('link', { name: new RegExp(`${POLICY}.*${GRADUATE_NAME} · 139\\*\\*\\*\\*0001`) })
        await card.click()
        await staff.waitForURL((url) => url.hash.includes(pageUrl.staffSubsidy(applicationId)))
        await staffAct(staff, '受理', '受理', '已受理')
        await staffAct(staff, '要求补充材料', '要求补充', '需补充材料', (page) => page.getByPlaceholder('写清楚，至少 2 个字').and(page.locator('textarea')).fill(MORE_NOTE))

        await open(graduate, e2e, pageUrl.subsidyApplication(applicationId))
        await statusTag(graduate, '需补充材料').waitFor()
        await visibleText(graduate, MORE_NOTE).waitFor()
        await graduate.getByRole('button', { name: '补充材料', exact: true }).click()
        await graduate.waitForURL((url) => url.hash.includes(`applicationId=${applicationId}`))
        await visibleText(graduate, MORE_NOTE).waitFor()
        await addPhoto(graduate, '学生证或学籍证明')
        // The declaration is made again with each submission.
        await graduate.getByRole('button', { name: '本人承诺所填信息和材料真实有效', exact: true }).click()
        await graduate.getByRole('button', { name: '重新提交' }).click()
        await graduate.waitForURL((url) => url.hash.includes('subpackages/policies/application/index'))
        await statusTag(graduate, '已提交').waitFor()
        await visibleText(graduate, '补充材料后重新提交').waitFor()

        await open(staff, e2e, pageUrl.staffSubsidy(applicationId))
        await statusTag(staff, '已提交').waitFor()
        await staffAct(staff, '受理', '受理', '已受理')
        await staffAct(staff, '开始审核', '开始审核', '审核中')
        await staffAct(staff, '通过', '通过', '已通过')
        await staffAct(staff, '标记已发放', '已发放', '已发放', (page) => field(page, '如 1000 或 1000.50').fill('1000'))
      } catch (error) {
        // withPage shows the graduate's page; the staff member's is the other half of the story.
        const file = await screenshot(staff, `${t.fullName} (staff)`)
        if (error instanceof Error) error.message += `\nstaff screenshot: ${file}\nstaff url: ${staff.url()}`
        throw error
      } finally {
        await staff.close()
      }

      await open(graduate, e2e, pageUrl.subsidyApplication(applicationId))
      await statusTag(graduate, '已发放').waitFor()
      await visibleText(graduate, '已发放 1,000 元').waitFor()
      await visibleText(graduate, /^发放日期：\d{4}年\d+月\d+日$/).waitFor()

      // What the server holds: every step in order with the note, the photos per material, the sum paid.
      const res = await fetch(`${e2e.server.origin}/api/v1/me/subsidy-applications/${applicationId}`, {
        headers: { authorization: `Bearer ${await storedToken(graduate)}` },
      })
      const application = SubsidyApplicationSchema.parse(await res.json())
      assert.deepEqual(
        application.events.map((e) => [e.status, e.resubmitted, e.note]),
        [
          ['submitted', false, null],
          ['accepted', false, null],
          ['needs_more', false, MORE_NOTE],
          ['submitted', true, null],
          ['accepted', false, null],
          ['reviewing', false, null],
          ['approved', false, null],
          ['paid', false, null],
        ],
      )
      assert.deepEqual(
        application.materials.map((m) => [m.label, m.files.length]),
        [
          ['身份证正反面', 1],
          ['学生证或学籍证明', 2],
          ['困难身份证明', 1],
          ['社会保障卡或银行卡正面', 1],
        ],
      )
      assert.equal(application.paidAmountFen, 100_000)
    })
  })
})
