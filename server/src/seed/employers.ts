import type { JobCategory } from '../../../src/shared/contracts/index'

/**
 * The demo city's employers: made-up names of the kinds of firms that hire short-term workers, each
 * with the district it is in and the work it offers.
 */
export interface EmployerSeed {
  name: string
  district: string
  categories: readonly JobCategory[]
  contactName: string
}

export const EMPLOYERS: readonly EmployerSeed[] = [
  { name: '长治市洁美保洁服务有限公司', district: '潞州区', categories: ['cleaning', 'housekeeping'], contactName: '李经理' },
  { name: '长治市太行物流园管理有限公司', district: '潞州区', categories: ['loading', 'sorting'], contactName: '张主管' },
  { name: '潞州区安居家政服务部', district: '潞州区', categories: ['housekeeping', 'childcare', 'eldercare'], contactName: '王女士' },
  { name: '长治市上党人家餐饮有限公司', district: '潞州区', categories: ['catering'], contactName: '赵店长' },
  { name: '长治市顺达快递分拨中心', district: '潞州区', categories: ['sorting', 'loading', 'delivery'], contactName: '刘站长' },
  { name: '山西潞安建工集团第三项目部', district: '潞州区', categories: ['construction', 'electrician'], contactName: '陈工' },
  { name: '长治市万家福超市有限公司', district: '潞州区', categories: ['promotion', 'loading', 'cleaning'], contactName: '孙经理' },
  { name: '长治市康宁养老服务中心', district: '潞州区', categories: ['eldercare', 'cleaning', 'catering'], contactName: '周院长' },
  { name: '长治市小太阳托育服务有限公司', district: '潞州区', categories: ['childcare'], contactName: '吴园长' },
  { name: '长治市恒安保安服务有限公司', district: '潞州区', categories: ['security'], contactName: '郑队长' },
  { name: '长治市宏达装饰工程有限公司', district: '潞州区', categories: ['construction', 'electrician'], contactName: '冯经理' },
  { name: '长治市惠民水电维修服务部', district: '潞州区', categories: ['electrician'], contactName: '褚师傅' },
  { name: '长治市喜来登婚庆礼仪有限公司', district: '潞州区', categories: ['catering', 'promotion'], contactName: '卫经理' },
  { name: '长治市同城速运配送有限公司', district: '潞州区', categories: ['delivery'], contactName: '蒋站长' },
  { name: '长治市国泰电器商场', district: '潞州区', categories: ['promotion', 'loading'], contactName: '沈经理' },
  { name: '长治高新区精工电子科技有限公司', district: '潞州区', categories: ['factory'], contactName: '韩主管' },
  { name: '长治市绿源食品有限公司', district: '上党区', categories: ['factory', 'loading'], contactName: '杨厂长' },
  { name: '上党区韩店建材市场服务部', district: '上党区', categories: ['loading', 'construction'], contactName: '朱经理' },
  { name: '上党区振兴蔬菜种植专业合作社', district: '上党区', categories: ['farming'], contactName: '秦社长' },
  { name: '上党区福寿养老院', district: '上党区', categories: ['eldercare', 'catering'], contactName: '尤院长' },
  { name: '屯留区康庄农业开发有限公司', district: '屯留区', categories: ['farming', 'loading'], contactName: '许经理' },
  { name: '屯留区通达物流有限公司', district: '屯留区', categories: ['loading', 'sorting', 'delivery'], contactName: '何主管' },
  { name: '屯留区麟绛酒店管理有限公司', district: '屯留区', categories: ['catering', 'cleaning'], contactName: '吕经理' },
  { name: '潞城区潞华化工园区物业服务有限公司', district: '潞城区', categories: ['cleaning', 'security'], contactName: '施经理' },
  { name: '潞城区兴旺建筑劳务有限公司', district: '潞城区', categories: ['construction'], contactName: '张工' },
  { name: '潞城区鑫源机械加工厂', district: '潞城区', categories: ['factory', 'electrician'], contactName: '孔厂长' },
  { name: '襄垣县古韩商贸有限公司', district: '襄垣县', categories: ['promotion', 'loading'], contactName: '曹经理' },
  { name: '襄垣县丰泰果蔬专业合作社', district: '襄垣县', categories: ['farming'], contactName: '严社长' },
  { name: '襄垣县安康家政服务中心', district: '襄垣县', categories: ['housekeeping', 'eldercare', 'childcare'], contactName: '华女士' },
  { name: '长子县丹朱镇巧手美发店', district: '长子县', categories: ['promotion', 'cleaning'], contactName: '金老师' },
  { name: '长子县鑫隆食品加工有限公司', district: '长子县', categories: ['factory', 'loading'], contactName: '魏厂长' },
  { name: '长子县绿野大棚蔬菜合作社', district: '长子县', categories: ['farming'], contactName: '陶社长' },
  { name: '壶关县太行旅游服务有限公司', district: '壶关县', categories: ['catering', 'cleaning', 'security'], contactName: '姜经理' },
  { name: '壶关县旱地西红柿种植合作社', district: '壶关县', categories: ['farming', 'loading'], contactName: '戚社长' },
  { name: '平顺县党参产业发展有限公司', district: '平顺县', categories: ['farming', 'factory'], contactName: '谢经理' },
  { name: '平顺县青羊酒店', district: '平顺县', categories: ['catering', 'cleaning'], contactName: '邹经理' },
  { name: '黎城县黎侯建设工程有限公司', district: '黎城县', categories: ['construction', 'electrician'], contactName: '喻工' },
  { name: '黎城县便民超市连锁有限公司', district: '黎城县', categories: ['promotion', 'delivery'], contactName: '柏经理' },
  { name: '武乡县丰州小米加工有限公司', district: '武乡县', categories: ['factory', 'loading'], contactName: '水厂长' },
  { name: '武乡县红色旅游景区服务中心', district: '武乡县', categories: ['security', 'cleaning', 'catering'], contactName: '窦主任' },
  { name: '沁县沁州黄小米专业合作社', district: '沁县', categories: ['farming', 'factory'], contactName: '章社长' },
  { name: '沁县定昌物业管理有限公司', district: '沁县', categories: ['cleaning', 'security'], contactName: '云经理' },
  { name: '沁源县沁河林业服务有限公司', district: '沁源县', categories: ['farming', 'construction'], contactName: '苏经理' },
  { name: '沁源县便民家政服务部', district: '沁源县', categories: ['housekeeping', 'eldercare'], contactName: '潘女士' },
]
