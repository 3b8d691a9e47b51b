import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays, cityDate } from '../src/city-time'
import { checkInOpen, isWorkDay, workHasEnded, workHasStarted, type WorkSchedule } from '../src/routes/applications/schedule'

/** A city wall-clock moment (Asia/Shanghai, UTC+8). */
const at = (local: string) => new Date(`${local}+08:00`)

const dayShift: WorkSchedule = { workDateStart: '2026-06-01', workDateEnd: '2026-06-02', workStartTime: '08:00', workEndTime: '17:00' }
const nightShift: WorkSchedule = { workDateStart: '2026-06-01', workDateEnd: '2026-06-01', workStartTime: '22:00', workEndTime: '06:00' }

describe('work schedule in the city’s time (pure, fixed clock)', () => {
  it('the city date is UTC+8: 23:30 UTC is already tomorrow', () => {
    assert.equal(cityDate(new Date('2026-06-01T23:30:00Z')), '2026-06-02')
    assert.equal(cityDate(new Date('2026-06-01T15:59:59Z')), '2026-06-01')
    assert.equal(addDays('2026-02-28', 1), '2026-03-01')
    assert.equal(addDays('2026-03-01', -1), '2026-02-28')
  })

  it('work starts at the first day’s start time', () => {
    assert.equal(workHasStarted(dayShift, at('2026-06-01T07:59:59')), false)
    assert.equal(workHasStarted(dayShift, at('2026-06-01T08:00:00')), true)
    assert.equal(workHasStarted(dayShift, at('2026-05-31T12:00:00')), false)
  })

  it('work ends at the last day’s end time; a night shift ends the next morning', () => {
    assert.equal(workHasEnded(dayShift, at('2026-06-02T16:59:59')), false)
    assert.equal(workHasEnded(dayShift, at('2026-06-02T17:00:00')), true)
    assert.equal(workHasEnded(nightShift, at('2026-06-01T23:59:00')), false)
    assert.equal(workHasEnded(nightShift, at('2026-06-02T05:59:00')), false)
    assert.equal(workHasEnded(nightShift, at('2026-06-02T06:00:00')), true)
  })

  it('work days are the dates from start to end', () => {
    assert.equal(isWorkDay(dayShift, at('2026-05-31T23:59:59')), false)
    assert.equal(isWorkDay(dayShift, at('2026-06-01T00:00:00')), true)
    assert.equal(isWorkDay(dayShift, at('2026-06-02T23:59:59')), true)
    assert.equal(isWorkDay(dayShift, at('2026-06-03T00:00:00')), false)
  })

  it('check-in: from an hour before the start to the end, on each work day only', () => {
    const cases: [string, boolean][] = [
      ['2026-06-01T06:59:59', false],
      ['2026-06-01T07:00:00', true],
      ['2026-06-01T12:00:00', true],
      ['2026-06-01T17:00:00', true],
      ['2026-06-01T17:00:01', false],
      ['2026-06-01T23:00:00', false],
      ['2026-06-02T07:30:00', true],
      ['2026-06-03T07:30:00', false],
      ['2026-05-31T12:00:00', false],
    ]
    for (const [when, open] of cases) assert.equal(checkInOpen(dayShift, at(when)), open, when)
  })

  it('check-in for a night shift runs past midnight, not into the next night', () => {
    const cases: [string, boolean][] = [
      ['2026-06-01T20:59:00', false],
      ['2026-06-01T21:00:00', true],
      ['2026-06-02T03:00:00', true],
      ['2026-06-02T06:00:00', true],
      ['2026-06-02T06:01:00', false],
      ['2026-06-02T21:30:00', false],
    ]
    for (const [when, open] of cases) assert.equal(checkInOpen(nightShift, at(when)), open, when)
  })
})
