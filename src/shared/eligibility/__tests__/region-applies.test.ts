import { regionApplies } from '..'

describe('regionApplies', () => {
  test('a city-wide policy is for everyone, whatever they answered', () => {
    expect(regionApplies('长治市', {})).toBe(true)
    expect(regionApplies('长治市', { householdRegion: '小店区' })).toBe(true)
    expect(regionApplies('山西省', { residenceRegion: '潞州区' })).toBe(true)
  })

  test("a district's policy is for people whose household or residence lies in it", () => {
    expect(regionApplies('潞州区', { householdRegion: '潞州区' })).toBe(true)
    expect(regionApplies('潞州区', { householdRegion: '上党区', residenceRegion: '山西省长治市潞州区' })).toBe(true)
    expect(regionApplies('沁县', { residenceRegion: '沁县' })).toBe(true)
  })

  test('people from elsewhere are not', () => {
    expect(regionApplies('潞州区', { householdRegion: '上党区' })).toBe(false)
    expect(regionApplies('潞州区', { householdRegion: '上党区', residenceRegion: '小店区' })).toBe(false)
    expect(regionApplies('沁县', { householdRegion: '沁源县' })).toBe(false)
    expect(regionApplies('潞州区', { householdRegion: '太原市' })).toBe(false)
  })

  test('unknown when nothing is given, or only the city around the district', () => {
    expect(regionApplies('潞州区', {})).toBeNull()
    expect(regionApplies('潞州区', { householdRegion: '  ' })).toBeNull()
    expect(regionApplies('潞州区', { residenceRegion: '长治市' })).toBeNull()
    expect(regionApplies('潞州区', { householdRegion: '上党区', residenceRegion: '长治市' })).toBeNull()
  })

  test('a region the table does not know matches only itself', () => {
    expect(regionApplies('某某新区', { householdRegion: '某某新区' })).toBe(true)
    expect(regionApplies('某某新区', { householdRegion: '潞州区' })).toBe(false)
  })
})
