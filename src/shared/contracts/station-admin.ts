import { z } from 'zod/mini'
import { IdSchema, TimestampSchema } from './common'
import { endpoint } from './endpoint'
import { StationCodeSchema, StationSchema } from './stations'

const text = (field: string, min: number, max: number) =>
  z
    .string({ error: `请填写${field}` })
    .check(
      z.trim(),
      // An empty field is reported as missing, not as too short (the first issue of a field is shown).
      z.minLength(1, { error: `请填写${field}` }),
      z.minLength(min, { error: `${field}至少 ${min} 个字` }),
      z.maxLength(max, { error: `${field}最多 ${max} 个字` }),
    )

/**
 * A station's coordinates as staff enter them (GCJ-02, as the map pickers give them). Numbers only:
 * an empty field must not become 0°, so there is no coercion here.
 */
export const StationLocationInputSchema = z.object(
  {
    lat: z
      .number({ error: '请填写纬度（数字）' })
      .check(z.gte(-90, { error: '纬度在 -90 到 90 之间' }), z.lte(90, { error: '纬度在 -90 到 90 之间' })),
    lng: z
      .number({ error: '请填写经度（数字）' })
      .check(z.gte(-180, { error: '经度在 -180 到 180 之间' }), z.lte(180, { error: '经度在 -180 到 180 之间' })),
  },
  { error: '请在地图上选好驿站的位置' },
)

/** A landline with or without area code and extension (0355-2021101, 2021101-8), or a mobile number. */
export const StationPhoneSchema = z
  .string({ error: '请填写联系电话' })
  .check(
    z.trim(),
    z.regex(/^(?:(?:0\d{2,3}-?)?\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9})$/, {
      error: '电话格式不对：座机如 0355-2021101，手机为 11 位',
    }),
  )

export const StationFieldsSchema = z.object({
  name: text('驿站名称', 2, 30),
  address: text('地址', 4, 100),
  /** The 区/县 the station serves: district staff manage exactly the stations of theirs. */
  district: text('所在区县', 2, 20),
  location: StationLocationInputSchema,
  /** In plain words, as it is printed on the poster: 每天 6:30–18:00. */
  hours: text('开放时间', 2, 40),
  phone: StationPhoneSchema,
  /** Stored in capitals (it is printed that way); unique whatever the case. */
  code: z.pipe(z.string({ error: '请填写驿站码' }), StationCodeSchema),
})

export const CreateStationBodySchema = StationFieldsSchema
export type CreateStationBody = z.input<typeof CreateStationBodySchema>

export const UpdateStationBodySchema = z
  .partial(StationFieldsSchema)
  .check(z.refine((body) => Object.values(body).some((v) => v !== undefined), { error: '没有要修改的内容', path: ['_'] }))
export type UpdateStationBody = z.input<typeof UpdateStationBodySchema>

/** A station as staff manage it: the public fields, with when it was created and last changed. */
export const StaffStationSchema = z.extend(
  z.pick(StationSchema, {
    id: true,
    code: true,
    name: true,
    district: true,
    address: true,
    location: true,
    hours: true,
    phone: true,
    openJobCount: true,
  }),
  { createdAt: TimestampSchema, updatedAt: TimestampSchema },
)
export type StaffStation = z.infer<typeof StaffStationSchema>

export const StaffStationListSchema = z.object({
  /** By district, then code. */
  items: z.array(StaffStationSchema),
  /** The district the caller manages; null for city-wide staff. */
  district: z.nullable(z.string()),
})
export type StaffStationList = z.infer<typeof StaffStationListSchema>

const StationParams = z.object({ id: IdSchema })
const STAFF_ERRORS = { 403: ['FORBIDDEN', 'STATION_OUT_OF_SCOPE'] } as const

export const stationAdminEndpoints = {
  listStaffStations: endpoint({
    operationId: 'listStaffStations',
    method: 'GET',
    path: '/staff/stations',
    summary: '工作人员管理的驿站（区级人员只看本区，市级看全市），按区县和驿站码排序',
    tags: ['station-admin'],
    auth: 'bearer',
    status: 200,
    response: StaffStationListSchema,
    errors: { 403: ['FORBIDDEN'] },
  }),
  createStation: endpoint({
    operationId: 'createStation',
    method: 'POST',
    path: '/staff/stations',
    summary: '新建驿站（区级人员只能建在本区）；驿站码不分大小写不能重复',
    tags: ['station-admin'],
    auth: 'bearer',
    body: CreateStationBodySchema,
    status: 201,
    response: StaffStationSchema,
    errors: { ...STAFF_ERRORS, 409: ['STATION_CODE_TAKEN'] },
  }),
  updateStation: endpoint({
    operationId: 'updateStation',
    method: 'PATCH',
    path: '/staff/stations/:id',
    summary: '修改驿站信息（只传要改的字段）；区级人员只能改本区的驿站，也不能把它移到别的区县',
    tags: ['station-admin'],
    auth: 'bearer',
    params: StationParams,
    body: UpdateStationBodySchema,
    status: 200,
    response: StaffStationSchema,
    errors: { ...STAFF_ERRORS, 404: ['STATION_NOT_FOUND'], 409: ['STATION_CODE_TAKEN'] },
  }),
  getStationMiniCode: endpoint({
    operationId: 'getStationMiniCode',
    method: 'GET',
    path: '/staff/stations/:id/mini-code.png',
    summary: '驿站的小程序码（PNG，微信 wxacode.getUnlimited，scene 为 s=驿站码）；服务器需配置小程序 appid',
    tags: ['station-admin'],
    auth: 'bearer',
    params: StationParams,
    status: 200,
    download: { mimeTypes: ['image/png'] },
    response: z.instanceof(Uint8Array),
    errors: { ...STAFF_ERRORS, 404: ['STATION_NOT_FOUND'], 502: ['WECHAT_UNAVAILABLE'], 503: ['WECHAT_NOT_CONFIGURED'] },
  }),
  getStationPosterPng: endpoint({
    operationId: 'getStationPosterPng',
    method: 'GET',
    path: '/stations/:id/poster.png',
    summary: '驿站海报（A4 竖版 PNG，150 dpi）：驿站名称、开放时间、电话、地址和扫码进入驿站页的二维码；带 ETag',
    tags: ['stations'],
    auth: 'none',
    params: StationParams,
    status: 200,
    download: { mimeTypes: ['image/png'] },
    response: z.instanceof(Uint8Array),
    errors: { 404: ['STATION_NOT_FOUND'], 503: ['SERVICE_UNAVAILABLE'] },
  }),
  getStationPosterPdf: endpoint({
    operationId: 'getStationPosterPdf',
    method: 'GET',
    path: '/stations/:id/poster.pdf',
    summary: '驿站海报（A4 PDF，内嵌中文字体，可直接打印）；内容同 PNG；带 ETag',
    tags: ['stations'],
    auth: 'none',
    params: StationParams,
    status: 200,
    download: { mimeTypes: ['application/pdf'] },
    response: z.instanceof(Uint8Array),
    errors: { 404: ['STATION_NOT_FOUND'], 503: ['SERVICE_UNAVAILABLE'] },
  }),
}
