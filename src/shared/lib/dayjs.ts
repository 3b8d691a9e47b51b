import dayjs, { type ConfigType, type Dayjs } from 'dayjs'
import 'dayjs/locale/zh-cn'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.locale('zh-cn')

/** Every date the app shows is Beijing time, whatever the phone's own zone. */
export const APP_TIME_ZONE = 'Asia/Shanghai'

/** A dayjs in Beijing time. */
export function toLocal(value: ConfigType): Dayjs {
  return dayjs(value).tz(APP_TIME_ZONE)
}

/** `2026年11月23日` (or `11月23日` in the current year when `short`). */
export function formatDate(value: ConfigType, options: { short?: boolean; now?: ConfigType } = {}): string {
  const date = toLocal(value)
  const sameYear = date.year() === toLocal(options.now ?? Date.now()).year()
  return date.format(options.short && sameYear ? 'M月D日' : 'YYYY年M月D日')
}

/** `11月23日 周一` — for work dates. */
export function formatWorkDate(value: ConfigType): string {
  return toLocal(value).format('M月D日 ddd')
}

/** `14:30`. */
export function formatTime(value: ConfigType): string {
  return toLocal(value).format('HH:mm')
}

/** `11月23日 14:30`. */
export function formatDateTime(value: ConfigType): string {
  return toLocal(value).format('M月D日 HH:mm')
}

/**
 * How long ago, in words an older person reads at a glance: 刚刚, 5分钟前, 3小时前, 昨天, 4天前, then the
 * date. Future times read as the date.
 */
export function formatRelative(value: ConfigType, now: ConfigType = Date.now()): string {
  const date = toLocal(value)
  const current = toLocal(now)
  const minutes = current.diff(date, 'minute')
  if (minutes < 0) return formatDate(value, { short: true, now })
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes}分钟前`
  const days = current.startOf('day').diff(date.startOf('day'), 'day')
  if (days === 0) return `${current.diff(date, 'hour')}小时前`
  if (days === 1) return '昨天'
  if (days < 7) return `${days}天前`
  return formatDate(value, { short: true, now })
}

export { dayjs }
