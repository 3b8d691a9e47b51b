import { z } from 'zod/mini'

export const IdSchema = z.string().check(z.uuid({ error: '编号格式不对' }))

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const PhoneSchema = z.string({ error: '请输入手机号' }).check(z.trim(), z.regex(/^1[3-9]\d{9}$/, { error: '请输入 11 位手机号' }))

export const LatSchema = z.coerce
  .number({ error: '纬度应为数字' })
  .check(z.gte(-90, { error: '纬度超出范围' }), z.lte(90, { error: '纬度超出范围' }))
export const LngSchema = z.coerce
  .number({ error: '经度应为数字' })
  .check(z.gte(-180, { error: '经度超出范围' }), z.lte(180, { error: '经度超出范围' }))

export const GeoPointSchema = z.object({ lat: z.number(), lng: z.number() })
export type GeoPoint = z.infer<typeof GeoPointSchema>

/** ISO 8601 timestamp with offset, as the server writes it. */
export const TimestampSchema = z.string().check(z.iso.datetime({ offset: true }))
/** Calendar date, YYYY-MM-DD, in the city's time zone. */
export const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' }))

/** A real calendar day (2026-02-30 is not), YYYY-MM-DD. */
export const isCalendarDate = (value: string) => {
  const at = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value
}

/** A date a person picks or types, which must exist; `label` names it in the messages (「请选择出生日期」). */
export const calendarDate = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请选择${label}` : `${label}格式应为 YYYY-MM-DD`) })
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式应为 YYYY-MM-DD` }),
      z.refine(isCalendarDate, { error: `${label}不是有效的日期` }),
    )

export const PageLimitSchema = z._default(
  z.coerce
    .number({ error: '每页条数应为数字' })
    .check(
      z.int({ error: '每页条数应为整数' }),
      z.gte(1, { error: '每页至少 1 条' }),
      z.lte(50, { error: '每页最多 50 条' }),
    ),
  20,
)

/** Opaque; clients pass back what they were given. */
export const CursorSchema = z.string().check(z.maxLength(200, { error: '翻页参数无效' }))

/** `a,b` or a repeated query parameter, to a list (query strings carry no arrays of their own). */
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value)),
    z.array(item).check(z.minLength(1, { error: '至少选一项' }), z.maxLength(20, { error: '选得太多了' })),
  )

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) })
}

/**
 * Sent as the `Idempotency-Key` header: the same key twice means the same request, done once. Every
 * mutation a person makes may carry one (apply, sign up, evaluate, claim), so retries happen once.
 */
export const IdempotencyKeySchema = z
  .string({ error: '缺少请求编号' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, { error: '请求编号格式不对（8–100 位字母、数字、- 或 _）' }))
export const IdempotencyHeadersSchema = z.object({ 'idempotency-key': z.optional(IdempotencyKeySchema) })
