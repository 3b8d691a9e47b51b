import type { GeoPoint } from '../../../src/shared/contracts/index'

/**
 * The demo city. Its centre is where distances are measured from when a client gives no location
 * (a real deployment sets its own city here). Coordinates are GCJ-02, as Chinese map SDKs return them.
 */
export const DEMO_CITY: { name: string; centre: GeoPoint } = {
  name: '长治市',
  centre: { lat: 36.1954, lng: 113.1163 },
}

/**
 * The hourly minimum wage for part-time work in the demo city's urban districts (山西省一类区). Job
 * screening refuses pay below it; a real deployment keeps `city_settings.min_hourly_wage_fen` current
 * from its province's latest notice.
 */
export const DEMO_CITY_MIN_HOURLY_WAGE = {
  fen: 2130,
  source: '山西省人民政府关于调整全省最低工资标准的通知（晋政发〔2021〕28号）：一类区非全日制用工小时最低工资 21.3 元',
}
