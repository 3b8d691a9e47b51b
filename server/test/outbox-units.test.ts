import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadConfig } from '../src/config'
import { cityClock, cityDateAfter, cityMoment, inQuietHours } from '../src/city-time'
import { fitValue, pageFor, templateData } from '../src/outbox/template-data'

describe('Quiet hours and the city clock (Asia/Shanghai, UTC+8)', () => {
  it('22:00 to 07:59 city time is quiet, 08:00 to 21:59 is not', () => {
    const at = (time: string) => cityMoment('2026-12-02', time)
    assert.deepEqual(
      ['07:59', '08:00', '12:00', '21:59', '22:00', '23:59', '00:00'].map((t) => [t, inQuietHours(at(t))]),
      [['07:59', true], ['08:00', false], ['12:00', false], ['21:59', false], ['22:00', true], ['23:59', true], ['00:00', true]],
    )
  })

  it('the city date turns at midnight in the city, not in UTC', () => {
    // 16:30 UTC is 00:30 the next day in the city.
    assert.deepEqual(cityClock(new Date('2026-12-02T16:30:00Z')), { date: '2026-12-03', hour: 0 })
    assert.equal(cityDateAfter(new Date('2026-12-31T15:00:00Z'), 1), '2027-01-01')
  })
})

describe('Subscribe-message values', () => {
  it('are cut to WeChat’s limits by the key’s type, counting characters', () => {
    assert.equal(fitValue('thing1', '一二三四五六七八九十一二三四五六七八九十'), '一二三四五六七八九十一二三四五六七八九十')
    assert.equal(fitValue('thing1', '一二三四五六七八九十一二三四五六七八九十一'), '一二三四五六七八九十一二三四五六七八九…')
    assert.equal(fitValue('phrase2', '已录用并已通知'), '已录用并已')
    assert.equal(fitValue('name3', '欧阳娜娜娜娜娜娜娜娜娜'), '欧阳娜娜娜娜娜娜娜…')
    assert.equal([...fitValue('character_string4', 'A'.repeat(40))].length, 32)
    // Characters outside the BMP count once, and are never split.
    assert.equal(fitValue('phrase1', '😀😀😀😀😀😀'), '😀😀😀😀😀')
    assert.equal(fitValue('time2', '2026年12月3日 08:00'), '2026年12月3日 08:00')
  })

  it('go under the configured keys; values without a key or empty are left out', () => {
    assert.deepEqual(templateData({ job: '保洁', result: '已录用', extra: 'x', note: ' ' }, { job: 'thing1', result: 'phrase2', note: 'thing4' }), { thing1: '保洁', phrase2: '已录用' })
  })

  it('open the linked page, or the message centre', () => {
    assert.equal(pageFor({ kind: 'job', id: 'abc' }), 'subpackages/jobs/detail/index?id=abc')
    assert.equal(pageFor({ kind: 'policy', id: 'p1' }), 'subpackages/policies/detail/index?id=p1')
    assert.equal(pageFor({ kind: 'subsidy_application', id: 's 1' }), 'subpackages/policies/application/index?id=s%201')
    assert.equal(pageFor({ kind: 'unknown', id: 'x' }), 'subpackages/messages/list/index')
    assert.equal(pageFor(null), 'subpackages/messages/list/index')
  })
})

describe('Outbox and template configuration', () => {
  it('lists only the configured templates, with default or given keys; the worker is on by default', () => {
    const config = loadConfig({ NODE_ENV: 'test', WECHAT_TEMPLATE_WORK_REMINDER: 'tpl-r', WECHAT_TEMPLATE_WORK_REMINDER_FIELDS: 'job:thing2,time:time5' })
    assert.deepEqual(config.wechatSubscribe.templates, { work_reminder: { templateId: 'tpl-r', fields: { job: 'thing2', time: 'time5' } } })
    assert.deepEqual(config.outbox, { enabled: true, pollMs: 5000 })
    const both = loadConfig({ NODE_ENV: 'test', WECHAT_TEMPLATE_APPLICATION_RESULT: 'tpl-a', OUTBOX_WORKER: 'false', OUTBOX_POLL_MS: '250' })
    assert.deepEqual(both.wechatSubscribe.templates.application_result?.fields, { job: 'thing1', result: 'phrase2', employer: 'thing3', note: 'thing4' })
    assert.deepEqual(both.outbox, { enabled: false, pollMs: 250 })
  })

  it('refuses a malformed key map and a silly poll interval', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'test', WECHAT_TEMPLATE_WORK_REMINDER_FIELDS: 'job=thing1' }), /WECHAT_TEMPLATE_WORK_REMINDER_FIELDS/)
    assert.throws(() => loadConfig({ NODE_ENV: 'test', OUTBOX_POLL_MS: '5' }), /OUTBOX_POLL_MS/)
  })
})
