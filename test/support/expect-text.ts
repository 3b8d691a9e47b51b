import { PayUnits } from '../../src/shared/contracts'

/**
 * A job's pay as a person reads it, whatever the exact layout: the amount in yuan, then the unit
 * (`¥180/天`, `180 元/天`, `25.5 元 / 小时`). Built from the API's own data.
 */
export function payPattern(pay: { amountFen: number; unit: keyof typeof PayUnits }): RegExp {
  const yuan = pay.amountFen / 100
  const amount = [String(yuan), yuan.toFixed(2)].map((a) => a.replace('.', '\\.')).join('|')
  return new RegExp(`(?:${amount})\\s*元?\\s*/\\s*${PayUnits[pay.unit]}`)
}

/** What a page says about a station code it cannot find: the code itself and plain words. */
export const NOT_FOUND_WORDS = /没有找到|找不到|不存在/
