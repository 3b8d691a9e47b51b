/**
 * The demo city's gig stations (零工驿站): one or more in each district and county of 长治市.
 * Places and streets are real names of the city; house numbers and phone numbers are made up.
 */
export interface StationSeed {
  code: string
  name: string
  district: string
  address: string
  lat: number
  lng: number
  hours: string
  phone: string
}

export const STATIONS: readonly StationSeed[] = [
  { code: 'LZ01', name: '潞州区英雄南路零工驿站', district: '潞州区', address: '长治市潞州区英雄南路 186 号人力资源市场一楼', lat: 36.1868, lng: 113.1152, hours: '每天 6:30–18:00', phone: '0355-2021101' },
  { code: 'LZ02', name: '潞州区太行东街零工驿站', district: '潞州区', address: '长治市潞州区太行东街 312 号社区服务中心', lat: 36.2003, lng: 113.1341, hours: '每天 7:00–18:00', phone: '0355-2021102' },
  { code: 'LZ03', name: '长治站前零工驿站', district: '潞州区', address: '长治市潞州区站前路 21 号（长治站东侧）', lat: 36.1822, lng: 113.0981, hours: '每天 6:00–19:00', phone: '0355-2021103' },
  { code: 'LZ04', name: '潞州区紫金街零工驿站', district: '潞州区', address: '长治市潞州区紫金西街 88 号便民服务站', lat: 36.2116, lng: 113.1044, hours: '周一至周六 7:30–17:30', phone: '0355-2021104' },
  { code: 'GX01', name: '高新区创业大街零工驿站', district: '潞州区', address: '长治市高新区太行北路 500 号创业大街 B 座', lat: 36.2282, lng: 113.1198, hours: '周一至周五 8:00–18:00', phone: '0355-2021105' },
  { code: 'SD01', name: '上党区韩店零工驿站', district: '上党区', address: '长治市上党区韩店镇府前街 58 号', lat: 36.1083, lng: 113.0506, hours: '每天 6:30–18:00', phone: '0355-2021201' },
  { code: 'TL01', name: '屯留区麟绛零工驿站', district: '屯留区', address: '长治市屯留区麟绛镇康庄路 66 号', lat: 36.3157, lng: 112.8921, hours: '每天 7:00–18:00', phone: '0355-2021301' },
  { code: 'LC01', name: '潞城区潞华零工驿站', district: '潞城区', address: '长治市潞城区潞华街道府后街 29 号', lat: 36.3331, lng: 113.2286, hours: '每天 7:00–18:00', phone: '0355-2021401' },
  { code: 'XY01', name: '襄垣县古韩零工驿站', district: '襄垣县', address: '长治市襄垣县古韩镇太行路 102 号', lat: 36.5356, lng: 113.0518, hours: '每天 6:30–17:30', phone: '0355-2021501' },
  { code: 'ZZ01', name: '长子县丹朱零工驿站', district: '长子县', address: '长治市长子县丹朱镇建设路 45 号', lat: 36.1218, lng: 112.8773, hours: '每天 7:00–18:00', phone: '0355-2021601' },
  { code: 'HG01', name: '壶关县龙泉零工驿站', district: '壶关县', address: '长治市壶关县龙泉镇常平街 17 号', lat: 36.1153, lng: 113.2069, hours: '周一至周六 7:30–17:30', phone: '0355-2021701' },
  { code: 'PS01', name: '平顺县青羊零工驿站', district: '平顺县', address: '长治市平顺县青羊镇新华路 9 号', lat: 36.2003, lng: 113.4361, hours: '周一至周六 8:00–17:30', phone: '0355-2021801' },
  { code: 'LI01', name: '黎城县黎侯零工驿站', district: '黎城县', address: '长治市黎城县黎侯镇文化街 36 号', lat: 36.5025, lng: 113.3872, hours: '周一至周六 8:00–17:30', phone: '0355-2021901' },
  { code: 'WX01', name: '武乡县丰州零工驿站', district: '武乡县', address: '长治市武乡县丰州镇太行街 61 号', lat: 36.8372, lng: 112.8645, hours: '周一至周六 8:00–17:30', phone: '0355-2022001' },
  { code: 'QX01', name: '沁县定昌零工驿站', district: '沁县', address: '长治市沁县定昌镇西大街 23 号', lat: 36.7568, lng: 112.6991, hours: '周一至周六 8:00–17:30', phone: '0355-2022101' },
  { code: 'QY01', name: '沁源县沁河零工驿站', district: '沁源县', address: '长治市沁源县沁河镇育才路 14 号', lat: 36.5003, lng: 112.3374, hours: '周一至周六 8:00–17:30', phone: '0355-2022201' },
]
