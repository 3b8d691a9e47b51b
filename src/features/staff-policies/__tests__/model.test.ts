import { ConditionSchema, type EligibilityCondition } from '@/shared/contracts/eligibility'
import { CreatePolicyBodySchema } from '@/shared/contracts/policies'
import { ApiError, NetworkError } from '@/shared/api/errors'
import { addField, addMaterial, emptyFormDraft, formFromBody, formToBody, moveItem, removeItem, updateItem } from '../model/application-form'
import { addBlock, blockToBody, blocksFromBody, moveBlock, removeBlock, splitCells, tableProblem, updateBlock, type BlockDraft } from '../model/blocks'
import { buildCondition, checkConditionDraft, draftOfCondition, kindsLeft, newRule, ruleProblem, type Rule } from '../model/conditions'
import { expiryText, rowTags, STATUS_TABS } from '../model/list'
import {
  REGION_CHOICES,
  changedFields,
  emptyPolicyForm,
  errorKeyOf,
  fenToYuan,
  formFromPolicy,
  parsePolicyDraft,
  saveErrorView,
  validatePolicyForm,
  yuanToFen,
  type PolicyFormValues,
} from '../model/policy-form'
import { buildStaffPolicy, filledPolicyForm } from './staff-policy-fixtures'

describe('元 ↔ fen', () => {
  it.each([
    ['5000', 500_000],
    ['1500.5', 150_050],
    ['1,500.05', 150_005],
    ['0', 0],
    [' 20000 ', 2_000_000],
  ])('%s 元 is %d fen', (yuan, fen) => expect(yuanToFen(yuan)).toBe(fen))

  it('is undefined for nothing and NaN for what is not money', () => {
    expect(yuanToFen('')).toBeUndefined()
    for (const typo of ['5千', '1.234', '-5', '1e3', '.5']) expect(yuanToFen(typo)).toBeNaN()
  })

  it.each([
    [500_000, '5000'],
    [150_050, '1500.5'],
    [150_005, '1500.05'],
    [0, '0'],
  ])('%d fen reads %s 元, and back', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan)
    expect(yuanToFen(fenToYuan(fen))).toBe(fen)
  })
})

describe('the block editor', () => {
  const start: BlockDraft[] = [
    { id: 'b1', type: 'heading', level: 2, text: '一、对象' },
    { id: 'b2', type: 'paragraph', text: '正文' },
  ]

  it('adds blocks at the end with fresh ids, edits one, removes one', () => {
    const added = addBlock(addBlock(start, 'list'), 'table')
    expect(added.map((b) => [b.id, b.type])).toEqual([
      ['b1', 'heading'],
      ['b2', 'paragraph'],
      ['b3', 'list'],
      ['b4', 'table'],
    ])
    const edited = updateBlock(added, 'b1', { level: 1, text: '第一条' })
    expect(edited[0]).toEqual({ id: 'b1', type: 'heading', level: 1, text: '第一条' })
    expect(edited[1]).toBe(added[1])
    expect(removeBlock(edited, 'b2').map((b) => b.id)).toEqual(['b1', 'b3', 'b4'])
    // A removed id is not given out again while a larger one is there.
    expect(addBlock(removeBlock(added, 'b3'), 'paragraph').at(-1)!.id).toBe('b5')
  })

  it('moves a block up and down, and not past either end', () => {
    const three = addBlock(start, 'paragraph')
    expect(moveBlock(three, 'b3', -1).map((b) => b.id)).toEqual(['b1', 'b3', 'b2'])
    expect(moveBlock(three, 'b1', 1).map((b) => b.id)).toEqual(['b2', 'b1', 'b3'])
    expect(moveBlock(three, 'b1', -1).map((b) => b.id)).toEqual(['b1', 'b2', 'b3'])
    expect(moveBlock(three, 'b3', 1).map((b) => b.id)).toEqual(['b1', 'b2', 'b3'])
  })

  it('reads a list one item a line and a table one row a line, cells split by |', () => {
    expect(blockToBody({ id: 'b1', type: 'list', ordered: false, itemsText: '身份证\n\n  营业执照 \n' })).toEqual({ type: 'list', ordered: false, items: ['身份证', '营业执照'] })
    expect(blockToBody({ id: 'b2', type: 'table', headerText: '项目 | 标准', rowsText: '初次创业 | 5000 元\n带动就业|每人 1000 元\n' })).toEqual({
      type: 'table',
      header: ['项目', '标准'],
      rows: [
        ['初次创业', '5000 元'],
        ['带动就业', '每人 1000 元'],
      ],
    })
    expect(splitCells('a \\| b | c')).toEqual(['a | b', 'c'])
  })

  it('gives a saved full text back unchanged, a | inside a cell included', () => {
    const fullText = [
      { type: 'heading' as const, level: 3 as const, text: '附表' },
      { type: 'paragraph' as const, text: '第一段。' },
      { type: 'list' as const, ordered: true, items: ['一', '二'] },
      { type: 'table' as const, header: ['类别', '说明'], rows: [['A|B 类', '见下']] },
    ]
    const blocks = blocksFromBody(fullText)
    expect(blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4'])
    expect(blocks.map(blockToBody)).toEqual(fullText)
  })

  it('says which table row has the wrong number of cells', () => {
    expect(tableProblem({ id: 'b1', type: 'table', headerText: 'a | b | c', rowsText: '1 | 2 | 3\n4 | 5' })).toBe('表格第 2 行有 2 格，表头有 3 格，要一样多（用 | 分隔）')
    expect(tableProblem({ id: 'b1', type: 'table', headerText: 'a | b', rowsText: '1 | 2' })).toBeNull()
  })
})

describe('the condition builder', () => {
  const rules: Rule[] = [
    { kind: 'age', min: '16', max: '35' },
    { kind: 'groups', groups: ['registered_unemployed', 'hard_to_employ'] },
    { kind: 'graduatedWithinYears', years: '2' },
    { kind: 'householdRegion', regions: ['长治市'] },
    { kind: 'residenceRegion', regions: ['潞州区', '上党区'] },
    { kind: 'employment', statuses: ['unemployed', 'self_employed'] },
    { kind: 'businessStarted', amount: '3', unit: 'years' },
    { kind: 'enrolledInCourse', enrolled: true },
  ]

  it('builds every common shape into a condition the contract accepts, and reads it back as the same rules', () => {
    const condition = buildCondition(rules)!
    expect(condition).toEqual({
      all: [
        { age: { min: 16, max: 35 } },
        { any: [{ group: 'registered_unemployed' }, { group: 'hard_to_employ' }] },
        { graduatedWithinYears: 2 },
        { householdRegion: ['长治市'] },
        { residenceRegion: ['潞州区', '上党区'] },
        { employment: ['unemployed', 'self_employed'] },
        { businessStartedWithinMonths: 36 },
        { enrolledInCourse: true },
      ],
    })
    expect(ConditionSchema.safeParse(condition).success).toBe(true)
    expect(draftOfCondition(condition)).toEqual({ mode: 'rules', rules })
  })

  it.each<[string, EligibilityCondition]>([
    ['one group alone', { group: 'zero_employment_family' }],
    ['any of groups alone', { any: [{ group: 'hard_to_employ' }, { group: 'zero_employment_family' }] }],
    ['an age with only an upper bound', { all: [{ age: { max: 45 } }, { enrolledInCourse: false }] }],
    ['months that are not whole years', { all: [{ group: 'veteran' }, { businessStartedWithinMonths: 18 }] }],
    ['the demo seed’s flat shape', { all: [{ group: 'poverty_relief' }, { age: { min: 16, max: 60 } }, { householdRegion: ['长治市'] }] }],
  ])('round-trips %s exactly', (_, condition) => {
    const draft = draftOfCondition(condition)
    expect(draft.mode).toBe('rules')
    const checked = checkConditionDraft(draft)
    expect(checked).toEqual({ ok: true, condition })
  })

  it.each<[string, EligibilityCondition]>([
    ['an any of alls', { any: [{ all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] }, { all: [{ group: 'registered_unemployed' }, { age: { min: 16, max: 24 } }] }] }],
    ['a nested any beside other rules', { all: [{ age: { min: 16, max: 24 } }, { any: [{ group: 'graduate' }, { employment: ['unemployed'] }] }] }],
    ['a not', { not: { group: 'veteran' } }],
    ['the same rule twice', { all: [{ householdRegion: ['长治市'] }, { householdRegion: ['潞州区'] }] }],
    ['an all of one', { all: [{ group: 'graduate' }] }],
  ])('keeps %s as it is, never rewritten', (_, condition) => {
    const draft = draftOfCondition(condition)
    expect(draft).toEqual({ mode: 'kept', condition })
    const checked = checkConditionDraft(draft)
    expect(checked.ok && checked.condition).toBe(condition)
  })

  it('says what each unfinished rule lacks, and that there must be one', () => {
    expect(checkConditionDraft({ mode: 'rules', rules: [] })).toMatchObject({ ok: false, message: '请至少加一个申请条件' })
    expect(ruleProblem(newRule('age'))).toBe('年龄至少填上限或下限')
    expect(ruleProblem({ kind: 'age', min: '40', max: '30' })).toBe('年龄下限不能大于上限')
    expect(ruleProblem({ kind: 'age', min: '1.5', max: '' })).toBe('年龄请填整数，如 16 或 35')
    expect(ruleProblem(newRule('groups'))).toBe('请至少选一个人群')
    expect(ruleProblem(newRule('householdRegion'))).toBe('请至少选一个地区')
    expect(ruleProblem(newRule('businessStarted'))).toBe('请填写创业在几年内')
    expect(ruleProblem({ kind: 'graduatedWithinYears', years: '0' })).toBeNull()
    const checked = checkConditionDraft({ mode: 'rules', rules: [{ kind: 'age', min: '16', max: '' }, newRule('employment')] })
    expect(checked).toEqual({ ok: false, message: '申请条件有 1 处需要修改', ruleProblems: [null, '请至少选一种就业状态'] })
  })

  it('offers each kind once', () => {
    expect(kindsLeft([newRule('age'), newRule('groups')])).not.toContain('age')
    expect(kindsLeft([])).toHaveLength(8)
  })
})

describe('the application form editor', () => {
  it('gives keys by order of adding, keeps them through moves and removals', () => {
    let form = addMaterial(addField(addField(emptyFormDraft())))
    expect([...form.fields, ...form.materials].map((x) => x.key)).toEqual(['f1', 'f2', 'm1'])
    form = addField(removeItem(form, 'fields', 'f1'))
    expect(form.fields.map((f) => f.key)).toEqual(['f2', 'f3'])
    form = moveItem(form, 'fields', 'f3', -1)
    expect(form.fields.map((f) => f.key)).toEqual(['f3', 'f2'])
    expect(addMaterial(form).materials.map((m) => m.key)).toEqual(['m1', 'm2'])
  })

  it('sends options only for a choice and no empty hint', () => {
    let form = addField(addField(emptyFormDraft()))
    form = updateItem(form, 'fields', 'f1', { label: '开户银行', kind: 'choice', optionsText: '工商银行\n\n农业银行\n' })
    form = updateItem(form, 'fields', 'f2', { label: '银行卡号', hint: '本人一类卡', optionsText: '不该出现' })
    form = updateItem(addMaterial(form), 'materials', 'm1', { label: '身份证', maxFiles: 2 })
    const body = formToBody(form)
    expect(body).toEqual({
      fields: [
        { key: 'f1', label: '开户银行', kind: 'choice', required: true, options: ['工商银行', '农业银行'] },
        { key: 'f2', label: '银行卡号', kind: 'text', required: true, hint: '本人一类卡' },
      ],
      materials: [{ key: 'm1', label: '身份证', required: true, maxFiles: 2 }],
    })
    expect(formToBody(formFromBody(body))).toEqual(body)
  })
})

const filled = (patch: Partial<PolicyFormValues> = {}) => filledPolicyForm({ materials: ['身份证', ''], ...patch })

describe('the whole form', () => {
  it('makes the body the contract takes: fen, no blank material lines, no expiry, no 文号', () => {
    const check = validatePolicyForm(filled())
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(CreatePolicyBodySchema.safeParse(check.body).success).toBe(true)
    expect(check.body).toMatchObject({ amount: { kind: 'fixed', fen: 500_000 }, materials: ['身份证'], docNumber: null, expiresOn: null, applicationForm: null, conditions: { group: 'graduate' } })
  })

  it('puts each message where it belongs, nested ones included', () => {
    const check = validatePolicyForm({
      ...emptyPolicyForm(),
      amountKind: 'range',
      minYuan: '3000',
      maxYuan: '1000',
      blocks: [
        { id: 'b1', type: 'paragraph', text: '' },
        { id: 'b2', type: 'table', headerText: 'a | b', rowsText: '1' },
      ],
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toMatchObject({
      title: '请填写政策名称',
      issuer: '请填写发文单位',
      region: '请选择适用地区',
      category: '请选择政策类别',
      audience: '请填写适用对象',
      'amount.maxFen': '最低金额不能大于最高金额',
      'applyMethod.place': '请填写办理地点',
      effectiveFrom: '请选择生效日期',
      'fullText.0': '请填写段落',
      'fullText.1': '表格第 1 行有 1 格，表头有 2 格，要一样多（用 | 分隔）',
      conditions: '请至少加一个申请条件',
    })
  })

  it('says money is typed in 元, not that fen are wrong', () => {
    const check = validatePolicyForm(filled({ amountYuan: '5千' }))
    expect(!check.ok && check.errors['amount.fen']).toBe('金额请按元填写数字，如 1000 或 1500.50（最多两位小数）')
  })

  it('asks for the application form when applying online, with its own messages', () => {
    const check = validatePolicyForm(filled({ applyKind: 'online', applicationForm: addField(emptyFormDraft()) }))
    expect(!check.ok && check.errors['applicationForm.fields.0']).toBe('请填写字段名称')
    const ok = validatePolicyForm(filled({ applyKind: 'online', applicationForm: updateItem(addField(emptyFormDraft()), 'fields', 'f1', { label: '银行卡号' }) }))
    expect(ok.ok && ok.body.applyMethod).toEqual({ kind: 'online' })
    expect(ok.ok && ok.body.applicationForm).toEqual({ fields: [{ key: 'f1', label: '银行卡号', kind: 'text', required: true }], materials: [] })
  })

  it('sends only the fields that changed, whatever order stored JSON comes back in', () => {
    const policy = buildStaffPolicy({ amount: { fen: 500_000, kind: 'fixed' } as never })
    const same = validatePolicyForm(formFromPolicy(policy))
    expect(same.ok && changedFields(policy, same.body)).toEqual({})
    const edited = validatePolicyForm({ ...formFromPolicy(policy), amountYuan: '6000', docNumber: '' })
    expect(edited.ok && changedFields(policy, edited.body)).toEqual({ amount: { kind: 'fixed', fen: 600_000 }, docNumber: null })
  })

  it('leaves a kept condition out of the changes', () => {
    const conditions: EligibilityCondition = { any: [{ all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] }, { employment: ['unemployed'] }] }
    const policy = buildStaffPolicy({ conditions })
    const values = formFromPolicy(policy)
    expect(values.conditions).toEqual({ mode: 'kept', condition: conditions })
    const check = validatePolicyForm({ ...values, title: '新名字' })
    expect(check.ok && changedFields(policy, check.body)).toEqual({ title: '新名字' })
  })
})

describe('server errors on their fields', () => {
  it.each([
    ['amount.maxFen', 'amount.maxFen'],
    ['amount', 'amount'],
    ['fullText.3.text', 'fullText.3'],
    ['fullText.3.rows', 'fullText.3'],
    ['fullText', 'fullText'],
    ['applicationForm', 'applicationForm'],
    ['applicationForm.fields.2.options', 'applicationForm.fields.2'],
    ['applicationForm.materials.0.maxFiles', 'applicationForm.materials.0'],
    ['materials.1', 'materials.1'],
    ['applyMethod.hours', 'applyMethod.hours'],
    ['conditions.all.0.age', 'conditions'],
    ['expiresOn', 'expiresOn'],
    ['_', 'form'],
    ['somethingElse', 'form'],
  ])('%s → %s', (path, key) => expect(errorKeyOf(path)).toBe(key))

  it('maps a 400’s fields, puts POLICY_EXPIRED on the expiry date, and says anything else over the buttons', () => {
    expect(
      saveErrorView(new ApiError(400, 'VALIDATION_FAILED', '最低金额不能大于最高金额', { 'amount.maxFen': '最低金额不能大于最高金额', 'fullText.2.text': '请填写段落' })),
    ).toEqual({ fields: { 'amount.maxFen': '最低金额不能大于最高金额', 'fullText.2': '请填写段落' }, form: '有 2 处需要修改，请看红字' })
    expect(saveErrorView(new ApiError(400, 'VALIDATION_FAILED', '没有要修改的内容', { _: '没有要修改的内容' }))).toEqual({ fields: {}, form: '没有要修改的内容' })
    const expired = '这条政策已过截止日期，请先修改截止日期再发布'
    expect(saveErrorView(new ApiError(409, 'POLICY_EXPIRED', expired))).toEqual({ fields: { expiresOn: expired }, form: expired })
    const scope = '区级工作人员只能管理本区的政策，全市政策请交给市局'
    expect(saveErrorView(new ApiError(403, 'FORBIDDEN', scope))).toEqual({ fields: {}, form: scope })
    expect(saveErrorView(new NetworkError('request:fail')).form).toBe('网络连接不上，请检查网络后重试')
  })
})

describe('drafts and the list', () => {
  it('reads back a stored draft and refuses what is not one', () => {
    const values = filled({ conditions: { mode: 'kept', condition: { not: { group: 'veteran' } } } })
    expect(parsePolicyDraft(JSON.parse(JSON.stringify({ values, base: null })))).toEqual({ values, base: null })
    expect(parsePolicyDraft({ values: { ...values, amountKind: 'lots' }, base: null })).toBeNull()
    expect(parsePolicyDraft('')).toBeNull()
  })

  it('offers the city first, then its districts and counties', () => {
    expect(REGION_CHOICES[0]).toBe('长治市')
    expect(REGION_CHOICES).toContain('潞州区')
    expect(REGION_CHOICES).toContain('沁源县')
    expect(REGION_CHOICES).not.toContain('小店区')
  })

  it('names the tabs and words a row', () => {
    expect(STATUS_TABS.map((t) => t.label)).toEqual(['草稿', '已发布', '已撤回'])
    expect(rowTags({ category: 'training_subsidy', region: '长治市' })).toBe('职业培训补贴 · 长治市')
    expect(expiryText({ expiresOn: '2024-06-30', expired: true })).toBe('截止 2024-06-30（已过期）')
    expect(expiryText({ expiresOn: null, expired: false })).toBe('长期有效')
  })
})
