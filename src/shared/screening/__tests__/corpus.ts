/**
 * Real-looking 零工 posts from 长治 for the screening tests: posts that must be flagged (with the codes
 * expected) and honest posts that must pass, including negations and look-alikes.
 */
import type { ScreenedPost, ScreeningContext, ScreeningVerdict } from '../index'

export interface CorpusCase {
  name: string
  post: ScreenedPost
  context: ScreeningContext
  verdict: ScreeningVerdict
  /** Exactly the codes expected, in any order. */
  codes: string[]
}

export const CITY_CONTEXT: ScreeningContext = { minHourlyWageFen: 2130, usualHourlyPayFen: 2500, employerOpenReports: 0 }

interface Texts {
  title: string
  duties: string
  requirements?: string
  conditions?: string
  meetingPoint?: string
}

function job(category: string, texts: Texts, extra: Partial<ScreenedPost> = {}): ScreenedPost {
  return {
    category,
    requirements: '身体健康，能吃苦',
    conditions: '当天结算工资',
    meetingPoint: null,
    pay: { amountFen: 20000, unit: 'day' },
    workStartTime: '08:00',
    workEndTime: '17:00',
    workDateStart: '2026-12-10',
    workDateEnd: '2026-12-12',
    employmentType: 'gig',
    settlement: 'daily',
    ...texts,
    ...extra,
  }
}

const cases: CorpusCase[] = []

function flagged(
  codes: string[],
  category: string,
  texts: Texts,
  extra: Partial<ScreenedPost> = {},
  context: Partial<ScreeningContext> = {},
) {
  const post = job(category, texts, extra)
  const rejects = codes.some((code) => REVIEW_CODES.indexOf(code) < 0)
  cases.push({
    name: `${codes.join('+')}: ${texts.title}`,
    post,
    context: { ...CITY_CONTEXT, ...context },
    verdict: rejects ? 'reject' : 'review',
    codes,
  })
}

function honest(category: string, texts: Texts, extra: Partial<ScreenedPost> = {}, context: Partial<ScreeningContext> = {}) {
  cases.push({
    name: `pass: ${texts.title}`,
    post: job(category, texts, extra),
    context: { ...CITY_CONTEXT, ...context },
    verdict: 'pass',
    codes: [],
  })
}

const REVIEW_CODES = [
  'AGE_LIMIT',
  'PRIVATE_CONTACT',
  'VAGUE_DUTIES',
  'PAY_LURE',
  'PART_TIME_HOURS',
  'EMPLOYER_REPORTED',
  'MINIMUM_WAGE_NOT_SET',
]

// ── Fees and deposits asked of the worker ─────────────────────────────────────────────────────
flagged(['FEE_CHARGED'], 'catering', {
  title: '潞州区火锅店招传菜员',
  duties: '传菜、收拾餐桌、摆放餐具',
  conditions: '管午饭晚饭，入职交押金200元，干满一个月退',
})
flagged(['FEE_CHARGED'], 'factory', {
  title: '长治经济开发区电子厂普工',
  duties: '流水线组装手机配件，看管机器',
  conditions: '服装费80元从第一个月工资扣',
})
flagged(['FEE_CHARGED'], 'security', {
  title: '小区夜班保安',
  duties: '夜间巡逻、门岗登记外来车辆',
  conditions: '上岗前交保证金500元',
})
flagged(['FEE_CHARGED'], 'cleaning', {
  title: '英雄中路写字楼保洁',
  duties: '打扫办公楼走廊、卫生间和电梯',
  conditions: '体检费自理，健康证自己办',
})
flagged(['FEE_CHARGED'], 'sorting', {
  title: '快递分拣临时工',
  duties: '按地址分拣包裹，装车',
  conditions: '介绍费100元，干满7天退一半',
})
flagged(['FEE_CHARGED'], 'promotion', {
  title: '超市促销员',
  duties: '在超市门口推介牛奶、发传单',
  requirements: '口齿伶俐，会说普通话',
  conditions: '报名费五十元，现场交',
})
flagged(['FEE_CHARGED'], 'construction', {
  title: '上党区工地小工',
  duties: '搬砖、和水泥、清理建筑垃圾',
  conditions: '押 金 叁佰元，完工退',
})
flagged(['FEE_CHARGED'], 'delivery', {
  title: '外卖配送员日结',
  duties: '把外卖送到附近小区和写字楼',
  requirements: '会骑电动车',
  conditions: '入职先交300元风险金',
})
flagged(['FEE_CHARGED'], 'eldercare', {
  title: '养老院护理员',
  duties: '协助老人吃饭、翻身、擦洗身体',
  requirements: '有耐心',
  conditions: '需交培训费800元，培训完上岗',
})
flagged(['FEE_CHARGED'], 'housekeeping', {
  title: '家政钟点工',
  duties: '做饭、洗衣服、打扫三室一厅',
  conditions: '管理费每月100元',
})
flagged(['FEE_CHARGED'], 'farming', {
  title: '壶关县果园摘苹果',
  duties: '果园采摘苹果、分拣装箱',
  requirements: '能爬梯子',
  conditions: '中介费30元一位，车接车送',
})
flagged(['FEE_CHARGED'], 'factory', {
  title: '食品厂包装工',
  duties: '月饼装盒、封箱、贴标签',
  conditions: '押－金１５０元，干满退还',
})
flagged(['FEE_CHARGED'], 'catering', {
  title: '酒店洗碗工',
  duties: '洗碗、清洗厨具、倒垃圾',
  conditions: '入職需繳納體檢費',
})
flagged(['FEE_CHARGED'], 'factory', {
  title: '纸箱厂装订工',
  duties: '纸箱钉箱、打包、码垛',
  conditions: '押半个月工资，干满三个月一起发',
})
flagged(['FEE_CHARGED'], 'factory', {
  title: '塑料厂注塑普工',
  duties: '看注塑机、修剪毛边、装箱',
  conditions: '押一个月工资，包住',
})
flagged(['FEE_CHARGED'], 'cleaning', {
  title: '商场保洁员',
  duties: '负责商场二楼地面和扶梯清洁',
  conditions: '入职需交一定费用，做满退',
})
flagged(['FEE_CHARGED'], 'sorting', {
  title: '仓库理货员',
  duties: '上架、盘点、出库拣货',
  conditions: '入职后收取资料费和建档费',
})
flagged(['FEE_CHARGED'], 'security', {
  title: '商场保安',
  duties: '商场巡逻、维持秩序、监控室值班',
  conditions: '工装押金二百元',
})
flagged(['FEE_CHARGED'], 'promotion', {
  title: '地推兼职',
  duties: '在紫金街商圈发传单、引导扫码',
  conditions: '培训收费，学会再上岗',
})
// ── Papers withheld ───────────────────────────────────────────────────────────────────────────
flagged(['ID_WITHHELD'], 'construction', {
  title: '屯留区工地钢筋工',
  duties: '绑扎钢筋、搬运材料',
  conditions: '入职需押身份证原件',
})
flagged(['ID_WITHHELD'], 'factory', {
  title: '服装厂熨烫工',
  duties: '成衣熨烫、折叠、装袋',
  conditions: '身份证原件抵押在公司，离职归还',
})
// ── Forced purchase or rental ─────────────────────────────────────────────────────────────────
flagged(['FORCED_PURCHASE'], 'delivery', {
  title: '同城跑腿配送员',
  duties: '取送文件和小件包裹',
  conditions: '需自行购买公司电动车，或每月300元租车',
})
flagged(['FORCED_PURCHASE'], 'factory', {
  title: '机械厂装配工',
  duties: '装配小型水泵零件',
  conditions: '工服需自费购买，120元一套',
})
flagged(['FORCED_PURCHASE'], 'promotion', {
  title: '保健品推广员',
  duties: '社区摆摊讲解产品',
  conditions: '入职须先购买公司产品一套',
})
flagged(['FORCED_PURCHASE'], 'cleaning', {
  title: '开荒保洁',
  duties: '新房开荒，擦玻璃，清理水泥点',
  conditions: '需自购清洁工具',
})
flagged(['FORCED_PURCHASE'], 'electrician', {
  title: '家装水电工',
  duties: '新房布线、开槽、安装开关插座',
  requirements: '有电工证',
  conditions: '需从公司购买全套电工工具',
})
flagged(['FORCED_PURCHASE'], 'loading', {
  title: '物流园叉车装卸',
  duties: '用叉车给货车装卸货物',
  conditions: '设备租金每天20元从工资扣',
})
// ── Training loans, 招转培, 包分配 ────────────────────────────────────────────────────────────
flagged(['TRAINING_LOAN'], 'childcare', {
  title: '育婴师招聘',
  duties: '照看0到3岁婴儿，喂奶换尿布',
  conditions: '招转培，学完包分配',
})
flagged(['FEE_CHARGED', 'TRAINING_LOAN'], 'eldercare', {
  title: '高薪护工',
  duties: '医院陪护病人，协助吃饭翻身',
  conditions: '先培训后上岗，培训费三千元可申请培训贷',
})
flagged(['TRAINING_LOAN'], 'electrician', {
  title: '电工学徒',
  duties: '跟师傅学接线、装灯具',
  conditions: '学成后推荐就业，月入过万',
})
flagged(['TRAINING_LOAN'], 'housekeeping', {
  title: '金牌月嫂',
  duties: '照顾产妇和新生儿的饮食起居',
  conditions: '签订贷款协议后安排上户',
})
// ── 刷单, 返利, 垫付 ─────────────────────────────────────────────────────────────────────────
flagged(['TASK_FRAUD'], 'promotion', {
  title: '手机兼职日结',
  duties: '在家用手机给商品点赞关注，一单一结',
})
flagged(['TASK_FRAUD'], 'promotion', {
  title: '网店客服兼职',
  duties: '淘宝刷单，提升店铺销量',
  conditions: '佣金秒结',
})
flagged(['TASK_FRAUD'], 'promotion', {
  title: '网购体验员',
  duties: '按要求下单购买商品并写评价',
  conditions: '需先垫付货款，返利10%',
})
flagged(['TASK_FRAUD'], 'promotion', {
  title: '做任务日赚300',
  duties: '按派单要求完成店铺浏览和收藏任务',
})
flagged(['TASK_FRAUD'], 'promotion', {
  title: '抖音点赞员',
  duties: '按清单给视频评论、转发并截图',
})
flagged(['TASK_FRAUD'], 'promotion', {
  title: '电商助理',
  duties: '给网店拍单补單，提升排名',
  conditions: '刷 单 佣金当天结',
})
// ── Gender ───────────────────────────────────────────────────────────────────────────────────
flagged(['GENDER_RESTRICTION'], 'catering', {
  title: '面馆招女服务员',
  duties: '点菜、上菜、收拾桌子',
})
flagged(['GENDER_RESTRICTION'], 'cleaning', {
  title: '医院保洁',
  duties: '病房和走廊拖地、收垃圾',
  requirements: '限女性，手脚麻利',
})
flagged(['GENDER_RESTRICTION'], 'loading', {
  title: '家具城卸货',
  duties: '卸沙发、床垫，搬上二楼展厅',
  requirements: '只要男的，力气大',
})
flagged(['GENDER_RESTRICTION'], 'factory', {
  title: '铸造厂打磨工',
  duties: '打磨铸件毛刺、搬运工件',
  requirements: '男工优先',
})
flagged(['GENDER_RESTRICTION'], 'promotion', {
  title: '车展礼仪',
  duties: '站台迎宾，发放宣传册',
  requirements: '美女优先，形象好',
})
flagged(['GENDER_RESTRICTION'], 'security', {
  title: '工地门卫',
  duties: '登记进出车辆和人员，夜间巡查',
  requirements: '性别：男，身体健康',
})
flagged(['GENDER_RESTRICTION', 'AGE_LIMIT'], 'housekeeping', {
  title: '住家保姆',
  duties: '照顾一位老人起居，做三餐',
  requirements: '要求：女，45岁以下',
})
flagged(['GENDER_RESTRICTION'], 'sorting', {
  title: '电商仓库打包',
  duties: '核对订单、打包贴单',
  requirements: '女士优先，细心',
})
flagged(['GENDER_RESTRICTION'], 'delivery', {
  title: '桶装水配送',
  duties: '给小区住户送桶装水上楼',
  requirements: '仅限男性',
})
flagged(['GENDER_RESTRICTION'], 'childcare', {
  title: '托管班生活老师',
  duties: '接孩子放学、看写作业、做晚饭',
  requirements: '只招宝妈',
})
flagged(['GENDER_RESTRICTION'], 'construction', {
  title: '外墙保温施工',
  duties: '外墙挂网、抹灰',
  requirements: '限 男，能登高',
})
flagged(['GENDER_RESTRICTION'], 'catering', {
  title: '烧烤店夜班服务员',
  duties: '端菜、烤串备料、收台',
  requirements: '帅哥优先',
})
// ── Ethnicity and religion ───────────────────────────────────────────────────────────────────
flagged(['ETHNICITY_RESTRICTION'], 'factory', {
  title: '纺织厂挡车工',
  duties: '看管纺纱机、接线头',
  requirements: '限汉族',
})
flagged(['ETHNICITY_RESTRICTION'], 'construction', {
  title: '隧道工地普工',
  duties: '清渣、搬运材料、配合机械',
  requirements: '少数民族勿扰',
})
flagged(['ETHNICITY_RESTRICTION'], 'loading', {
  title: '煤场装车工',
  duties: '配合铲车装车、清扫煤场',
  requirements: '不招维族',
})
flagged(['RELIGION_RESTRICTION'], 'eldercare', {
  title: '护理院护工',
  duties: '给老人喂饭、翻身、换洗衣物',
  requirements: '不信教的优先',
})
flagged(['RELIGION_RESTRICTION'], 'catering', {
  title: '饭店后厨帮工',
  duties: '洗菜、切配、洗碗',
  requirements: '信教者勿扰',
})
// ── Household registration and region ────────────────────────────────────────────────────────
flagged(['REGION_RESTRICTION'], 'security', {
  title: '物业保安',
  duties: '小区门岗、巡逻、协助收快递',
  requirements: '本地人优先，外地人勿扰',
})
flagged(['REGION_RESTRICTION'], 'housekeeping', {
  title: '家庭保洁',
  duties: '每周两次打扫两室一厅',
  requirements: '仅限长治籍',
})
flagged(['REGION_RESTRICTION'], 'cleaning', {
  title: '学校保洁',
  duties: '打扫教学楼卫生间和楼道',
  requirements: '限本地户口',
})
flagged(['REGION_RESTRICTION'], 'construction', {
  title: '装修小工',
  duties: '搬运建材、清理垃圾、打下手',
  requirements: '河南人勿扰',
})
flagged(['REGION_RESTRICTION'], 'factory', {
  title: '食品厂分拣',
  duties: '挑拣核桃、称重装袋',
  requirements: '只要城镇户口',
})
flagged(['REGION_RESTRICTION'], 'eldercare', {
  title: '社区助老员',
  duties: '上门陪老人聊天、代买药品',
  requirements: '长治籍人员优先',
})
flagged(['REGION_RESTRICTION'], 'farming', {
  title: '大棚摘西红柿',
  duties: '采摘、分级、装筐',
  requirements: '外地的不要',
})
// ── Marriage and childbearing ────────────────────────────────────────────────────────────────
flagged(['MARRIAGE_CHILDBEARING', 'GENDER_RESTRICTION'], 'promotion', {
  title: '商场导购',
  duties: '服装店导购、整理货品、收银',
  requirements: '未婚女性，形象好',
})
flagged(['MARRIAGE_CHILDBEARING'], 'childcare', {
  title: '早教中心助教',
  duties: '协助老师带小朋友做游戏',
  requirements: '已婚已育优先',
})
flagged(['MARRIAGE_CHILDBEARING'], 'catering', {
  title: '奶茶店店员',
  duties: '做奶茶、收银、打扫店面',
  requirements: '三年内不生育',
})
flagged(['MARRIAGE_CHILDBEARING'], 'sorting', {
  title: '快递驿站店员',
  duties: '收件、上架、出库扫码',
  requirements: '无生育计划',
})
flagged(['MARRIAGE_CHILDBEARING'], 'factory', {
  title: '电子厂质检',
  duties: '目检电路板、记录不良品',
  requirements: '孕妇勿扰',
})
flagged(['MARRIAGE_CHILDBEARING'], 'security', {
  title: '银行大堂保安',
  duties: '大堂引导、维持秩序',
  requirements: '单身优先',
})
flagged(['MARRIAGE_CHILDBEARING'], 'cleaning', {
  title: '酒店客房服务员',
  duties: '打扫客房、换床单、补充用品',
  requirements: '两年内不要孩子',
})
// ── Age (review) ─────────────────────────────────────────────────────────────────────────────
flagged(['AGE_LIMIT'], 'loading', {
  title: '搬家公司搬运工',
  duties: '打包家具、搬运上下楼',
  requirements: '限45岁以下',
})
flagged(['AGE_LIMIT'], 'sorting', {
  title: '分拣中心夜班',
  duties: '大件包裹分拣、扫描、装笼',
  requirements: '年龄18-40岁',
})
flagged(['AGE_LIMIT'], 'promotion', {
  title: '手机店促销',
  duties: '店门口介绍新款手机、引导进店',
  requirements: '年轻人优先',
})
flagged(['AGE_LIMIT'], 'construction', {
  title: '脚手架搭设',
  duties: '搭设和拆除脚手架',
  requirements: '有登高证，大龄勿扰',
})
flagged(['AGE_LIMIT'], 'cleaning', {
  title: '小区楼道保洁',
  duties: '每天打扫3栋楼的楼道和电梯',
  requirements: '四十岁以内',
})
// ── Private channel only (review) ────────────────────────────────────────────────────────────
flagged(['PRIVATE_CONTACT'], 'loading', {
  title: '建材市场卸货',
  duties: '卸瓷砖、水泥，码放整齐',
  conditions: '有意者加微信详聊',
})
flagged(['PRIVATE_CONTACT'], 'catering', {
  title: '婚宴帮厨',
  duties: '周末婚宴切配、装盘、洗碗',
  conditions: '联系QQ：123456789',
})
flagged(['PRIVATE_CONTACT'], 'housekeeping', {
  title: '擦玻璃',
  duties: '高层住户擦窗户玻璃',
  conditions: 'vx: cz_jiazheng88',
})
flagged(['PRIVATE_CONTACT'], 'farming', {
  title: '沁县小米收割',
  duties: '收割谷子、打捆、装车',
  conditions: '工资面议，私聊',
})
flagged(['PRIVATE_CONTACT'], 'promotion', {
  title: '展会发单员',
  duties: '会展中心门口发放宣传单',
  conditions: '+v了解详情',
})
flagged(['PRIVATE_CONTACT'], 'delivery', {
  title: '生鲜配送',
  duties: '早上给社区团购点送菜',
  conditions: '报名请加ＱＱ群',
})
// ── Vague duties (review) ────────────────────────────────────────────────────────────────────
flagged(['VAGUE_DUTIES'], 'factory', { title: '急招普工', duties: '轻松高薪日结' })
flagged(['VAGUE_DUTIES'], 'loading', { title: '搬运工', duties: '搬砖' })
flagged(['VAGUE_DUTIES'], 'catering', { title: '饭店招人', duties: '急招，待遇好' })
flagged(['VAGUE_DUTIES'], 'construction', { title: '工地零活', duties: '打杂，面议' })
// ── Pay, hours, the employer ─────────────────────────────────────────────────────────────────
flagged(['BELOW_MINIMUM_WAGE'], 'cleaning', { title: '小时工保洁', duties: '打扫商铺地面和玻璃门' }, {
  pay: { amountFen: 1900, unit: 'hour' },
})
flagged(['BELOW_MINIMUM_WAGE'], 'farming', { title: '长子县摘辣椒', duties: '大田摘辣椒、装袋过秤' }, {
  pay: { amountFen: 15000, unit: 'day' },
  workStartTime: '07:00',
  workEndTime: '17:00',
})
flagged(['BELOW_MINIMUM_WAGE'], 'security', { title: '仓库夜班看守', duties: '夜间看守仓库、定时巡查' }, {
  pay: { amountFen: 20000, unit: 'day' },
  workStartTime: '20:00',
  workEndTime: '08:00',
})
flagged(['BELOW_MINIMUM_WAGE'], 'catering', { title: '早餐店帮工', duties: '包包子、炸油条、收拾桌子' }, {
  pay: { amountFen: 2129, unit: 'hour' },
})
flagged(['PAY_LURE'], 'loading', { title: '高薪装卸工', duties: '给货车装卸家电纸箱' }, {
  pay: { amountFen: 50000, unit: 'day' },
  workEndTime: '16:00',
}, { usualHourlyPayFen: 2000 })
flagged(['PAY_LURE'], 'cleaning', { title: '家庭保洁时薪80', duties: '打扫厨房和卫生间' }, {
  pay: { amountFen: 8000, unit: 'hour' },
})
flagged(['PART_TIME_HOURS'], 'catering', { title: '快餐店兼职', duties: '午市晚市收银、打包外卖' }, {
  employmentType: 'part_time',
  workStartTime: '10:00',
  workEndTime: '19:00',
  pay: { amountFen: 2500, unit: 'hour' },
})
flagged(['EMPLOYER_REPORTED'], 'sorting', { title: '分拣临时工', duties: '快递包裹分拣、扫码、装车' }, {}, {
  employerOpenReports: 2,
})
flagged(['MINIMUM_WAGE_NOT_SET'], 'loading', { title: '粮库装卸', duties: '搬运粮食袋子、装车码垛' }, {}, {
  minHourlyWageFen: null,
})
// ── Several at once ──────────────────────────────────────────────────────────────────────────
flagged(['FEE_CHARGED', 'GENDER_RESTRICTION', 'PRIVATE_CONTACT'], 'factory', {
  title: '急招男工',
  duties: '车间搬运原料、看机器',
  conditions: '押金200元，加我微信',
})
flagged(['TASK_FRAUD', 'PRIVATE_CONTACT', 'PAY_LURE'], 'promotion', {
  title: '在家兼职日赚500',
  duties: '手机做任务，动动手指就能赚钱',
  conditions: '加vx私聊',
}, { pay: { amountFen: 50000, unit: 'day' }, workStartTime: '09:00', workEndTime: '11:00' })
flagged(['REGION_RESTRICTION', 'AGE_LIMIT', 'FEE_CHARGED'], 'security', {
  title: '停车场保安',
  duties: '车辆引导、收费、夜间巡逻',
  requirements: '本地人，50岁以下',
  conditions: '上岗要交服装费',
})
flagged(['BELOW_MINIMUM_WAGE', 'VAGUE_DUTIES'], 'factory', { title: '日结普工', duties: '工作轻松' }, {
  pay: { amountFen: 10000, unit: 'day' },
})

// ── Honest posts: negations, look-alikes and ordinary wording ────────────────────────────────
honest('loading', {
  title: '搬家师傅，潞州区',
  duties: '给住户打包、搬运家具电器，装车卸车',
  conditions: '包吃住，当天结算',
})
honest('cleaning', {
  title: '长治站保洁员',
  duties: '候车室地面清洁、垃圾清运',
  requirements: '需要健康证',
  conditions: '提供工服',
})
honest('catering', {
  title: '食堂帮厨',
  duties: '洗菜、切配、打饭、洗餐具',
  requirements: '持健康证上岗',
  conditions: '公司承担体检费',
})
honest('factory', {
  title: '汽配厂普工',
  duties: '零件上下料、检查外观、装箱',
  conditions: '不收任何费用，免费提供工装',
})
honest('security', {
  title: '小区门岗保安',
  duties: '门岗值守、登记访客、巡逻',
  conditions: '不收押金，包住',
})
honest('sorting', {
  title: '双十二快递分拣',
  duties: '流水线分拣快递、扫码、装袋',
  conditions: '无需押金，日结',
})
honest('loading', {
  title: '物流园装卸',
  duties: '装卸货车上的纸箱，码放托盘',
  requirements: '男女不限，欢迎50岁以上',
})
honest('electrician', {
  title: '商铺电路维修',
  duties: '检修商铺照明线路、更换开关插座',
  requirements: '有电工证优先',
})
honest('sorting', {
  title: '仓库叉车工',
  duties: '仓库货物上架、出库、装车',
  requirements: '会开叉车优先',
})
honest('factory', {
  title: '药厂包装工',
  duties: '药盒装箱、封箱、贴标签',
  conditions: '入职体检费用由公司承担',
})
honest('construction', {
  title: '襄垣县工地小工',
  duties: '搬运砖块、清理场地、配合大工',
  conditions: '押金全免，管午饭',
})
honest('cleaning', {
  title: '酒店保洁',
  duties: '清洁客房、更换布草',
  conditions: '公司不收取任何押金、保证金、服装费',
})
honest('promotion', {
  title: '超市试吃推广',
  duties: '超市里摆台试吃，介绍新款饺子',
  conditions: '凡是收取押金的都是骗子，本岗位正规直招',
})
honest('loading', {
  title: '家电卸货',
  duties: '卸冰箱、洗衣机，送到仓库指定位置',
  conditions: '工资微信转账，当天结',
})
honest('cleaning', {
  title: '写字楼日常保洁',
  duties: '擦桌子、拖地、清理垃圾桶',
  conditions: '联系电话13812345678（微信同号）',
})
honest('factory', {
  title: '食品厂包馅工',
  duties: '包饺子、包包子，按要求摆盘',
  conditions: '男女宿舍分开，免费住宿',
})
honest('construction', {
  title: '钢结构厂房焊工',
  duties: '厂房钢结构焊接，有焊工证',
  conditions: '单身宿舍，拎包入住',
})
honest('construction', {
  title: '市政管网施工普工',
  duties: '挖沟、铺管、回填',
  conditions: '项目已缴纳农民工工资保证金，工资按月足额发放',
})
honest('security', {
  title: '停车场收费员',
  duties: '负责停车场收费、引导车辆停放',
})
honest('childcare', {
  title: '课后托管阿姨',
  duties: '照看3岁女孩，接送幼儿园，做晚饭',
})
honest('eldercare', {
  title: '居家陪护',
  duties: '陪老人散步、做饭、提醒吃药',
  requirements: '欢迎大龄，身体健康即可',
})
honest('factory', {
  title: '服装厂缝纫工',
  duties: '平车缝制T恤、卫衣',
  requirements: '民族不限，户籍不限',
})
honest('farming', {
  title: '武乡县摘核桃',
  duties: '打核桃、捡拾、去青皮',
  requirements: '外地人也可以，提供住宿',
})
honest('catering', {
  title: '中餐厅服务员',
  duties: '迎宾、点菜、上菜、收台',
  requirements: '婚育不限，年龄不限',
})
honest('eldercare', {
  title: '护理员（带薪培训）',
  duties: '养老院老人日常照护，喂饭翻身',
  conditions: '免费岗前培训，带薪培训',
})
honest('childcare', {
  title: '育婴员',
  duties: '照看8个月宝宝，冲奶粉、洗衣服',
  conditions: '培训费全免',
})
honest('promotion', {
  title: '家电卖场促销',
  duties: '讲解空调功能、登记客户信息',
  requirements: '男女均可，普通话流利',
})
honest('catering', {
  title: '自助餐厅服务员',
  duties: '补菜、收餐盘、擦桌子',
  requirements: '帅哥美女都可以',
})
honest('factory', {
  title: '玻璃厂搬运',
  duties: '玻璃上架、装车、打包',
  requirements: '年满18周岁',
})
honest('sorting', {
  title: '快递驿站理货',
  duties: '包裹上架、核对取件码',
  requirements: '16周岁以下不招',
})
honest('electrician', {
  title: '小区路灯维修',
  duties: '更换路灯灯泡、检查线路',
  requirements: '有低压电工证',
  conditions: '自带工具',
})
honest('construction', {
  title: '瓷砖铺贴大工',
  duties: '卫生间、厨房瓷砖铺贴',
  conditions: '工具由公司提供',
})
honest('catering', {
  title: '回族餐厅帮厨',
  duties: '清真餐厅洗菜、拉面备料、洗碗',
})
honest('farming', {
  title: '平顺县采花椒',
  duties: '采摘花椒、晾晒、装袋',
  conditions: '路费报销，管三餐',
})
honest('factory', {
  title: '五金厂包装（计件）',
  duties: '螺丝装袋、封口、装箱',
  conditions: '多劳多得，计件',
}, { pay: { amountFen: 50, unit: 'piece' } })
honest('delivery', {
  title: '快递代收点配送',
  duties: '把包裹送到小区门口快递柜',
  conditions: '不用垫付任何费用',
})
honest('sorting', {
  title: '超市理货员',
  duties: '整理货架、补货、检查保质期',
  conditions: '非刷单，正规超市直招',
})
honest('housekeeping', {
  title: '家政保洁',
  duties: '深度清洁厨房油烟机和灶台',
  conditions: '本单位不收取任何介绍费',
})
honest('promotion', {
  title: '招聘女装店导购员',
  duties: '给顾客搭配衣服、整理货架、收银',
})
honest('construction', {
  title: '工地资料员助理',
  duties: '整理施工资料、拍照归档',
  requirements: '需提供身份证复印件',
})
honest('loading', {
  title: '面试当天可上岗的装卸工',
  duties: '饮料厂成品装车',
  requirements: '携带身份证原件面试，当场归还',
})
honest('construction', {
  title: '屋面防水工',
  duties: '刷防水涂料、铺卷材',
  conditions: '公司为员工购买意外险，统一提供安全帽和手套',
})
honest('delivery', {
  title: '同城配送司机',
  duties: '开面包车给商户送货',
  requirements: '有C1驾照',
  conditions: '日结200元，加班另计',
})
honest('eldercare', {
  title: '日间照料中心护理员',
  duties: '陪老人做操、读报、协助用餐',
  requirements: '愿意参加我们的岗前培训',
})
honest('security', {
  title: '展会安保',
  duties: '会展中心入口安检、疏导人流',
  requirements: '欢迎退伍军人，不限学历，不限经验',
})
honest('catering', {
  title: '快餐店兼职（每天4小时）',
  duties: '中午高峰打包外卖、收拾餐桌',
}, { employmentType: 'part_time', workStartTime: '10:30', workEndTime: '14:30', pay: { amountFen: 2500, unit: 'hour' } })
honest('security', {
  title: '仓库夜班保安',
  duties: '夜间巡逻、查看监控',
}, { pay: { amountFen: 30000, unit: 'day' }, workStartTime: '20:00', workEndTime: '08:00' })
honest('cleaning', {
  title: '钟点工（时薪按最低工资）',
  duties: '擦窗台、拖地、倒垃圾',
}, { pay: { amountFen: 2130, unit: 'hour' } })
honest('farming', {
  title: '黎城县收玉米',
  duties: '掰玉米、装车、拉到场院',
}, { pay: { amountFen: 17040, unit: 'day' }, workEndTime: '16:00' })
honest('housekeeping', {
  title: '别墅保洁',
  duties: '别墅全屋清洁，擦拭家具',
}, { pay: { amountFen: 7400, unit: 'hour' } })
honest('construction', {
  title: '电焊工',
  duties: '钢结构焊接、切割下料',
  requirements: '有焊工证',
})
honest('housekeeping', {
  title: '做饭阿姨',
  duties: '每天中午给一家四口做家常菜',
  requirements: '会做家常菜',
})
honest('farming', {
  title: '漳泽湖边苗圃除草',
  duties: '苗圃除草、浇水、修剪树枝',
  meetingPoint: '长治站东广场集合，统一坐车去',
})
honest('eldercare', {
  title: '住家护工',
  duties: '照顾一位退休教师，做饭、陪同就医',
  requirements: '性格温和，有耐心',
})
honest('cleaning', {
  title: '招保洁阿姨',
  duties: '物业小区公共区域保洁',
})
honest('housekeeping', {
  title: '金牌月嫂',
  duties: '产妇月子餐、新生儿护理',
  requirements: '有母婴护理证',
})
honest('childcare', {
  title: '绘本馆周末助理',
  duties: '整理书籍、带小朋友读绘本',
  requirements: '要求会整理书籍，宝妈可做',
})
honest('factory', {
  title: '农民工专户直发工资的普工',
  duties: '水泥制品厂搬运、码放砖块',
  conditions: '工资进农民工工资专户，按月发放',
})
honest('delivery', {
  title: '社区团购配送',
  duties: '给团购点送蔬菜水果',
  conditions: '交通补贴10元每天',
})
honest('catering', {
  title: '面包房学徒',
  duties: '揉面、烤面包、包装上架',
  conditions: '提供免费体检',
})
honest('catering', {
  title: '火锅店洗碗工',
  duties: '洗碗、消毒、整理后厨',
  conditions: '健康证由公司统一办理，费用公司出',
})
honest('promotion', {
  title: '银行外拓助理',
  duties: '在社区摆台讲解防诈骗知识、发放宣传页',
  requirements: '不要求学历',
})
honest('sorting', {
  title: '水果批发市场理货',
  duties: '点货、理货、搬运水果箱',
})
honest('delivery', {
  title: '外卖骑手（自有电动车）',
  duties: '用手机接单，送外卖到小区',
  requirements: '需要会用智能手机，自备电动车',
})
honest('factory', {
  title: '不招未成年人的饮料厂装箱工',
  duties: '饮料装箱、贴标、码垛',
  requirements: '不招未成年人',
})
honest('housekeeping', {
  title: '家政公司保洁员',
  duties: '上门做家庭日常保洁',
  conditions: '包分配宿舍，男女不限',
})
honest('farming', {
  title: '沁源县采蘑菇',
  duties: '林下采摘蘑菇、分拣装筐',
  conditions: '返程车费报销',
})
honest('factory', {
  title: '长治本地企业直招',
  duties: '钢管厂切割、打磨、喷漆',
  conditions: '长治本地企业，直招不收费',
})
honest('catering', {
  title: '超市收银员',
  duties: '收银、收钱对账、整理货架',
})
honest('security', {
  title: '银行押运员',
  duties: '配合银行押运车辆，守护钞箱',
  requirements: '有保安员证',
})
honest('factory', {
  title: '纸箱厂工人',
  duties: '纸箱成型、打包、上车',
  conditions: '不收押金，不收介绍费，不收服装费，保证按时发工资',
})
honest('loading', {
  title: '超市夜间上货',
  duties: '夜里卸货、上架，压力不大',
})
honest('cleaning', {
  title: '医院护工保洁',
  duties: '病区清洁消毒、送标本',
  conditions: '体检合格后上岗（免费体检）',
})
honest('housekeeping', {
  title: '保姆',
  duties: '照顾两位老人的一日三餐和家务',
  conditions: '押金：无',
})
honest('loading', {
  title: '搬运零押金',
  duties: '建材市场卸货、搬运上楼',
  conditions: '零押金，日结',
})
honest('construction', {
  title: '粉刷工',
  duties: '室内墙面刮腻子、刷乳胶漆',
  conditions: '押金0元，工具公司提供',
})
honest('cleaning', {
  title: '保洁員（繁體）',
  duties: '辦公室清潔，倒垃圾，擦桌子',
  conditions: '不收押金，無需任何費用',
})
honest('farming', {
  title: 'ＡＢＣ果园采摘',
  duties: '采摘葡萄、装箱，３人一组',
  conditions: '免费提供午饭',
})
honest('security', {
  title: '学校门卫',
  duties: '学校门口值守、登记来访',
  requirements: '男女不限，无犯罪记录',
})
honest('promotion', {
  title: '商场扫码推广',
  duties: '引导顾客扫码注册会员，送小礼品',
  conditions: '不刷单，不交钱',
})
honest('eldercare', {
  title: '养老院夜班护理',
  duties: '夜间巡房、协助老人如厕',
}, { pay: { amountFen: 26000, unit: 'day' }, workStartTime: '19:00', workEndTime: '07:00' })
honest('electrician', {
  title: '电工日结',
  duties: '工厂设备检修、配电箱接线',
  conditions: '谨防收取押金的骗子，本公司从不收费',
})
honest('childcare', {
  title: '幼儿园保育员',
  duties: '照顾小朋友午睡、吃饭、洗手',
  requirements: '需要健康证，婚否不限',
})
honest('delivery', {
  title: '药店送药员',
  duties: '给附近小区住户送药',
  conditions: '电动车由公司提供，免费使用',
})
honest('factory', {
  title: '电子厂临时工',
  duties: '插件、焊锡、测试电路板',
  conditions: '不收取押金、保证金，无中介费',
})

export const CORPUS: readonly CorpusCase[] = cases
