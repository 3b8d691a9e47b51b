import { REGIONS } from '@/shared/eligibility'

/** The demo city: its districts and counties are offered first. */
export const HOME_CITY = '长治市'
/** What a person outside the province picks: a name no policy region contains, so region conditions say no. */
export const OUTSIDE_PROVINCE = '山西省以外'

export interface RegionChoiceGroup {
  title: string
  regions: string[]
}

function within(parent: string): string[] {
  return Object.keys(REGIONS).filter((name) => REGIONS[name] === parent)
}

/**
 * The places a person can pick, from the eligibility region table: the home city's districts and
 * counties, the province's other cities, and 山西省以外.
 */
export function regionChoiceGroups(): RegionChoiceGroup[] {
  const province = Object.keys(REGIONS).find((name) => REGIONS[name] === null) ?? '山西省'
  return [
    { title: `${HOME_CITY}的区县`, regions: within(HOME_CITY) },
    { title: `${province}其他城市`, regions: within(province).filter((city) => city !== HOME_CITY) },
    { title: '外省', regions: [OUTSIDE_PROVINCE] },
  ]
}
