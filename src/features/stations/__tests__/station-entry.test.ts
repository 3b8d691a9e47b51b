import { parseScene, resolveStationEntry, sameEntry } from '../model/station-entry'

describe('parseScene', () => {
  it.each([
    ['s=LZ01', 'LZ01'],
    ['s%3DLZ01', 'LZ01'],
    ['s%253DLZ01', 'LZ01'],
    ['LZ01', 'LZ01'],
    [' s=AB12cd ', 'AB12cd'],
    ['x=1&s=QLH03', 'QLH03'],
  ])('reads %s as station code %s', (scene, code) => {
    expect(parseScene(scene)).toEqual({ kind: 'code', code })
  })

  it.each([
    ['no such thing', 'nosuchthing'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['s=', ''],
    ['s=L', 'L'],
    ['s=LZ01!', 'LZ01!'],
    ['t=LZ01', 't=LZ01'],
    ['s=ABCDEFGHIJKLM', 'ABCDEFGHIJKLM'],
  ])('rejects %s', (scene, shown) => {
    expect(parseScene(scene)).toEqual({ kind: 'invalid', shown })
  })

  it('rejects a scene longer than WeChat allows, and shortens what it shows back', () => {
    const scene = `s=${'A'.repeat(40)}`
    expect(parseScene(scene)).toEqual({ kind: 'invalid', shown: `s=${'A'.repeat(14)}…` })
  })

  it('never shows back characters that are not plain ASCII', () => {
    expect(parseScene('s=驿站<b>')).toEqual({ kind: 'invalid', shown: '<b>' })
  })
})

describe('resolveStationEntry', () => {
  const id = '00000000-0000-4000-8000-000000000001'

  it('prefers scene, then code, then id', () => {
    expect(resolveStationEntry({ scene: 's%3DLZ01', code: 'QLH03', id })).toEqual({ kind: 'code', code: 'LZ01' })
    expect(resolveStationEntry({ code: 'QLH03', id })).toEqual({ kind: 'code', code: 'QLH03' })
    expect(resolveStationEntry({ id })).toEqual({ kind: 'id', id })
  })

  it('treats a malformed code or id as invalid and no query as none', () => {
    expect(resolveStationEntry({ code: 'LZ-01' })).toEqual({ kind: 'invalid', shown: 'LZ-01' })
    expect(resolveStationEntry({ id: '42' })).toEqual({ kind: 'invalid', shown: '42' })
    expect(resolveStationEntry({})).toEqual({ kind: 'none' })
  })

  it('tells whether two entries lead to the same station', () => {
    expect(sameEntry({ kind: 'code', code: 'LZ01' }, { kind: 'code', code: 'LZ01' })).toBe(true)
    expect(sameEntry({ kind: 'code', code: 'LZ01' }, { kind: 'code', code: 'QLH03' })).toBe(false)
    expect(sameEntry({ kind: 'code', code: 'LZ01' }, { kind: 'id', id })).toBe(false)
  })
})
