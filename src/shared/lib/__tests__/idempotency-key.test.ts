import { IdempotencyKeySchema } from '@/shared/contracts/common'
import { newIdempotencyKey } from '../idempotency-key'

describe('an idempotency key for one intent', () => {
  it('fits the contract and differs between intents', () => {
    const a = newIdempotencyKey('apply')
    const b = newIdempotencyKey('apply')
    expect(IdempotencyKeySchema.safeParse(a).success).toBe(true)
    expect(IdempotencyKeySchema.safeParse(newIdempotencyKey('subsidy')).success).toBe(true)
    expect(a).not.toBe(b)
  })

  it('says what it was for, when, and then random characters', () => {
    expect(newIdempotencyKey('apply', () => 0.999999, 0)).toMatch(/^apply-0-9{20}$/)
    expect(newIdempotencyKey('subsidy', () => 0, 36)).toBe('subsidy-10-aaaaaaaaaaaaaaaaaaaa')
  })
})
