import type { PostField } from './post-form'

/** The form's names for its fields: in messages that point at one ("「工作内容」…"). */
export const fieldLabels: Record<PostField, string> = {
  title: '岗位名称',
  category: '工种',
  headcount: '招聘人数',
  duties: '工作内容',
  requirements: '任职要求',
  conditions: '工作条件',
  stationId: '所属驿站',
  address: '工作地址',
  district: '所在区县',
  location: '工作地点',
  pay: '工资',
  settlement: '结算方式',
  employmentType: '用工形式',
  workDateStart: '开工日期',
  workDateEnd: '完工日期',
  validUntil: '招聘截止日期',
  workStartTime: '每天上班时间',
  workEndTime: '每天下班时间',
  workHours: '工作时间说明',
  meetingPoint: '集合地点',
  hiringMode: '录用方式',
  welcomesOlder: '欢迎大龄求职者',
  form: '岗位信息',
}

/** The order fields appear in on the form: the first one with a problem is named in the summary. */
export const fieldOrder: readonly PostField[] = [
  'title',
  'category',
  'headcount',
  'duties',
  'requirements',
  'conditions',
  'pay',
  'settlement',
  'employmentType',
  'workDateStart',
  'workDateEnd',
  'workStartTime',
  'workEndTime',
  'workHours',
  'validUntil',
  'stationId',
  'location',
  'address',
  'district',
  'meetingPoint',
  'hiringMode',
  'welcomesOlder',
  'form',
]

/** 还有 3 项需要修改：岗位名称、工资、工作地点. */
export function problemSummary(errors: Partial<Record<PostField, string>>): string | null {
  const fields = fieldOrder.filter((f) => errors[f])
  if (fields.length === 0) return null
  return `还有 ${fields.length} 项需要修改：${fields.map((f) => fieldLabels[f]).join('、')}`
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** `11月24日 周二` for a YYYY-MM-DD date, whatever the phone's time zone (the date is the city's). */
export function dateText(date: string): string {
  const at = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(at.getTime())) return date
  return `${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${WEEKDAYS[at.getUTCDay()]}`
}

/** `17:00`, or `次日 06:00` for an end at or before the start (a night shift). */
export function endTimeText(start: string, end: string): string {
  return end <= start ? `次日 ${end}` : end
}
