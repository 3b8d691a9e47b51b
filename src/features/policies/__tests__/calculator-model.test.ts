import { answerText, withAnswer } from '../model/answers'
import { answer, answeredQuestions, currentQuestion, edit, emptyCalculator, parseStoredCalculator, previousQuestion, stopEditing } from '../model/calculator'
import { OUTSIDE_PROVINCE, regionChoiceGroups } from '../model/regions'

describe('the calculator flow', () => {
  it('asks the server’s next question, records answers in the order given and walks back through them', () => {
    let state = emptyCalculator()
    expect(currentQuestion(state, 'group.graduate')).toBe('group.graduate')
    expect(previousQuestion(state, 'group.graduate')).toBeNull()

    state = answer(state, 'group.graduate', true)
    state = answer(state, 'graduationYear', 2025)
    state = answer(state, 'householdRegion', '潞州区')
    expect(state.answers).toEqual({ groups: { graduate: true }, graduationYear: 2025, householdRegion: '潞州区' })
    expect(state.asked).toEqual(['group.graduate', 'graduationYear', 'householdRegion'])

    // On the server's next (not yet answered) question, 上一题 is the last answered one, then the one before.
    expect(previousQuestion(state, 'employment')).toBe('householdRegion')
    state = edit(state, 'householdRegion')
    expect(currentQuestion(state, 'employment')).toBe('householdRegion')
    expect(previousQuestion(state, 'householdRegion')).toBe('graduationYear')

    // Changing an earlier answer keeps its place and goes on to the server's next question.
    state = answer(state, 'householdRegion', '屯留区')
    expect(state.asked).toEqual(['group.graduate', 'graduationYear', 'householdRegion'])
    expect(state.editing).toBeNull()
    expect(state.answers.householdRegion).toBe('屯留区')

    state = stopEditing(edit(state, 'group.graduate'))
    expect(currentQuestion(state, null)).toBeNull()
  })

  it('keeps other groups when one group is answered; 没有创业 is null, a date is a date', () => {
    let answers = withAnswer({}, 'group.veteran', false)
    answers = withAnswer(answers, 'group.disabled', true)
    expect(answers.groups).toEqual({ veteran: false, disabled: true })
    expect(withAnswer({}, 'businessStartedOn', null)).toEqual({ businessStartedOn: null })
    expect(withAnswer({}, 'businessStartedOn', '2025-03-01')).toEqual({ businessStartedOn: '2025-03-01' })
  })

  it('says each answer in words', () => {
    const answers = {
      birthDate: '1998-05-01',
      groups: { graduate: true, veteran: false },
      graduationYear: 2024,
      residenceRegion: '潞州区',
      employment: 'unemployed' as const,
      businessStartedOn: null,
      enrolledInCourse: false,
    }
    expect(answerText(answers, 'birthDate')).toBe('1998年5月1日')
    expect(answerText(answers, 'group.graduate')).toBe('是')
    expect(answerText(answers, 'group.veteran')).toBe('不是')
    expect(answerText(answers, 'group.disabled')).toBeNull()
    expect(answerText(answers, 'graduationYear')).toBe('2024 年')
    expect(answerText(answers, 'residenceRegion')).toBe('潞州区')
    expect(answerText(answers, 'employment')).toBe('未就业')
    expect(answerText(answers, 'businessStartedOn')).toBe('没有创业')
    expect(answerText({ businessStartedOn: '2025-03-01' }, 'businessStartedOn')).toBe('营业执照 2025年3月1日办理')
    expect(answerText(answers, 'enrolledInCourse')).toBe('不是')
  })

  it('restores what was kept on the phone, dropping what no longer fits the contract', () => {
    const kept = { answers: { groups: { graduate: true }, graduationYear: 2025 }, asked: ['group.graduate', 'graduationYear', 'nonsense', 'group.graduate', 'employment'] }
    const state = parseStoredCalculator(kept)
    expect(state.answers).toEqual({ groups: { graduate: true }, graduationYear: 2025 })
    // Unknown, repeated and unanswered questions are left out.
    expect(state.asked).toEqual(['group.graduate', 'graduationYear'])
    expect(answeredQuestions(state)).toEqual(['group.graduate', 'graduationYear'])

    expect(parseStoredCalculator({ answers: { graduationYear: '二〇二五' }, asked: ['graduationYear'] })).toEqual(emptyCalculator())
    expect(parseStoredCalculator({ answers: { idNumber: '11010519491231002X' }, asked: [] })).toEqual(emptyCalculator())
    expect(parseStoredCalculator('')).toEqual(emptyCalculator())
  })

  it('offers the city’s districts, the province’s other cities and 山西省以外 as places', () => {
    const groups = regionChoiceGroups()
    expect(groups.map((g) => g.title)).toEqual(['长治市的区县', '山西省其他城市', '外省'])
    expect(groups[0]!.regions).toContain('潞州区')
    expect(groups[0]!.regions).toHaveLength(12)
    expect(groups[1]!.regions).toContain('太原市')
    expect(groups[1]!.regions).not.toContain('长治市')
    expect(groups[2]!.regions).toEqual([OUTSIDE_PROVINCE])
  })
})
