import { z } from 'zod'

export const IdSchema = z.string().uuid({ message: '编号格式不对' })

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const PhoneSchema = z
  .string({ message: '请输入手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '请输入 11 位手机号' })

export const LatSchema = z.coerce
  .number({ message: '纬度应为数字' })
  .min(-90, { message: '纬度超出范围' })
  .max(90, { message: '纬度超出范围' })
export const LngSchema = z.coerce
  .number({ message: '经度应为数字' })
  .min(-180, { message: '经度超出范围' })
  .max(180, { message: '经度超出范围' })

export const GeoPointSchema = z.object({ lat: z.number(), lng: z.number() })
export type GeoPoint = z.infer<typeof GeoPointSchema>

/** ISO 8601 timestamp with offset, as the server writes it. */
export const TimestampSchema = z.string().datetime({ offset: true })
/** Calendar date, YYYY-MM-DD, in the city's time zone. */
export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

export const PageLimitSchema = z.coerce
  .number({ message: '每页条数应为数字' })
  .int({ message: '每页条数应为整数' })
  .min(1, { message: '每页至少 1 条' })
  .max(50, { message: '每页最多 50 条' })
  .default(20)

/** Opaque; clients pass back what they were given. */
export const CursorSchema = z.string().max(200, { message: '翻页参数无效' })

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}
