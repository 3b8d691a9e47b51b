import { PersonFactsSchema } from '../../contracts/eligibility'
import { UpdateMyProfileBodySchema } from '../../contracts/profile'
import { CalculatorAnswersSchema } from '../../contracts/policies'

describe('dates a person gives must exist', () => {
  it.each([
    ['2001-02-30', '出生日期不是有效的日期'],
    ['2001-13-01', '出生日期不是有效的日期'],
    ['2001-2-3', '出生日期格式应为 YYYY-MM-DD'],
  ])('birth date %s is refused in the profile, the calculator and the facts', (birthDate, message) => {
    for (const schema of [PersonFactsSchema, UpdateMyProfileBodySchema, CalculatorAnswersSchema]) {
      const result = schema.safeParse({ birthDate })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(message)
    }
  })

  it('a leap day exists only in leap years', () => {
    expect(UpdateMyProfileBodySchema.safeParse({ birthDate: '2000-02-29' }).success).toBe(true)
    expect(UpdateMyProfileBodySchema.safeParse({ birthDate: '2001-02-29' }).success).toBe(false)
  })

  it('a business start date must exist too; null means no business', () => {
    expect(UpdateMyProfileBodySchema.safeParse({ businessStartedOn: '2024-04-31' }).success).toBe(false)
    expect(UpdateMyProfileBodySchema.safeParse({ businessStartedOn: null }).success).toBe(true)
  })
})
