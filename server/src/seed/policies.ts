/**
 * The demo city's policy library: employment and start-up support policies of 长治市 and its districts,
 * modelled on the kinds the city's plans name (一次性吸纳就业补贴, 求职创业补贴, 就业见习补贴, 创业担保贷款及贴息,
 * 一次性创业补贴, 灵活就业人员社会保险补贴, 职业技能培训补贴, 以工代赈, 公益性岗位, 脱贫劳动力交通补贴 …).
 *
 * DEMO DATA: titles, issuers, 文号, amounts and texts are plausible but invented for the demo. They are not
 * real documents of 长治市 and must not be quoted as such.
 *
 * Deterministic: fixed ids (seedUuid) and dates relative to the seed's `today`.
 */
import type {
  ApplicationField,
  ApplicationForm,
  ApplicationMaterial,
  ApplyMethod,
  EligibilityCondition,
  PolicyAmount,
  PolicyBlock,
  PolicyCategory,
  PolicyStatus,
} from '../../../src/shared/contracts/index'
import { addDays } from '../city-time'
import { seedUuid } from './random'

export interface SeedPolicy {
  id: string
  title: string
  issuer: string
  docNumber: string | null
  region: string
  category: PolicyCategory
  audience: string
  amount: PolicyAmount
  materials: string[]
  applyMethod: ApplyMethod
  effectiveFrom: string
  expiresOn: string | null
  fullText: PolicyBlock[]
  conditions: EligibilityCondition
  /** What an online application asks for; null for policies applied for offline. */
  applicationForm: ApplicationForm | null
  status: PolicyStatus
  publishedAt: string | null
  updatedAt: string
}

interface PolicyTemplate {
  key: string
  title: string
  issuer: string
  docNumber: string | null
  region: string
  category: PolicyCategory
  audience: string
  amount: PolicyAmount
  materials: string[]
  applyMethod: ApplyMethod
  /** Days before the seed's today it took effect (and was published). */
  since: number
  /** Days after today it expires (negative: expired that many days ago); null: no expiry date. */
  until: number | null
  /** What the policy is for, the opening paragraph. */
  purpose: string
  /** 补贴标准 as a table. */
  table: { header: string[]; rows: string[][] }
  /** Further rules, one list item each. */
  rules: string[]
  conditions: EligibilityCondition
  /** Required for online policies (the store refuses an online policy without one). */
  form?: ApplicationForm
  status?: PolicyStatus
}

const WEEKDAYS = '周一至周五 8:30–12:00，14:30–17:30（法定节假日除外）'
const online: ApplyMethod = { kind: 'online' }
const offline = (place: string, hours = WEEKDAYS): ApplyMethod => ({ kind: 'offline', place, hours })
const yuan = (n: number) => n * 100

const ID_CARD = '身份证'
const GRAD_CERT = '毕业证书（应届生可提供学校出具的就业推荐表）'
const BANK_CARD = '本人社会保障卡或银行卡（用于发放补贴）'

const text = (key: string, label: string, hint?: string, required = true): ApplicationField =>
  hint ? { key, label, kind: 'text', required, hint } : { key, label, kind: 'text', required }
const date = (key: string, label: string, hint?: string): ApplicationField =>
  hint ? { key, label, kind: 'date', required: true, hint } : { key, label, kind: 'date', required: true }
const number = (key: string, label: string, hint: string, required = true): ApplicationField => ({ key, label, kind: 'number', required, hint })
const choice = (key: string, label: string, options: string[]): ApplicationField => ({ key, label, kind: 'choice', required: true, options })
const photos = (key: string, label: string, maxFiles = 1, required = true): ApplicationMaterial => ({ key, label, required, maxFiles })

/** Where a subsidy to a person is paid: their own card. */
const PAY_TO_PERSON = [
  text('bank_name', '开户银行', '如：中国工商银行长治分行'),
  text('bank_account', '银行卡号', '请填写本人社会保障卡或一类银行卡卡号'),
]
const ID_PHOTOS = photos('id_card', '身份证正反面', 2)
const BANK_CARD_PHOTO = photos('bank_card', '社会保障卡或银行卡正面')

const TEMPLATES: PolicyTemplate[] = [
  {
    key: 'hiring-subsidy-city',
    title: '长治市一次性吸纳就业补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2025〕12号',
    region: '长治市',
    category: 'hiring_subsidy',
    audience: '招用毕业年度或离校 2 年内未就业高校毕业生、登记失业的 16–24 岁青年，签订 1 年以上劳动合同并缴纳社保的企业',
    amount: { kind: 'fixed', fen: yuan(1500) },
    materials: ['营业执照副本复印件', '劳动合同复印件', '社会保险缴费明细', '单位银行账户信息'],
    applyMethod: online,
    since: 120,
    until: 245,
    purpose: '为鼓励企业吸纳青年就业，稳定就业岗位，对招用符合条件青年的企业给予一次性吸纳就业补贴。',
    table: {
      header: ['招用对象', '补贴标准', '发放方式'],
      rows: [
        ['高校毕业生（毕业年度或离校 2 年内）', '每人 1500 元', '直接拨付至企业对公账户'],
        ['登记失业的 16–24 岁青年', '每人 1500 元', '直接拨付至企业对公账户'],
      ],
    },
    rules: ['同一人员只能享受一次吸纳就业补贴', '与一次性扩岗补助不得重复享受', '企业须在招用后 6 个月内提出申请'],
    form: {
      fields: [
        text('company_name', '单位名称'),
        text('credit_code', '统一社会信用代码', '营业执照上的 18 位代码'),
        number('hired_count', '本次申请人数', '符合条件的新招用人数，如 3'),
        date('contract_from', '劳动合同起始日期', '多人时填最早的一份'),
        text('bank_name', '单位开户银行'),
        text('bank_account', '单位对公账号'),
      ],
      materials: [photos('licence', '营业执照副本'), photos('contracts', '劳动合同', 9), photos('insurance', '社会保险缴费明细', 3)],
    },
    conditions: { any: [{ all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] }, { all: [{ group: 'registered_unemployed' }, { age: { min: 16, max: 24 } }] }] },
  },
  {
    key: 'job-seeking-graduates',
    title: '高校毕业生求职创业补贴',
    issuer: '长治市人力资源和社会保障局',
    docNumber: '长人社发〔2025〕21号',
    region: '长治市',
    category: 'job_seeking_subsidy',
    audience: '毕业年度内有就业创业意愿的低保家庭、脱贫家庭、残疾及获得国家助学贷款的高校毕业生',
    amount: { kind: 'fixed', fen: yuan(1000) },
    materials: [ID_CARD, '学生证或学籍证明', '困难身份证明（低保证、脱贫户证明、残疾证或助学贷款合同之一）', BANK_CARD],
    applyMethod: online,
    since: 60,
    until: 200,
    purpose: '帮助困难家庭高校毕业生顺利求职、创业，在毕业学年给予一次性求职创业补贴。',
    table: { header: ['对象', '补贴标准'], rows: [['低保、脱贫家庭毕业生', '1000 元/人'], ['残疾毕业生', '1000 元/人'], ['获国家助学贷款毕业生', '1000 元/人']] },
    rules: ['每人限享受一次', '由毕业学校统一组织申报，也可本人在线提交'],
    form: {
      fields: [
        text('school', '毕业院校'),
        text('major', '所学专业'),
        date('graduation_date', '毕业时间', '应届生填预计毕业日期'),
        choice('hardship', '困难类别', ['低保家庭', '脱贫家庭', '残疾', '获得国家助学贷款', '零就业家庭']),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('student_proof', '学生证或学籍证明', 2), photos('hardship_proof', '困难身份证明', 3), BANK_CARD_PHOTO],
    },
    conditions: {
      all: [
        { group: 'graduate' },
        { graduatedWithinYears: 0 },
        { any: [{ group: 'poverty_relief' }, { group: 'disabled' }, { group: 'zero_employment_family' }] },
      ],
    },
  },
  {
    key: 'internship-subsidy',
    title: '就业见习补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2025〕9号',
    region: '长治市',
    category: 'internship_subsidy',
    audience: '离校 2 年内未就业高校毕业生和 16–24 岁失业青年参加就业见习的，见习单位可申请补贴',
    amount: { kind: 'formula', text: '按当地最低工资标准的 70% 按月补贴见习单位，最长 12 个月；见习期满留用率达 50% 以上的，补贴标准提高到 100%' },
    materials: ['见习协议', '见习人员花名册及考勤记录', '见习人员生活补助发放凭证', '见习单位银行账户信息'],
    applyMethod: offline('长治市公共就业人才服务中心二楼见习窗口（潞州区英雄南路 186 号）'),
    since: 200,
    until: 165,
    purpose: '依托就业见习基地，帮助青年积累工作经验，提升就业能力。',
    table: {
      header: ['情形', '补贴比例', '期限'],
      rows: [['一般见习', '最低工资标准的 70%', '3–12 个月'], ['留用率 ≥ 50%', '最低工资标准的 100%', '3–12 个月']],
    },
    rules: ['见习单位须为市级以上就业见习基地', '见习人员在见习期间须购买人身意外伤害保险'],
    conditions: { all: [{ age: { min: 16, max: 24 } }, { any: [{ all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] }, { employment: ['unemployed'] }] }] },
  },
  {
    key: 'startup-loan',
    title: '创业担保贷款及贴息',
    issuer: '长治市财政局 长治市人力资源和社会保障局 中国人民银行长治市分行',
    docNumber: '长财金〔2024〕35号',
    region: '长治市',
    category: 'startup_loan',
    audience: '高校毕业生、登记失业人员、退役军人、脱贫人口、农村自主创业农民等自主创业的个人',
    amount: { kind: 'range', minFen: yuan(50_000), maxFen: yuan(300_000) },
    materials: [ID_CARD, '营业执照', '创业项目计划书', '经营场所租赁合同或产权证明', '身份类别证明（毕业证、失业登记证明、退役证等）'],
    applyMethod: offline('长治市创业贷款担保中心（潞州区英雄中路 59 号）'),
    since: 300,
    until: null,
    purpose: '对符合条件的个人创业提供最高 30 万元创业担保贷款，财政按规定贴息，帮助创业者解决资金难题。',
    table: {
      header: ['借款人', '额度上限', '期限', '贴息'],
      rows: [
        ['个人创业', '30 万元', '最长 3 年', 'LPR−150BP 以上部分财政贴息'],
        ['合伙创业', '每人 30 万元，合计不超过 110 万元', '最长 3 年', '同上'],
      ],
    },
    rules: ['贷款用于创业经营，不得用于购房、购车等消费', '按期还款的可续贷一次', '除助学贷款、住房贷款等外借款人无其他未结清贷款'],
    conditions: {
      all: [
        { age: { min: 18, max: 60 } },
        {
          any: [
            { group: 'graduate' },
            { group: 'registered_unemployed' },
            { group: 'veteran' },
            { group: 'poverty_relief' },
            { group: 'rural_migrant' },
          ],
        },
        { businessStartedWithinMonths: 36 },
      ],
    },
  },
  {
    key: 'startup-one-time',
    title: '一次性创业补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2025〕15号',
    region: '长治市',
    category: 'startup_subsidy',
    audience: '首次创办小微企业或从事个体经营、正常经营 6 个月以上的高校毕业生、就业困难人员、退役军人和返乡创业农民工',
    amount: { kind: 'fixed', fen: yuan(5000) },
    materials: [ID_CARD, '营业执照', '近 6 个月经营场所水电费或纳税凭证', BANK_CARD],
    applyMethod: online,
    since: 90,
    until: 275,
    purpose: '鼓励重点群体自主创业，对首次创业且稳定经营的给予一次性创业补贴。',
    table: { header: ['创业主体', '补贴标准'], rows: [['小微企业', '5000 元/户'], ['个体工商户', '5000 元/户']] },
    rules: ['同一创业主体只能享受一次', '申请时须仍在正常经营'],
    form: {
      fields: [
        text('business_name', '创业项目名称', '与营业执照上的名称一致'),
        choice('business_kind', '创业主体类型', ['小微企业', '个体工商户']),
        date('registered_on', '营业执照登记日期'),
        number('employees', '带动就业人数', '不含本人；没有可不填', false),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('licence', '营业执照'), photos('operating_proof', '近 6 个月水电费或纳税凭证', 6), BANK_CARD_PHOTO],
    },
    conditions: {
      all: [
        { any: [{ group: 'graduate' }, { group: 'hard_to_employ' }, { group: 'veteran' }, { group: 'rural_migrant' }] },
        { businessStartedWithinMonths: 24 },
        { not: { businessStartedWithinMonths: 5 } },
      ],
    },
  },
  {
    key: 'flexible-social-insurance',
    title: '灵活就业人员社会保险补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2024〕47号',
    region: '长治市',
    category: 'social_insurance_subsidy',
    audience: '以灵活方式就业并缴纳社会保险的就业困难人员和离校 2 年内未就业高校毕业生',
    amount: { kind: 'formula', text: '按实际缴纳基本养老、医疗保险费的 2/3 给予补贴；就业困难人员最长 3 年，高校毕业生最长 2 年' },
    materials: [ID_CARD, '灵活就业登记证明', '社会保险缴费凭证', BANK_CARD],
    applyMethod: online,
    since: 240,
    until: 125,
    purpose: '减轻灵活就业人员缴费负担，鼓励其参加社会保险。',
    table: {
      header: ['对象', '补贴比例', '最长期限'],
      rows: [['就业困难人员', '实际缴费额的 2/3', '3 年（距退休不足 5 年的可延长至退休）'], ['离校 2 年内高校毕业生', '实际缴费额的 2/3', '2 年']],
    },
    rules: ['按季度申报，先缴后补', '中断缴费的当月不予补贴'],
    form: {
      fields: [
        choice('person_kind', '人员类别', ['就业困难人员', '离校 2 年内高校毕业生']),
        text('work_kind', '灵活就业形式', '如：网约配送、家政服务、个体经营'),
        date('insured_from', '参保缴费开始日期'),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('registration', '灵活就业登记证明'), photos('payments', '社会保险缴费凭证', 6), BANK_CARD_PHOTO],
    },
    conditions: {
      all: [
        { employment: ['self_employed', 'employed'] },
        { any: [{ group: 'hard_to_employ' }, { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }] }] },
      ],
    },
  },
  {
    key: 'skills-training',
    title: '职业技能培训补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2025〕6号',
    region: '长治市',
    category: 'training_subsidy',
    audience: '参加补贴性职业技能培训并取得证书的城乡劳动者（含农村转移劳动力、失业人员、毕业年度高校毕业生）',
    amount: { kind: 'range', minFen: yuan(600), maxFen: yuan(3000) },
    materials: [ID_CARD, '职业技能等级证书或专项职业能力证书', '培训考勤记录', BANK_CARD],
    applyMethod: online,
    since: 150,
    until: 215,
    purpose: '围绕装备制造、建筑、家政、快递、直播电商等紧缺工种开展补贴性培训，提升劳动者技能。',
    table: {
      header: ['证书等级', '补贴标准'],
      rows: [['专项职业能力证书', '600–1000 元'], ['初级工（五级）', '1000 元'], ['中级工（四级）', '1500 元'], ['高级工（三级）', '2000–3000 元']],
    },
    rules: ['同一职业同一等级只能享受一次', '每人每年享受不超过 3 次', '在定点培训机构培训方可申领'],
    form: {
      fields: [
        text('course_name', '培训项目名称', '如：电工（初级）'),
        text('school', '培训机构'),
        date('finished_on', '结业日期'),
        text('certificate_no', '证书编号', '证书上的编号'),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('certificate', '职业技能等级证书或专项职业能力证书'), photos('attendance', '培训考勤记录', 3), BANK_CARD_PHOTO],
    },
    conditions: { all: [{ age: { min: 16, max: 60 } }, { enrolledInCourse: true }] },
  },
  {
    key: 'yigongdaizhen',
    title: '以工代赈项目务工劳务报酬',
    issuer: '长治市发展和改革委员会',
    docNumber: '长发改振兴发〔2025〕3号',
    region: '长治市',
    category: 'employment_subsidy',
    audience: '项目所在地及周边有劳动能力的农村劳动力，优先脱贫劳动力和监测对象',
    amount: { kind: 'formula', text: '按务工天数和工种计发劳务报酬，劳务报酬占中央资金比例不低于 30%，按月足额发放' },
    materials: [ID_CARD, BANK_CARD],
    applyMethod: offline('项目所在乡镇人民政府便民服务中心'),
    since: 45,
    until: 135,
    purpose: '在农村基础设施建设中推广以工代赈，就近就地吸纳农村劳动力务工，增加劳务收入。',
    table: { header: ['工种', '参考日报酬'], rows: [['普通工', '150–180 元/天'], ['技术工（瓦工、钢筋工等）', '220–280 元/天']] },
    rules: ['劳务报酬通过银行按月发放到个人', '项目公示务工人员名单和报酬发放情况'],
    conditions: { all: [{ age: { min: 18, max: 65 } }, { any: [{ group: 'poverty_relief' }, { group: 'rural_migrant' }] }] },
  },
  {
    key: 'public-welfare-posts',
    title: '公益性岗位安置及岗位补贴',
    issuer: '长治市人力资源和社会保障局 长治市财政局',
    docNumber: '长人社发〔2024〕52号',
    region: '长治市',
    category: 'employment_subsidy',
    audience: '通过市场渠道难以实现就业的就业困难人员、零就业家庭成员',
    amount: { kind: 'formula', text: '按不低于当地最低工资标准发放岗位补贴，并按单位缴费部分给予社会保险补贴' },
    materials: [ID_CARD, '就业困难人员认定证明或零就业家庭证明', '公益性岗位劳动合同或协议'],
    applyMethod: offline('户籍所在街道（乡镇）劳动保障服务站'),
    since: 180,
    until: 185,
    purpose: '开发保洁、保绿、治安巡逻、托管服务等公益性岗位，对困难人员兜底安置。',
    table: { header: ['项目', '标准'], rows: [['岗位补贴', '不低于最低工资标准'], ['社会保险补贴', '单位缴费部分全额补贴'], ['期限', '最长 3 年']] },
    rules: ['距法定退休年龄不足 5 年的可延长至退休', '安置人员每年复核一次'],
    conditions: { any: [{ group: 'hard_to_employ' }, { group: 'zero_employment_family' }] },
  },
  {
    key: 'poverty-transport',
    title: '脱贫劳动力跨省务工一次性交通补贴',
    issuer: '长治市乡村振兴局 长治市人力资源和社会保障局',
    docNumber: '长乡振发〔2025〕8号',
    region: '长治市',
    category: 'employment_subsidy',
    audience: '跨省外出务工 3 个月以上的脱贫劳动力（含监测对象）',
    amount: { kind: 'range', minFen: yuan(300), maxFen: yuan(1000) },
    materials: [ID_CARD, '务工单位出具的务工证明或劳动合同', '往返车票或行程记录', BANK_CARD],
    applyMethod: online,
    since: 75,
    until: 290,
    purpose: '鼓励脱贫劳动力外出务工增收，对跨省务工的给予一次性交通补贴。',
    table: { header: ['务工地', '补贴标准'], rows: [['周边省份', '300 元'], ['东部沿海省份', '600 元'], ['新疆、西藏等边远地区', '1000 元']] },
    rules: ['每人每年限享受一次', '务工时间以务工单位证明为准'],
    form: {
      fields: [
        text('employer_name', '务工单位名称'),
        text('work_place', '务工地点', '省、市，如：江苏省苏州市'),
        date('started_on', '到岗日期'),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('work_proof', '务工证明或劳动合同', 3), photos('tickets', '往返车票或行程记录', 4), BANK_CARD_PHOTO],
    },
    conditions: { all: [{ group: 'poverty_relief' }, { age: { min: 16, max: 60 } }, { householdRegion: ['长治市'] }] },
  },
  {
    key: 'veterans-startup',
    title: '退役军人自主就业创业扶持',
    issuer: '长治市退役军人事务局',
    docNumber: '长退役军人发〔2025〕11号',
    region: '长治市',
    category: 'startup_subsidy',
    audience: '自主就业退役士兵在本市创办企业或从事个体经营的',
    amount: { kind: 'fixed', fen: yuan(8000) },
    materials: [ID_CARD, '退役证或士兵退出现役登记表', '营业执照', BANK_CARD],
    applyMethod: offline('长治市退役军人服务中心（潞州区延安南路 12 号）'),
    since: 30,
    until: 335,
    purpose: '支持退役军人自主创业，给予一次性创业扶持资金并优先提供创业担保贷款。',
    table: { header: ['项目', '标准'], rows: [['一次性创业扶持资金', '8000 元'], ['创业担保贷款', '最高 30 万元，财政贴息'], ['税费减免', '3 年内每户每年最高 2.4 万元']] },
    rules: ['退役 5 年内首次创业的方可申请', '同一人只能享受一次扶持资金'],
    conditions: { all: [{ group: 'veteran' }, { businessStartedWithinMonths: 60 }] },
  },
  {
    key: 'veterans-training',
    title: '退役军人职业技能培训补助',
    issuer: '长治市退役军人事务局 长治市人力资源和社会保障局',
    docNumber: '长退役军人发〔2024〕19号',
    region: '长治市',
    category: 'training_subsidy',
    audience: '退役 1 年内参加职业技能培训的自主就业退役士兵',
    amount: { kind: 'formula', text: '培训费用据实补助，培训期间按每人每天 60 元发放生活补助' },
    materials: [ID_CARD, '退役证', '培训结业证书', BANK_CARD],
    applyMethod: online,
    since: 400,
    until: -20,
    purpose: '帮助退役军人掌握就业技能，顺利融入社会。',
    table: { header: ['项目', '标准'], rows: [['培训费', '据实补助'], ['生活补助', '60 元/天']] },
    rules: ['须在退役后 1 年内参加培训'],
    form: {
      fields: [text('course_name', '培训项目名称'), text('school', '培训机构'), date('finished_on', '结业日期'), ...PAY_TO_PERSON],
      materials: [ID_PHOTOS, photos('discharge', '退役证'), photos('certificate', '培训结业证书'), BANK_CARD_PHOTO],
    },
    conditions: { all: [{ group: 'veteran' }, { enrolledInCourse: true }] },
  },
  {
    key: 'disabled-employment',
    title: '残疾人就业创业补贴',
    issuer: '长治市残疾人联合会 长治市财政局',
    docNumber: '长残联发〔2025〕4号',
    region: '长治市',
    category: 'employment_subsidy',
    audience: '持第二代残疾人证、在本市就业或自主创业的残疾人',
    amount: { kind: 'range', minFen: yuan(2000), maxFen: yuan(10_000) },
    materials: ['第二代残疾人证', ID_CARD, '劳动合同或营业执照', BANK_CARD],
    applyMethod: offline('户籍所在县（区）残疾人联合会'),
    since: 100,
    until: 265,
    purpose: '扶持残疾人就业创业，对自主创业和灵活就业的残疾人给予补贴。',
    table: { header: ['情形', '补贴标准'], rows: [['灵活就业', '2000 元/年'], ['自主创业', '5000–10000 元'], ['网络创业', '5000 元']] },
    rules: ['同一情形每人只能享受一次'],
    conditions: { all: [{ group: 'disabled' }, { age: { min: 16, max: 60 } }] },
  },
  {
    key: 'zero-family-assist',
    title: '零就业家庭就业援助',
    issuer: '长治市人力资源和社会保障局',
    docNumber: '长人社发〔2025〕27号',
    region: '长治市',
    category: 'other',
    audience: '城镇零就业家庭中有劳动能力和就业意愿的成员',
    amount: { kind: 'formula', text: '提供一对一援助，72 小时内推荐岗位，确有困难的公益性岗位兜底安置并享受岗位补贴' },
    materials: [ID_CARD, '户口簿', '零就业家庭认定表'],
    applyMethod: offline('户籍所在社区（村）服务站'),
    since: 20,
    until: null,
    purpose: '确保零就业家庭至少一人就业，动态清零。',
    table: { header: ['援助措施', '时限'], rows: [['认定登记', '申请后 5 个工作日内'], ['推荐岗位', '认定后 72 小时内'], ['兜底安置', '推荐 3 次仍未就业的']] },
    rules: ['家庭成员实现就业后按月跟踪回访 6 个月'],
    conditions: { group: 'zero_employment_family' },
  },
  {
    key: 'rural-migrant-return',
    title: '返乡入乡创业场地租赁补贴',
    issuer: '长治市人力资源和社会保障局 长治市农业农村局',
    docNumber: '长人社发〔2025〕18号',
    region: '长治市',
    category: 'startup_subsidy',
    audience: '返乡入乡创业的农民工、高校毕业生，在非创业孵化基地租用经营场地的',
    amount: { kind: 'formula', text: '按实际租金的 50% 补贴，每户每年最高 6000 元，最长 3 年' },
    materials: [ID_CARD, '营业执照', '场地租赁合同', '租金支付凭证'],
    applyMethod: online,
    since: 10,
    until: 355,
    purpose: '降低返乡入乡创业成本，吸引人才回流农村。',
    table: { header: ['年份', '补贴上限'], rows: [['第一年', '6000 元'], ['第二年', '6000 元'], ['第三年', '6000 元']] },
    rules: ['在创业孵化基地内免费入驻的不重复享受'],
    form: {
      fields: [
        text('business_name', '创业项目名称'),
        text('site_address', '经营场所地址'),
        number('monthly_rent', '月租金（元）', '租赁合同上的每月租金，如 1500'),
        date('lease_from', '租赁起始日期'),
        ...PAY_TO_PERSON,
      ],
      materials: [ID_PHOTOS, photos('licence', '营业执照'), photos('lease', '场地租赁合同', 4), photos('rent_receipts', '租金支付凭证', 6)],
    },
    conditions: { all: [{ any: [{ group: 'rural_migrant' }, { group: 'graduate' }] }, { businessStartedWithinMonths: 36 }, { householdRegion: ['长治市'] }] },
  },
  {
    key: 'luzhou-graduate-rent',
    title: '潞州区高校毕业生租房补贴',
    issuer: '长治市潞州区人力资源和社会保障局',
    docNumber: '潞人社发〔2025〕5号',
    region: '潞州区',
    category: 'employment_subsidy',
    audience: '全日制本科及以上、毕业 3 年内在潞州区企业就业并缴纳社保的高校毕业生',
    amount: { kind: 'range', minFen: yuan(500), maxFen: yuan(1000) },
    materials: [ID_CARD, GRAD_CERT, '劳动合同', '潞州区社保缴费证明', '住房租赁合同'],
    applyMethod: offline('潞州区人才服务中心（英雄南路 186 号三楼）'),
    since: 50,
    until: 315,
    purpose: '吸引高校毕业生留潞就业，缓解住房压力。',
    table: { header: ['学历', '补贴标准', '期限'], rows: [['本科', '500 元/月', '最长 2 年'], ['硕士研究生', '800 元/月', '最长 3 年'], ['博士研究生', '1000 元/月', '最长 3 年']] },
    rules: ['在潞州区已有自有住房的不予补贴', '补贴按季度发放'],
    conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 3 }, { employment: ['employed'] }, { residenceRegion: ['潞州区'] }] },
  },
  {
    key: 'shangdang-hiring',
    title: '上党区企业吸纳脱贫劳动力就业奖补',
    issuer: '长治市上党区人力资源和社会保障局',
    docNumber: '上人社发〔2025〕7号',
    region: '上党区',
    category: 'hiring_subsidy',
    audience: '上党区内企业吸纳本区脱贫劳动力稳定就业 6 个月以上的',
    amount: { kind: 'fixed', fen: yuan(2000) },
    materials: ['营业执照', '劳动合同', '工资发放记录', '脱贫劳动力花名册'],
    applyMethod: offline('上党区人社局就业股（上党区府前街 1 号）'),
    since: 80,
    until: 100,
    purpose: '鼓励企业优先吸纳脱贫劳动力，巩固脱贫成果。',
    table: { header: ['稳定就业时长', '奖补标准'], rows: [['6 个月以上', '2000 元/人'], ['12 个月以上', '再奖 1000 元/人']] },
    rules: ['同一人员在同一企业只能奖补一次'],
    conditions: { all: [{ group: 'poverty_relief' }, { householdRegion: ['上党区'] }, { employment: ['employed'] }] },
  },
  {
    key: 'tunliu-ecommerce-training',
    title: '屯留区电商直播技能培训补贴',
    issuer: '长治市屯留区人力资源和社会保障局',
    docNumber: '屯人社发〔2025〕10号',
    region: '屯留区',
    category: 'training_subsidy',
    audience: '屯留区户籍、16–50 周岁、有意从事电商直播的城乡劳动者',
    amount: { kind: 'fixed', fen: yuan(1200) },
    materials: [ID_CARD, '户口簿', '培训结业证书'],
    applyMethod: online,
    since: 40,
    until: 60,
    purpose: '培育农村电商人才，带动特色农产品销售。',
    table: { header: ['培训内容', '课时', '补贴'], rows: [['直播带货基础', '40 课时', '600 元'], ['短视频制作与运营', '40 课时', '600 元']] },
    rules: ['考核合格后发放', '每人限参加一期'],
    form: {
      fields: [text('course_name', '培训班名称', '如：2026 年第二期电商直播培训班'), date('finished_on', '结业日期'), ...PAY_TO_PERSON],
      materials: [ID_PHOTOS, photos('hukou', '户口簿本人页', 2), photos('certificate', '培训结业证书')],
    },
    conditions: { all: [{ age: { min: 16, max: 50 } }, { householdRegion: ['屯留区'] }, { enrolledInCourse: true }] },
  },
  {
    key: 'lucheng-public-posts',
    title: '潞城区乡村公益性岗位开发',
    issuer: '长治市潞城区人力资源和社会保障局',
    docNumber: '潞城人社发〔2025〕2号',
    region: '潞城区',
    category: 'employment_subsidy',
    audience: '潞城区脱贫劳动力、监测对象中弱劳力、半劳力',
    amount: { kind: 'fixed', fen: yuan(500) },
    materials: [ID_CARD, '户口簿'],
    applyMethod: offline('所在村委会'),
    since: 365,
    until: -45,
    purpose: '开发村级保洁、护林、水管等乡村公益性岗位，就近安置弱劳力。',
    table: { header: ['岗位', '月补贴'], rows: [['村级保洁员', '500 元'], ['护林员', '500 元'], ['水管员', '500 元']] },
    rules: ['岗位补贴按月发放', '每户原则上安置 1 人'],
    conditions: { all: [{ group: 'poverty_relief' }, { householdRegion: ['潞城区'] }] },
  },
  {
    key: 'xiangyuan-coal-transfer',
    title: '襄垣县煤矿转岗职工再就业补贴',
    issuer: '襄垣县人力资源和社会保障局',
    docNumber: '襄人社发〔2024〕31号',
    region: '襄垣县',
    category: 'employment_subsidy',
    audience: '襄垣县去产能煤矿分流、登记失业后重新就业的职工',
    amount: { kind: 'fixed', fen: yuan(3000) },
    materials: [ID_CARD, '原单位解除劳动合同证明', '新单位劳动合同'],
    applyMethod: offline('襄垣县就业服务中心（古韩镇大华路 20 号）'),
    since: 500,
    until: -90,
    purpose: '帮助煤炭行业分流职工转岗再就业。',
    table: { header: ['情形', '补贴'], rows: [['重新就业满 6 个月', '3000 元']] },
    rules: ['每人限一次'],
    conditions: { all: [{ group: 'registered_unemployed' }, { householdRegion: ['襄垣县'] }, { employment: ['employed'] }] },
  },
  {
    key: 'changzi-startup-incubator',
    title: '长子县创业孵化基地入驻补贴',
    issuer: '长子县人力资源和社会保障局',
    docNumber: '长子人社发〔2025〕14号',
    region: '长子县',
    category: 'startup_subsidy',
    audience: '入驻长子县创业孵化基地、创业 1 年内的高校毕业生和返乡创业人员',
    amount: { kind: 'formula', text: '入驻首年免收场地租金和物业费，次年减半；另给予一次性开办补贴 3000 元' },
    materials: [ID_CARD, '营业执照', '入驻协议'],
    applyMethod: offline('长子县创业孵化基地服务台（丹朱镇文化街 6 号）'),
    since: 25,
    until: 340,
    purpose: '降低创业初期成本，提高创业成功率。',
    table: { header: ['项目', '第一年', '第二年'], rows: [['场地租金', '全免', '减半'], ['物业费', '全免', '减半'], ['开办补贴', '3000 元', '—']] },
    rules: ['孵化期最长 2 年'],
    conditions: { all: [{ any: [{ group: 'graduate' }, { group: 'rural_migrant' }] }, { businessStartedWithinMonths: 12 }] },
  },
  {
    key: 'wuxiang-housekeeping',
    title: '武乡县家政服务员培训补贴',
    issuer: '武乡县人力资源和社会保障局',
    docNumber: '武人社发〔2025〕3号',
    region: '武乡县',
    category: 'training_subsidy',
    audience: '武乡县户籍、18–55 周岁、有意从事家政服务的城乡劳动者，特别是农村妇女',
    amount: { kind: 'fixed', fen: yuan(1500) },
    materials: [ID_CARD, '培训合格证书'],
    applyMethod: online,
    since: 15,
    until: 75,
    purpose: '打造“武乡家政”劳务品牌，促进农村劳动力转移就业。',
    table: { header: ['培训项目', '补贴'], rows: [['育婴员', '1500 元'], ['养老护理员', '1500 元'], ['家政服务员', '1500 元']] },
    rules: ['培训后推荐就业，优先对接北京、太原家政企业'],
    form: {
      fields: [text('school', '培训机构'), date('finished_on', '结业日期'), ...PAY_TO_PERSON],
      materials: [ID_PHOTOS, photos('certificate', '培训合格证书')],
    },
    conditions: { all: [{ age: { min: 18, max: 55 } }, { householdRegion: ['武乡县'] }, { enrolledInCourse: true }] },
  },
  {
    key: 'unemployment-registration-services',
    title: '登记失业人员免费就业服务',
    issuer: '长治市公共就业人才服务中心',
    docNumber: null,
    region: '长治市',
    category: 'other',
    audience: '在长治市常住、办理了失业登记的劳动年龄人员',
    amount: { kind: 'formula', text: '免费提供职业指导、职业介绍、创业指导服务；符合条件的可同时申领失业保险金' },
    materials: [ID_CARD],
    applyMethod: online,
    since: 365,
    until: null,
    purpose: '为失业人员提供“一站式”免费公共就业服务。',
    table: { header: ['服务', '方式'], rows: [['职业指导', '驿站现场或电话'], ['岗位推荐', '线上推送与现场招聘会'], ['创业指导', '创业导师一对一']] },
    rules: ['失业登记可在线办理，也可到任一零工驿站办理'],
    form: {
      fields: [
        date('left_job_on', '失业日期', '最后一份工作结束的日期'),
        choice('wanted', '需要的服务', ['职业指导', '职业介绍', '创业指导', '技能培训']),
        text('wanted_job', '希望从事的工作', '如：仓库管理、电工', false),
      ],
      materials: [ID_PHOTOS],
    },
    conditions: { all: [{ group: 'registered_unemployed' }, { residenceRegion: ['长治市'] }] },
  },
  {
    key: 'pingshun-draft',
    title: '平顺县特色种养殖创业补贴（征求意见稿）',
    issuer: '平顺县人力资源和社会保障局',
    docNumber: null,
    region: '平顺县',
    category: 'startup_subsidy',
    audience: '在平顺县从事中药材种植、特色养殖并带动就业的创业者',
    amount: { kind: 'range', minFen: yuan(3000), maxFen: yuan(20_000) },
    materials: [ID_CARD, '营业执照或合作社登记证明', '带动就业人员名单'],
    applyMethod: offline('平顺县人社局（青羊镇府前街 2 号）'),
    since: 3,
    until: 360,
    purpose: '支持特色产业创业，带动农村劳动力就近就业。',
    table: { header: ['带动就业人数', '补贴'], rows: [['3–9 人', '3000 元'], ['10–29 人', '10000 元'], ['30 人以上', '20000 元']] },
    rules: ['按带动就业人数分档补贴'],
    conditions: { all: [{ householdRegion: ['平顺县'] }, { businessStartedWithinMonths: 24 }] },
    status: 'draft',
  },
]

/** `date` at 9:00 in the city: when a seeded policy was published or last changed. */
const morningOf = (date: string) => `${date}T09:00:00+08:00`

function fullTextOf(t: PolicyTemplate): PolicyBlock[] {
  return [
    { type: 'heading', level: 1, text: t.title },
    { type: 'paragraph', text: t.docNumber ? `${t.issuer}（${t.docNumber}）` : t.issuer },
    { type: 'paragraph', text: t.purpose },
    { type: 'heading', level: 2, text: '一、补贴对象' },
    { type: 'paragraph', text: t.audience },
    { type: 'heading', level: 2, text: '二、补贴标准' },
    { type: 'table', header: t.table.header, rows: t.table.rows },
    { type: 'heading', level: 2, text: '三、申请材料' },
    { type: 'list', ordered: true, items: t.materials },
    { type: 'heading', level: 2, text: '四、办理方式' },
    {
      type: 'paragraph',
      text: t.applyMethod.kind === 'online'
        ? '在“驿站”小程序或网页的政策页在线申请，上传材料照片，审核进度可随时查看。'
        : `请携带上述材料到${t.applyMethod.place}办理，办理时间：${t.applyMethod.hours}。`,
    },
    { type: 'heading', level: 2, text: '五、其他规定' },
    { type: 'list', ordered: false, items: t.rules },
  ]
}

function formOf(t: PolicyTemplate): ApplicationForm | null {
  if (t.applyMethod.kind === 'offline') return null
  if (!t.form) throw new Error(`seed policy ${t.key} is applied for online but has no application form`)
  return t.form
}

/** The seeded policies as of `today` (YYYY-MM-DD, the city's date). */
export function buildPolicies(today: string): SeedPolicy[] {
  return TEMPLATES.map((t) => {
    const effectiveFrom = addDays(today, -t.since)
    const status = t.status ?? 'published'
    return {
      id: seedUuid(`policy:${t.key}`),
      title: t.title,
      issuer: t.issuer,
      docNumber: t.docNumber,
      region: t.region,
      category: t.category,
      audience: t.audience,
      amount: t.amount,
      materials: t.materials,
      applyMethod: t.applyMethod,
      effectiveFrom,
      expiresOn: t.until === null ? null : addDays(today, t.until),
      fullText: fullTextOf(t),
      conditions: t.conditions,
      applicationForm: formOf(t),
      status,
      publishedAt: status === 'published' ? morningOf(effectiveFrom) : null,
      updatedAt: morningOf(effectiveFrom),
    }
  })
}
