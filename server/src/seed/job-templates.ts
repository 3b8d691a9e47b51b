import type { JobCategory } from '../../../src/shared/contracts/index'

type PayUnit = 'hour' | 'day' | 'piece'
type Settlement = 'daily' | 'weekly' | 'on_completion'
type EmploymentType = 'gig' | 'part_time' | 'temporary'

export interface PayOption {
  unit: PayUnit
  /** Yuan, inclusive range; drawn in whole yuan (or 0.1 yuan for pieces). */
  min: number
  max: number
  /** The piece a worker is paid for, named in the duties (件, 单, 筐). */
  piece?: string
}

/**
 * What a post of one category looks like. Written to the job-post rules (人力资源市场暂行条例
 * Art. 24; 网络招聘服务管理规定 Art. 15): no sex, ethnicity, religion, household-registration or
 * marriage conditions, no fees or deposits; hourly pay at or above 长治's part-time minimum (≈ 20 元).
 */
export interface JobTemplate {
  /** A title and the duties that go with it. */
  roles: readonly (readonly [title: string, duties: string])[]
  requirements: readonly string[]
  conditions: readonly string[]
  pay: readonly PayOption[]
  settlements: readonly Settlement[]
  employmentTypes: readonly EmploymentType[]
  workHours: readonly string[]
  headcount: [number, number]
  /** Longest run of working days a post asks for. */
  maxDays: number
}

const NO_FEES = '不收取任何费用、押金。'

export const JOB_TEMPLATES: Record<JobCategory, JobTemplate> = {
  loading: {
    roles: [
      ['仓库装卸工', '货车到货后卸车、码放上架，按单出库装车。'],
      ['物流园卸货工', '整箱货物卸车、分类码垛，配合叉车作业。'],
      ['搬家搬运工', '客户家中家具、家电打包，搬运上下楼并装车。'],
      ['建材装车工', '水泥、瓷砖、板材按单装车，清点数量。'],
      ['超市到货卸车', '超市后仓到货卸车、拆箱、送到各区货架。'],
    ],
    requirements: ['身体健康，能胜任体力劳动。', '能连续搬运 20 公斤左右的货物，做事踏实。', '有装卸经验者优先，新手有老师傅带。'],
    conditions: ['提供手套、护腰和午饭。', '现场有遮阳休息区，提供饮用水。', '有叉车和推车辅助，提供工作服。'],
    pay: [{ unit: 'day', min: 180, max: 260 }, { unit: 'hour', min: 25, max: 35 }],
    settlements: ['daily', 'daily', 'weekly'],
    employmentTypes: ['gig', 'temporary'],
    workHours: ['08:00–17:00（午休 1 小时）', '07:30–16:30', '09:00–18:00'],
    headcount: [2, 10],
    maxDays: 10,
  },
  cleaning: {
    roles: [
      ['写字楼日常保洁', '负责楼层地面、卫生间、玻璃的日常清洁。'],
      ['新房开荒保洁', '新装修房屋开荒：清除胶渍、擦洗门窗、清理垃圾。'],
      ['商场保洁员', '商场通道、扶梯和卫生间的巡回清洁，及时清理垃圾。'],
      ['小区公共区域保洁', '楼道、电梯轿厢、小区道路的清扫和垃圾桶清洗。'],
      ['酒店客房保洁', '退房后整理客房、更换布草、清洁卫生间。'],
    ],
    requirements: ['认真细致，能按要求完成清洁。', '会使用常见清洁工具，有保洁经验优先。', '能按时到岗，服从现场安排。'],
    conditions: ['清洁工具和清洁剂由用工方提供。', '提供工作服和午饭。', '室内作业，有休息间。'],
    pay: [{ unit: 'hour', min: 20, max: 28 }, { unit: 'day', min: 130, max: 180 }],
    settlements: ['daily', 'weekly', 'on_completion'],
    employmentTypes: ['part_time', 'gig', 'temporary'],
    workHours: ['08:00–12:00', '13:00–17:00', '08:00–17:00（午休 1 小时）'],
    headcount: [1, 8],
    maxDays: 14,
  },
  housekeeping: {
    roles: [
      ['家庭日常保洁（钟点工）', '上门做家庭日常保洁：擦拭、拖地、整理收纳。'],
      ['家电清洗师傅', '上门拆洗油烟机、空调、洗衣机。'],
      ['做饭钟点工', '按客户口味做一日两餐并收拾厨房。'],
      ['年前家庭大扫除', '上门做全屋大扫除：擦窗、厨房去油污、卫生间除垢。'],
    ],
    requirements: ['做事干净利落，守时守信。', '有家政服务经验或持家政服务员证书优先。', '会用手机导航和接单。'],
    conditions: ['上门服务，路程补贴另计。', '清洗工具和药剂由公司提供。', '服务前由驿站登记双方信息，保障安全。'],
    pay: [{ unit: 'hour', min: 30, max: 45 }, { unit: 'piece', min: 80, max: 150, piece: '台' }],
    settlements: ['daily', 'weekly'],
    employmentTypes: ['part_time', 'gig'],
    workHours: ['09:00–12:00', '14:00–18:00', '16:00–19:00'],
    headcount: [1, 4],
    maxDays: 14,
  },
  catering: {
    roles: [
      ['饭店帮厨', '协助厨师择菜、切配、备料，保持后厨清洁。'],
      ['婚宴服务员', '宴席摆台、上菜、撤台，招呼客人。'],
      ['食堂洗碗工', '餐具清洗消毒、厨房垃圾清运。'],
      ['早餐店帮工', '包子馅料准备、蒸制和门店售卖。'],
      ['宴会传菜员', '按桌号把菜从后厨送到宴会厅，回收空盘。'],
    ],
    requirements: ['持有效健康证，没有的可先上岗、一周内办理。', '手脚麻利，能适应忙碌时段。', '有餐饮工作经验者优先。'],
    conditions: ['管工作餐。', '提供工作服、围裙和帽子。', '用工方为宴会当天另付交通补贴。'],
    pay: [{ unit: 'hour', min: 20, max: 26 }, { unit: 'day', min: 130, max: 180 }],
    settlements: ['daily', 'daily', 'weekly'],
    employmentTypes: ['part_time', 'gig', 'temporary'],
    workHours: ['10:00–14:00', '16:00–20:00', '05:30–09:30', '10:00–20:00（中间休息 2 小时）'],
    headcount: [1, 12],
    maxDays: 7,
  },
  sorting: {
    roles: [
      ['快递分拣员（夜班）', '在流水线上按区域分拣快递、扫描入库。'],
      ['电商仓库打包员', '按订单拣货、打包、贴单。'],
      ['年货快递分拣', '年货旺季快递到件卸车、分拣、装袋。'],
      ['快递网点理货员', '网点包裹上架、核对、交给派件员。'],
    ],
    requirements: ['会用扫码枪，识字能看懂地址。', '能适应站立作业和夜班。', '反应快、做事细心，新手当天培训上岗（免费）。'],
    conditions: ['夜班提供夜宵。', '室内作业，冬季有取暖。', '按件计酬的多劳多得，按小时计酬的保底不低于当地小时最低工资。'],
    pay: [{ unit: 'hour', min: 20, max: 26 }, { unit: 'piece', min: 0.3, max: 0.5, piece: '件' }],
    settlements: ['daily', 'weekly'],
    employmentTypes: ['part_time', 'gig', 'temporary'],
    workHours: ['19:00–23:00', '20:00–次日 06:00（含休息）', '08:00–12:00'],
    headcount: [3, 15],
    maxDays: 14,
  },
  construction: {
    roles: [
      ['建筑小工', '给大工递料、搅拌砂浆、搬运砖块。'],
      ['装修拆旧小工', '拆除旧墙面、旧地砖并清运建筑垃圾。'],
      ['钢筋工帮工', '配合钢筋工绑扎、搬运钢筋。'],
      ['砌墙小工', '给砌筑师傅供砖、供灰，清理落地灰。'],
      ['工地清理小工', '清理楼层建筑垃圾，整理材料堆放区。'],
    ],
    requirements: ['身体健康，能适应户外体力劳动。', '遵守工地安全规定，必须佩戴安全帽。', '有工地经验优先，没有经验的有师傅带。'],
    conditions: ['提供安全帽、手套和劳保鞋。', '管午饭，工地有饮水。', '用工方按规定为零工购买意外伤害保险。'],
    pay: [{ unit: 'day', min: 180, max: 280 }],
    settlements: ['daily', 'weekly', 'on_completion'],
    employmentTypes: ['gig', 'temporary'],
    workHours: ['07:00–17:00（午休 1 小时）', '07:30–17:30（午休 1.5 小时）'],
    headcount: [2, 10],
    maxDays: 14,
  },
  electrician: {
    roles: [
      ['维修电工', '厂房照明和配电箱的检修维护。'],
      ['家装水电工', '家庭装修水电开槽、布线、安装开关插座。'],
      ['厂区临时电工', '设备搬迁期间的临时用电接线和拆除。'],
      ['小区线路检修', '排查小区楼道线路故障，更换老化线路和灯具。'],
    ],
    requirements: ['持有效《特种作业操作证（低压电工）》。', '能看懂电路图，独立完成接线。', '有两年以上电工经验。'],
    conditions: ['提供绝缘手套、安全带等防护用品。', '大型工具由用工方提供。', '高处作业配有专人监护。'],
    pay: [{ unit: 'day', min: 280, max: 400 }, { unit: 'hour', min: 45, max: 60 }],
    settlements: ['daily', 'on_completion'],
    employmentTypes: ['gig', 'temporary'],
    workHours: ['08:00–17:00', '09:00–12:00', '08:30–17:30'],
    headcount: [1, 3],
    maxDays: 7,
  },
  childcare: {
    roles: [
      ['育婴员（白班）', '照看 1–3 岁幼儿的饮食、睡眠和游戏。'],
      ['托育机构保育员', '协助托育老师组织活动，做好卫生消毒。'],
      ['临时看护幼儿', '家长上班期间上门照看孩子。'],
      ['周末带娃陪护', '周末陪伴孩子游戏、读绘本，照顾午饭和午睡。'],
    ],
    requirements: ['持育婴员或保育员证书优先。', '持有效健康证，有耐心、有爱心。', '有带孩子经验，了解婴幼儿安全常识。'],
    conditions: ['管午饭。', '上岗前由机构免费进行安全培训。', '室内工作，环境干净。'],
    pay: [{ unit: 'day', min: 180, max: 260 }, { unit: 'hour', min: 30, max: 40 }],
    settlements: ['weekly', 'daily'],
    employmentTypes: ['part_time', 'temporary'],
    workHours: ['08:00–12:00', '08:00–18:00（午休 2 小时）', '14:00–18:00'],
    headcount: [1, 3],
    maxDays: 14,
  },
  eldercare: {
    roles: [
      ['养老院护理员', '协助老人起居、进餐、洗漱，陪同散步。'],
      ['居家陪护', '上门陪伴老人，协助做饭、服药和简单康复活动。'],
      ['医院陪诊护工', '陪同老人去医院就诊、取药。'],
      ['助餐点送餐助老员', '给居家老人送餐并了解身体情况。'],
    ],
    requirements: ['有耐心，尊重老人。', '持养老护理员证书优先，没有的可参加免费岗前培训。', '持有效健康证。'],
    conditions: ['管工作餐。', '提供工作服。', '夜班有休息床位。'],
    pay: [{ unit: 'day', min: 150, max: 220 }, { unit: 'hour', min: 22, max: 30 }],
    settlements: ['weekly', 'daily'],
    employmentTypes: ['part_time', 'temporary', 'gig'],
    workHours: ['08:00–12:00', '11:00–13:00、17:00–19:00', '08:00–18:00（午休 2 小时）'],
    headcount: [1, 4],
    maxDays: 14,
  },
  security: {
    roles: [
      ['活动安保员', '活动现场秩序维护、人员引导。'],
      ['小区临时门岗', '门岗来访登记、车辆引导。'],
      ['展会秩序维护员', '展馆入口检票、通道疏导，发现隐患及时报告。'],
      ['停车场协管员', '引导车辆停放，巡查场地，保持通道畅通。'],
    ],
    requirements: ['身体健康，能站立值守。', '持保安员证优先。', '有责任心，服从现场调度。'],
    conditions: ['提供制服、对讲机。', '管工作餐。', '冬季值守提供棉大衣。'],
    pay: [{ unit: 'day', min: 130, max: 180 }, { unit: 'hour', min: 20, max: 25 }],
    settlements: ['daily', 'on_completion'],
    employmentTypes: ['gig', 'temporary', 'part_time'],
    workHours: ['08:00–18:00', '18:00–22:00', '07:00–11:00'],
    headcount: [2, 12],
    maxDays: 5,
  },
  delivery: {
    roles: [
      ['同城配送员', '按系统派单把货物送到客户手中。'],
      ['桶装水送水工', '桶装水送货上门并回收空桶。'],
      ['超市送货员', '超市线上订单的打包和送货。'],
      ['生鲜配送员', '早间把生鲜订单送到社区自提点和客户家。'],
    ],
    requirements: ['会用手机导航，熟悉城区道路。', '有电动车或三轮车的优先（公司也可提供）。', '遵守交通规则。'],
    conditions: ['用工方提供头盔和保温箱。', '按单计酬的每单金额事先写明，无任何扣押。', '雨雪天气另有补贴。'],
    pay: [{ unit: 'piece', min: 4, max: 7, piece: '单' }, { unit: 'hour', min: 25, max: 32 }],
    settlements: ['daily', 'weekly'],
    employmentTypes: ['gig', 'part_time'],
    workHours: ['10:00–14:00', '17:00–21:00', '09:00–18:00（自定休息）'],
    headcount: [2, 8],
    maxDays: 14,
  },
  farming: {
    roles: [
      ['大棚蔬菜采收', '在大棚里采收蔬菜，分级装筐。'],
      ['旱地西红柿采摘装箱', '采摘西红柿，按大小分拣装箱。'],
      ['党参分拣晾晒', '党参去杂、分级、晾晒、装袋。'],
      ['沁州黄小米分拣装袋', '小米过筛、去杂、称重装袋。'],
      ['苹果采摘装箱', '采摘苹果，套网袋后按大小装箱。'],
    ],
    requirements: ['能干农活，吃苦耐劳。', '手脚利索，会分辨品相等级。', '不怕冷、能在户外或大棚里干活。'],
    conditions: ['合作社安排车辆接送。', '管午饭。', '提供手套、剪刀和周转筐。'],
    pay: [{ unit: 'day', min: 120, max: 180 }, { unit: 'piece', min: 3, max: 6, piece: '筐' }],
    settlements: ['daily', 'on_completion'],
    employmentTypes: ['gig', 'temporary'],
    workHours: ['07:00–12:00', '07:30–17:00（午休 1.5 小时）', '08:00–16:00'],
    headcount: [4, 20],
    maxDays: 10,
  },
  factory: {
    roles: [
      ['食品厂包装工', '流水线上装袋、封口、装箱。'],
      ['电子厂临时普工', '按作业指导书完成简单组装和检验。'],
      ['服装厂剪线工', '成品剪线头、折叠、包装。'],
      ['机械厂打磨工', '零件去毛刺、打磨，按标准自检。'],
      ['小米加工厂包装工', '礼盒装小米的称重、封口和装箱。'],
    ],
    requirements: ['视力良好，能适应流水线节奏。', '能看懂简单作业指导书。', '有工厂经验优先，上岗前免费培训。'],
    conditions: ['车间有空调和取暖。', '管午饭，提供工作服。', '厂方提供防护口罩和耳塞。'],
    pay: [{ unit: 'hour', min: 20, max: 25 }, { unit: 'day', min: 140, max: 180 }],
    settlements: ['weekly', 'daily'],
    employmentTypes: ['temporary', 'part_time'],
    workHours: ['08:00–17:00（午休 1 小时）', '08:00–12:00', '13:30–17:30'],
    headcount: [3, 20],
    maxDays: 14,
  },
  promotion: {
    roles: [
      ['超市促销员', '在卖场介绍商品、引导顾客试吃试用。'],
      ['年货节促销员', '年货展台摆放陈列、补货、介绍商品。'],
      ['家电卖场促销员', '讲解家电功能和以旧换新政策，协助开单。'],
      ['新店开业地推员', '开业活动发放宣传单、引导顾客进店。'],
    ],
    requirements: ['普通话能交流，态度热情。', '会用手机记录销量。', '有销售经验优先。'],
    conditions: ['提供工作服和工作餐。', '室内商场，有休息区。', '完成销量另有提成，提成规则上岗前写明。'],
    pay: [{ unit: 'day', min: 120, max: 180 }, { unit: 'hour', min: 20, max: 28 }],
    settlements: ['daily', 'on_completion'],
    employmentTypes: ['gig', 'part_time'],
    workHours: ['09:00–13:00', '14:00–18:00', '09:30–18:30（午休 1 小时）'],
    headcount: [1, 6],
    maxDays: 7,
  },
}

export const NO_FEES_NOTE = NO_FEES
