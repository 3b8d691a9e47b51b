/**
 * The screening rules as data. A text rule is found in the normalised text (see normalise.ts) of the
 * fields it names: its patterns find a hit; an `allow` phrase overlapping the hit (男女不限 around
 * 限男) cancels it; a `negatable` rule's hit is cancelled by a negation next to it (不收押金, 押金全免,
 * 公司承担体检费) or a warning in its clause (凡收押金的都是骗子) — unless a sum follows (押金200元).
 */

export type TextField = 'title' | 'duties' | 'requirements' | 'conditions' | 'meetingPoint'

export interface TextRule {
  code: string
  verdict: 'review' | 'reject'
  law: string | null
  fields: readonly TextField[]
  patterns: readonly RegExp[]
  allow?: readonly RegExp[]
  negatable?: boolean
  /** Why the post cannot say this, after 「what was found」. */
  explanation: string
}

export const ALL_TEXT_FIELDS: readonly TextField[] = ['title', 'duties', 'requirements', 'conditions', 'meetingPoint']

/** Characters within one clause (clauses end at , . ; ! ? : and line breaks). */
const C = '[^,.;!?:\\n]'
const r = (source: string) => new RegExp(source)

/** Money asked of the worker under its usual names. */
export const FEE_WORDS =
  '押金|压金|ya金|押jin|yajin|保证金|抵押金|风险金|担保金|诚信金|服装费|工服费|工装费|制服费|工作服费|体检费|培训费|' +
  '介绍费|中介费|报名费|管理费|资料费|手续费|建档费|入职费|上岗费|办卡费|工牌费|胸卡费'

const SELF_PAID = '自理|自付|自费|个人承担|员工承担|本人承担|自己出|自己承担|自掏腰包|从工资里?扣|工资里扣|在工资中扣'
const RESTRICT = '限|仅限|只限|只招|只要|只收|仅招|仅要|限招|招|招聘|需要?是?|须是?|必须是?|要求是?'
const GENDER_SUFFIX = '性|士|生|工|的|孩|同志|员工|同事|师傅|服务员|保洁|店员'
const REFUSE_AFTER = '勿扰|免谈|不要|不招|谢绝|不考虑|不收|除外|莫扰'
const REFUSE_BEFORE = '不要|不招|谢绝|拒绝|不收|不考虑'
const EITHER_OK = '不限|均可|皆可|都可|都行|都要|都招|均招|都欢迎|均欢迎|即可|皆宜|都能干|都能做|都收|都可以'

export const TEXT_RULES: readonly TextRule[] = [
  {
    code: 'FEE_CHARGED',
    verdict: 'reject',
    law: '劳动合同法第九条',
    fields: ALL_TEXT_FIELDS,
    negatable: true,
    patterns: [
      r(`(?:${FEE_WORDS})`),
      r('押(?:\\d+个?月|半个月|\\d+天)的?工资|压(?:\\d+个?月|半个月)的?工资'),
      r('(?:交纳|缴纳|上交|预交|先交|交|缴)\\d+(?:\\.\\d+)?(?:元|块)'),
      r('(?:交|缴)纳?(?:少量|一定|部分|相关|小额|一点|点|些)?的?(?:费用|钱)|收取?(?:少量|一定|部分|相关|小额|一点)的?费用'),
      r('(?:入职|上岗|报名|面试|培训|体检|办卡|先|需|须|要|会|均|都|一律)(?:收费|交费|缴费)|收费(?:上岗|入职|培训|体检|办理)'),
      r(`自费(?:体检|办理?健康证|培训|办证)|(?:体检|健康证|培训)(?:费用?|的钱)?(?:${SELF_PAID})`),
    ],
    allow: [r('(?:农民工)?工资保证金'), r('物业管理费|物业费')],
    explanation: '招工不得向求职者收取押金、保证金或任何费用（服装、体检、培训、介绍等），请删去。',
  },
  {
    code: 'ID_WITHHELD',
    verdict: 'reject',
    law: '劳动合同法第九条',
    fields: ALL_TEXT_FIELDS,
    negatable: true,
    patterns: [
      r('(?:扣押|扣留|抵押|押|上交|收)(?:身份证|证件|毕业证|户口本)(?!复印件)'),
      r('(?:身份证|证件|毕业证)(?:原件)?(?:需|须)?(?:抵押|押在|交给公司|由公司保管|公司保管)'),
    ],
    explanation: '招工不得扣押求职者的身份证或其他证件，请删去。',
  },
  {
    code: 'FORCED_PURCHASE',
    verdict: 'reject',
    law: '劳动合同法第九条',
    fields: ALL_TEXT_FIELDS,
    negatable: true,
    patterns: [
      r(
        '(?:自购|自费购?买|自行购?买|自己购?买|自费购置|(?:需|须|必须|要求|得|需要)(?:先|在公司|从公司|向公司|统一)?(?:自行|自己|个人)?(?:购买|购置|买|租用|租赁|租))' +
          `${C}{0,4}(?:工服|工装|服装|制服|工作服|设备|工具|电动车|电瓶车|车辆|手机|产品|商品|货|保险|意外险|手机卡|电话卡|鞋|安全帽|装备)`,
      ),
      r('(?:设备|电动车|电瓶车|车辆|工具)(?:租金|租赁费|使用费)|租车费'),
      r('(?:工服|工装|服装|制服|工作服)(?:需|须)?(?:自费|自购|自理|自己买|自己出钱|费用自理|员工承担|个人承担)'),
    ],
    explanation: '不得要求求职者购买或租用工服、设备、产品，干活需要的东西由用工方提供，请删去。',
  },
  {
    code: 'TRAINING_LOAN',
    verdict: 'reject',
    law: '就业服务与就业管理规定第十四条',
    fields: ALL_TEXT_FIELDS,
    negatable: true,
    patterns: [
      r('培训贷|招转培|包分配|学费|贷款|网贷|分期付款?|办分期'),
      r(`先(?:培训|学习|学)${C}{0,6}(?:收费|交钱|缴费|交费|费用)`),
      r('学(?:完|成)后?(?:包|保证|推荐|安排)(?:就业|工作|分配|上岗)'),
    ],
    allow: [r('包分配(?:宿舍|住宿|房间|床位)')],
    explanation: '培训贷、招转培、“包分配”、先交钱培训再上岗都是常见的招聘骗局，本平台不发布，请删去。',
  },
  {
    code: 'TASK_FRAUD',
    verdict: 'reject',
    law: '人力资源市场暂行条例第二十四条',
    fields: ALL_TEXT_FIELDS,
    negatable: true,
    patterns: [
      r('刷单|刷信誉|刷好评|刷销量|刷流量|刷粉|刷票|点赞|返利|返佣|垫付|先垫|垫资|拍单|补单|做任务|接任务|躺赚|动动手指'),
      r('手机(?:兼职|赚钱|挂机)|在家(?:兼职|赚钱|躺赚|日赚)|日赚\\d+|佣金(?:秒结|日结|立结)'),
    ],
    allow: [r('(?:由)?(?:公司|老板|厂里)(?:先)?垫付')],
    explanation: '刷单、返利、垫付、点赞之类的“兼职”是常见骗局，本平台不发布。',
  },
  {
    code: 'GENDER_RESTRICTION',
    verdict: 'reject',
    law: '就业促进法第二十七条',
    fields: ALL_TEXT_FIELDS,
    patterns: [
      // 女装店, 男鞋 are goods, not people.
      r(`(?:${RESTRICT})(?:男|女)(?![男女装鞋款表包])(?:${GENDER_SUFFIX})?`),
      r(`(?:美女|帅哥|男|女)(?:${GENDER_SUFFIX})?(?:优先|为主|最好|更好|最佳|者优先|限定)`),
      r('男性|女性|男士|女士|男生|女生|男工|女工|男的|女的|男同志|女同志|帅哥|美女|靓女|小姐姐|小哥哥'),
      r('性别:?(?:男|女)(?![男女])'),
      r('(?:^|[,.;!?:、])(?:男|女)(?=[,.;!?、\\d]|$)'),
      r('(?:大姐|阿姨|大哥|大叔|宝妈|小伙子?)(?:优先|为主)|(?:只要|只招|限|仅限)(?:年轻)?(?:大姐|阿姨|大哥|大叔|宝妈|小伙子?)'),
    ],
    allow: [
      r(`(?:男[性士生的工孩]?|帅哥|小哥哥?)[,、和与及或/]*(?:女[性士生的工孩]?|美女|小姐姐)[,、]*(?:${EITHER_OK})`),
      r(`(?:女[性士生的工孩]?|美女|小姐姐)[,、和与及或/]*(?:男[性士生的工孩]?|帅哥|小哥哥?)[,、]*(?:${EITHER_OK})`),
      r('(?:不限|不分|不论|无论)(?:男女|性别)|性别不限|性别均可'),
      r('(?:男|女)生?(?:宿舍|更衣室|卫生间|厕所|浴室)|女工(?:劳动)?保护|女职工'),
    ],
    explanation: '招工不得限定性别或写明偏好哪种性别（可以写“男女不限”），请删去。',
  },
  {
    code: 'ETHNICITY_RESTRICTION',
    verdict: 'reject',
    law: '就业促进法第二十八条',
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('(?:限|仅限|只要|只招)?汉族(?:优先)?'),
      r(`(?:少数民族|维族|维吾尔族?|回族|藏族|彝族|蒙古族)${C}{0,3}(?:${REFUSE_AFTER})`),
      r(`(?:${REFUSE_BEFORE}|限|仅限|只要|只招)${C}{0,2}(?:少数民族|维族|维吾尔族?|回族|藏族|彝族)`),
    ],
    allow: [r(`民族不限|不限民族|各民族|(?:汉族|少数民族|回族)${C}{0,8}(?:${EITHER_OK}|一视同仁)`)],
    explanation: '招工不得限定民族，请删去。',
  },
  {
    code: 'RELIGION_RESTRICTION',
    verdict: 'reject',
    law: '就业促进法第三条',
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('不信教|无宗教信仰|非信教|宗教信仰:?(?:无|不能有)'),
      r(`(?:信教|信宗教|穆斯林|基督徒|佛教徒|信徒|教徒)(?:者|的|人员)?${C}{0,2}(?:${REFUSE_AFTER}|优先)`),
      r(`(?:${REFUSE_BEFORE}|限|仅限|只要|只招|须为|须是|必须是|要求是?)${C}{0,2}(?:信教|宗教|穆斯林|基督徒|佛教徒|信徒|回民|教徒)`),
    ],
    allow: [r('宗教信仰不限|不限宗教')],
    explanation: '招工不得限定宗教信仰，请删去。',
  },
  {
    code: 'REGION_RESTRICTION',
    verdict: 'reject',
    law: '就业服务与就业管理规定第二十条',
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('(?:限|仅限|只要|只招)?本地人(?:优先)?|本地户口|本地户籍|本地籍|限本地|仅限本地|只招本地|只要本地|本地优先|本市户口|本市户籍'),
      r(`外地人?${C}{0,2}(?:${REFUSE_AFTER})|(?:${REFUSE_BEFORE})${C}{0,2}外地`),
      r('(?:限|仅限|只要|只招|要求|须|必须)是?[\\u4e00-\\u9fff]{0,4}(?:籍|户口|户籍)(?:人员|人士|的人)?'),
      r('[\\u4e00-\\u9fff]{1,4}(?:籍|户口|户籍)(?:人员|人士|的?人)?(?:优先|勿扰|免谈)'),
      r(
        '(?:[\\u4e00-\\u9fff]{1,3}省|河南|河北|山东|四川|湖南|湖北|安徽|江西|甘肃|新疆|东北|广西|贵州|云南|陕西|山西|内蒙古?|西藏|青海|宁夏|外省|外县|外市)' +
          `人?${C}{0,2}(?:${REFUSE_AFTER})`,
      ),
      r('(?:农村|城镇|非农|城市|农业)户口'),
    ],
    allow: [
      r('书籍|典籍|古籍|户口本|户籍不限|户口不限|不限户籍|不限户口|不限地域|地域不限|籍贯不限|不限籍贯|欢迎外地'),
      r(`外地人?(?:也可|也行|可以|可|均可|都可|欢迎)|本地人?[和、或/]?外地人?(?:${EITHER_OK})`),
    ],
    explanation: '招工不得限定户籍或地域（“本地人”“外地人勿扰”“仅限某地籍”等），请删去。',
  },
  {
    code: 'MARRIAGE_CHILDBEARING',
    verdict: 'reject',
    law: '妇女权益保障法第四十三条',
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('\\d+年内不?(?:生育|生孩子|生小孩|要孩子|要小孩|怀孕)|不(?:能|得|可)怀孕'),
      r('已婚已育|未婚未育|未婚|已婚|已育|未育|离异|单身|婚否|婚育|无生育计划|生育计划|不生育'),
      r(`(?:孕妇|怀孕的?|孕期的?|有(?:孩子|小孩)的?)${C}{0,2}(?:${REFUSE_AFTER})`),
      r('夫妻工?(?:优先|为主)|(?:只要|只招|限|仅限)夫妻'),
    ],
    allow: [
      r('婚育不限|不限婚育|婚否不限|不限婚否|不问婚育|婚姻状况不限|婚育状况不限|单身(?:宿舍|公寓)'),
      r(`(?:未婚|已婚)${C}{0,4}(?:${EITHER_OK})`),
    ],
    explanation: '招工不得提婚姻、生育方面的条件，请删去。',
  },
  {
    code: 'AGE_LIMIT',
    verdict: 'review',
    law: null,
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('\\d{2}周?岁(?:以下|以内|之内|之下)'),
      r('(?:年龄)?(?:不超过|不大于|低于|小于|不高于|不得超过|最大)\\d{2}周?岁|年龄(?:不超过|不大于|低于|小于|不高于|不得超过|最大)\\d{2}'),
      r('\\d{2}周?岁?(?:-|~|至|到|—)\\d{2}周?岁|年龄:?\\d{2}(?:-|~|至|到|—)\\d{2}'),
      r(`\\d{2}周?岁以上${C}{0,2}(?:${REFUSE_AFTER})|(?:大龄|超龄|年纪大的?|老年人|中老年)${C}{0,2}(?:${REFUSE_AFTER})`),
      r('(?:限|只要|只招)年轻|年轻人?优先|(?:限|只要|只招)\\d{2}后'),
    ],
    allow: [r(`1[0-8]周?岁以下${C}{0,3}(?:${REFUSE_AFTER}|禁止|不得)|未满1[68]`)],
    explanation: '写了年龄上限；如果不是岗位确实需要，请删去（欢迎大龄求职者）。驿站工作人员会先看一下。',
  },
  {
    code: 'PRIVATE_CONTACT',
    verdict: 'review',
    law: null,
    fields: ALL_TEXT_FIELDS,
    patterns: [
      r('qq|扣扣|企鹅号|微信号|vx|v信|薇信|威信|微心|wx(?:号|:|\\d)|私聊|私信|加我|飞机号|telegram|电报号'),
      r('加(?:微信|微|v|wx|薇|威|q)|\\+(?:v|wx|微|q)'),
    ],
    allow: [r('微信同号|同微信|微信支付|微信结算|微信转账|微信(?:发|付)工资|工资微信|参加我|增加我|追加我')],
    explanation: '只留QQ、微信号或“私聊”容易被冒用行骗，求职者应能在平台上报名；驿站工作人员会先看一下。',
  },
]

/** What people write when they have no task to describe. */
export const GENERIC_DUTY_WORDS =
  '轻松|高薪|日结|周结|简单|好做|易做|待遇好|待遇优厚|待遇从优|工资高|钱多|事少|离家近|多劳多得|长期|短期|急招|急聘|' +
  '诚聘|招聘|招人|招工|兼职|工作|岗位|有意者|联系|详谈|详聊|面议|面谈|包吃住|赚钱|收入|稳定|自由|时间|灵活|上班|' +
  '待遇|优厚|从优|不累|人手|若干|名|干活|做事|帮忙|打杂|杂活|杂工|零活|等等|等|和|的|了|可|都|很|好|来'

/** Fewer meaningful characters than this (after dropping generic words) is a vague duty. */
export const MIN_DUTY_CHARS = 6
