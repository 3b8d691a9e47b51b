import { ApiError, NetworkError } from '@/shared/api/errors'
import { taroTest } from '@tarojs/taro'
import { clearStationDraft, loadStationDraft, saveStationDraft } from '../api/draft-storage'
import {
  changedFields,
  districtChoices,
  emptyStationForm,
  formDiffers,
  formFromStation,
  normaliseCode,
  parseStationDraft,
  saveErrorView,
  scopeText,
  validateLocation,
  validateStationForm,
  validateTextField,
  type StationFormValues,
} from '../model/station-form'
import { buildStaffStation } from './staff-station-fixtures'

const filled = (overrides: Partial<StationFormValues> = {}): StationFormValues => ({
  name: '  英雄南路零工驿站 ',
  code: 'lz02',
  district: '潞州区',
  address: '潞州区英雄南路 112 号',
  hours: '每天 6:30–18:00',
  phone: '0355-2021101',
  lat: '36.19542',
  lng: '113.11647',
  ...overrides,
})

describe('the station form against the contract', () => {
  it('gives the body to send: trimmed, the code in capitals, the coordinates as numbers', () => {
    expect(validateStationForm(filled())).toEqual({
      ok: true,
      body: {
        name: '英雄南路零工驿站',
        code: 'LZ02',
        district: '潞州区',
        address: '潞州区英雄南路 112 号',
        hours: '每天 6:30–18:00',
        phone: '0355-2021101',
        location: { lat: 36.19542, lng: 113.11647 },
      },
    })
  })

  it('says what is missing in the contract’s words, field by field', () => {
    const result = validateStationForm(emptyStationForm())
    expect(result).toEqual({
      ok: false,
      errors: {
        name: '请填写驿站名称',
        code: '请填写驿站码',
        district: '请填写所在区县',
        address: '请填写地址',
        hours: '请填写开放时间',
        phone: '请填写联系电话',
        location: '请在地图上选好驿站的位置',
      },
    })
  })

  it('says what is wrong with what was typed', () => {
    const result = validateStationForm(filled({ name: '驿', code: 'LZ-01', phone: '12345', lat: '36.1', lng: '北纬' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: '驿站名称至少 2 个字',
      code: '驿站码只含字母和数字',
      phone: '电话格式不对：座机如 0355-2021101，手机为 11 位',
      lng: '请填写经度（数字）',
    })
  })

  it('puts an out-of-range or half-given location on its own field', () => {
    expect(validateLocation(filled({ lat: '95' }))).toEqual({ lat: '纬度在 -90 到 90 之间', lng: undefined, location: undefined })
    expect(validateLocation(filled({ lng: '' }))).toEqual({ lat: undefined, lng: '请填写经度（数字）', location: undefined })
    expect(validateLocation(filled({ lat: '', lng: '' }))).toEqual({ lat: undefined, lng: undefined, location: '请在地图上选好驿站的位置' })
    expect(validateLocation(filled())).toEqual({})
  })

  it('checks one field on leaving it', () => {
    expect(validateTextField('code', filled({ code: 'A' }))).toBe('驿站码太短')
    expect(validateTextField('code', filled({ code: 'ABCDEFGHIJKLM' }))).toBe('驿站码最多 12 位')
    expect(validateTextField('code', filled({ code: 'lz01' }))).toBeNull()
    expect(validateTextField('phone', filled({ phone: '13800000003' }))).toBeNull()
    expect(validateTextField('phone', filled({ phone: '2021101-8' }))).toBeNull()
    expect(validateTextField('hours', filled({ hours: '时' }))).toBe('开放时间至少 2 个字')
  })

  it('shows the code in capitals as it is typed', () => {
    expect(normaliseCode('lz0a')).toBe('LZ0A')
    // Whatever else was typed stays, for the message to point at.
    expect(normaliseCode('lz-1 ')).toBe('LZ-1 ')
  })
})

describe('saving an edit', () => {
  const station = buildStaffStation({ code: 'LZ01', phone: '0355-2021101' })

  it('sends only the fields that changed', () => {
    const result = validateStationForm({ ...formFromStation(station), phone: '13800000003', code: 'lz01' })
    if (!result.ok) throw new Error('expected a valid form')
    expect(changedFields(station, result.body)).toEqual({ phone: '13800000003' })
  })

  it('sends the location when either coordinate moved, and nothing when nothing changed', () => {
    const moved = validateStationForm({ ...formFromStation(station), lng: '113.2' })
    const same = validateStationForm(formFromStation(station))
    if (!moved.ok || !same.ok) throw new Error('expected valid forms')
    expect(changedFields(station, moved.body)).toEqual({ location: { lat: station.location.lat, lng: 113.2 } })
    expect(changedFields(station, same.body)).toEqual({})
  })

  it('knows whether the form differs from what is saved (spaces around do not count)', () => {
    const base = formFromStation(station)
    expect(formDiffers({ ...base, name: ` ${base.name} ` }, base)).toBe(false)
    expect(formDiffers({ ...base, hours: '每天 7:00–18:00' }, base)).toBe(true)
  })
})

describe('the server’s refusals on the form', () => {
  it('puts a taken code on the code field in the server’s sentence', () => {
    const error = new ApiError(409, 'STATION_CODE_TAKEN', '驿站码 LZ01 已被别的驿站使用（不分大小写），请换一个', { code: '这个驿站码已被使用' })
    expect(saveErrorView(error)).toEqual({ fields: { code: '驿站码 LZ01 已被别的驿站使用（不分大小写），请换一个' }, form: null })
  })

  it('maps the contract’s field messages onto the fields, coordinates included', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '纬度在 -90 到 90 之间', { 'location.lat': '纬度在 -90 到 90 之间', phone: '电话格式不对' })
    expect(saveErrorView(error)).toEqual({ fields: { lat: '纬度在 -90 到 90 之间', phone: '电话格式不对' }, form: null })
    const nothing = new ApiError(400, 'VALIDATION_FAILED', '没有要修改的内容', { _: '没有要修改的内容' })
    expect(saveErrorView(nothing)).toEqual({ fields: {}, form: '没有要修改的内容' })
  })

  it('says anything else over the button', () => {
    expect(saveErrorView(new ApiError(403, 'STATION_OUT_OF_SCOPE', '你负责的是潞州区，只能管理本区县的驿站'))).toEqual({
      fields: {},
      form: '你负责的是潞州区，只能管理本区县的驿站',
    })
    expect(saveErrorView(new NetworkError('request:fail'))).toEqual({ fields: {}, form: '网络连接不上，请检查网络后重试' })
  })
})

describe('drafts', () => {
  it('keeps one draft per station and one for a new station, in storage', () => {
    const station = buildStaffStation()
    saveStationDraft(station.id, { values: filled({ hours: '每天 7:00–17:00' }), base: station.updatedAt })
    saveStationDraft(null, { values: filled({ name: '新驿站' }), base: null })

    expect(loadStationDraft(station.id)).toEqual({ values: filled({ hours: '每天 7:00–17:00' }), base: station.updatedAt })
    expect(loadStationDraft(null)?.values.name).toBe('新驿站')
    expect(taroTest.storage.has(`yizhan.station-admin.draft.${station.id}`)).toBe(true)

    clearStationDraft(station.id)
    expect(loadStationDraft(station.id)).toBeNull()
    expect(loadStationDraft(null)).not.toBeNull()
  })

  it('ignores what is not a draft (an old version, something else)', () => {
    expect(parseStationDraft(null)).toBeNull()
    expect(parseStationDraft('草稿')).toBeNull()
    expect(parseStationDraft({ values: { name: '驿站' } })).toBeNull()
    expect(parseStationDraft({ values: filled(), base: 12 })).toEqual({ values: filled(), base: null })
  })
})

describe('scope', () => {
  it('says whose stations these are', () => {
    expect(scopeText('潞州区')).toBe('您负责：潞州区')
    expect(scopeText(null)).toBe('您负责：全市')
  })

  it('offers the districts stations are in, once each, in order', () => {
    expect(districtChoices([{ district: '潞州区' }, { district: '潞州区' }, { district: '上党区' }])).toEqual(['潞州区', '上党区'])
  })
})
