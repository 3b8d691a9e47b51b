import { formatDate, formatDateTime, formatRelative, formatTime, formatWorkDate } from '../dayjs'

describe('dates in Beijing time, in Chinese', () => {
  // 2026-11-23 01:30 in Beijing is still the 22nd in UTC.
  const now = '2026-11-22T17:30:00Z'

  it('formats in Asia/Shanghai whatever the machine zone', () => {
    expect(formatDate(now)).toBe('2026年11月23日')
    expect(formatDate(now, { short: true, now })).toBe('11月23日')
    expect(formatDate('2025-03-01T04:00:00Z', { short: true, now })).toBe('2025年3月1日')
    expect(formatTime(now)).toBe('01:30')
    expect(formatDateTime(now)).toBe('11月23日 01:30')
    expect(formatWorkDate('2026-11-23T02:00:00+08:00')).toBe('11月23日 周一')
  })

  it('says how long ago in plain words', () => {
    expect(formatRelative('2026-11-22T17:29:40Z', now)).toBe('刚刚')
    expect(formatRelative('2026-11-22T17:25:00Z', now)).toBe('5分钟前')
    expect(formatRelative('2026-11-22T16:20:00Z', now)).toBe('1小时前')
    // 23:00 on the 22nd in Beijing: yesterday there, although the same UTC day.
    expect(formatRelative('2026-11-22T15:00:00Z', now)).toBe('昨天')
    expect(formatRelative('2026-11-19T12:00:00Z', now)).toBe('4天前')
    expect(formatRelative('2026-10-01T12:00:00Z', now)).toBe('10月1日')
    expect(formatRelative('2026-11-25T12:00:00Z', now)).toBe('11月25日')
  })
})
