/**
 * The small region table eligibility needs: 山西省, its cities, and the districts and counties of
 * 长治市 (the demo city) and 太原市 (the capital). A region matches a condition's region when it is
 * the same or lies inside it; names outside the table match only themselves.
 */

/** Each region and the region it lies in (null at the top). Names are unique in the table. */
export const REGIONS: Readonly<Record<string, string | null>> = {
  山西省: null,
  ...within('山西省', [
    '太原市',
    '大同市',
    '阳泉市',
    '长治市',
    '晋城市',
    '朔州市',
    '晋中市',
    '运城市',
    '忻州市',
    '临汾市',
    '吕梁市',
  ]),
  ...within('长治市', [
    '潞州区',
    '上党区',
    '屯留区',
    '潞城区',
    '襄垣县',
    '平顺县',
    '黎城县',
    '壶关县',
    '长子县',
    '武乡县',
    '沁县',
    '沁源县',
  ]),
  ...within('太原市', ['小店区', '迎泽区', '杏花岭区', '尖草坪区', '万柏林区', '晋源区', '清徐县', '阳曲县', '娄烦县', '古交市']),
}

function within(parent: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, parent]))
}

/**
 * The table's name for what a person wrote: the name itself, or the most specific known name a full
 * address ends with (山西省长治市潞州区 → 潞州区). Unknown names come back trimmed.
 */
export function resolveRegion(name: string): string {
  const trimmed = name.trim()
  if (trimmed in REGIONS) return trimmed
  let best = ''
  for (const known of Object.keys(REGIONS)) {
    if (trimmed.endsWith(known) && known.length > best.length) best = known
  }
  return best || trimmed
}

/** Whether `inner` is `outer` or lies inside it: regionContains('山西省', '潞州区') is true. */
export function regionContains(outer: string, inner: string): boolean {
  const target = resolveRegion(outer)
  let at: string | null = resolveRegion(inner)
  while (at !== null) {
    if (at === target) return true
    at = REGIONS[at] ?? null
  }
  return false
}

/** A region inside a city (a district or county), or a name the table does not know (taken as that narrow). */
function isLocal(region: string): boolean {
  const parent = REGIONS[region]
  if (parent === undefined) return true
  return parent !== null && REGIONS[parent] !== null
}

/**
 * Whether a policy of `policyRegion` is for this person. A city's (or province's) policy is for
 * everyone; a district's or county's only for people whose household or residence region lies in
 * it. Null when their answers cannot tell: none given, or only the city the district lies in.
 */
export function regionApplies(policyRegion: string, person: { householdRegion?: string; residenceRegion?: string }): boolean | null {
  const region = resolveRegion(policyRegion)
  if (!isLocal(region)) return true
  const given = [person.householdRegion, person.residenceRegion].filter((r): r is string => r !== undefined && r.trim() !== '')
  if (given.some((r) => regionContains(region, r))) return true
  if (given.length === 0 || given.some((r) => regionContains(r, region))) return null
  return false
}
