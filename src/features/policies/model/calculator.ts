import { CalculatorAnswersSchema, type CalculatorAnswers } from '@/shared/contracts/policies'
import { QUESTIONS, type Question } from '@/shared/eligibility'
import { answerOf, withAnswer, type AnswerValue } from './answers'

/**
 * The 政策计算器's flow: the answers so far, the questions in the order they were answered (so 上一题
 * walks back through them), and the one being changed, if any. The next question otherwise comes
 * from the server (the one the most undecided policies wait on).
 */
export interface CalculatorState {
  answers: CalculatorAnswers
  asked: Question[]
  /** A question answered before that the person went back to; null: ask the server's next one. */
  editing: Question | null
}

export const emptyCalculator = (): CalculatorState => ({ answers: {}, asked: [], editing: null })

/** The question on screen: the one being changed, else the server's next (null: nothing left to ask). */
export function currentQuestion(state: CalculatorState, serverNext: Question | null): Question | null {
  return state.editing ?? serverNext
}

/** Records an answer and moves on to the server's next question. */
export function answer(state: CalculatorState, question: Question, value: AnswerValue): CalculatorState {
  return {
    answers: withAnswer(state.answers, question, value),
    asked: state.asked.includes(question) ? state.asked : [...state.asked, question],
    editing: null,
  }
}

/** The question before the one on screen (null: this is the first). */
export function previousQuestion(state: CalculatorState, current: Question | null): Question | null {
  const index = current === null ? -1 : state.asked.indexOf(current)
  if (index === -1) return state.asked.at(-1) ?? null
  return state.asked[index - 1] ?? null
}

/** Goes back to a question answered before, to see or change its answer. */
export function edit(state: CalculatorState, question: Question): CalculatorState {
  return { ...state, editing: question }
}

/** Leaves the question being changed as it was and returns to the next one. */
export function stopEditing(state: CalculatorState): CalculatorState {
  return { ...state, editing: null }
}

/** The questions answered, in the order they were asked. */
export function answeredQuestions(state: CalculatorState): Question[] {
  return state.asked.filter((question) => answerOf(state.answers, question) !== undefined)
}

/** What was kept on the phone, checked: anything that no longer fits the contract starts afresh. */
export function parseStoredCalculator(stored: unknown): CalculatorState {
  if (typeof stored !== 'object' || stored === null) return emptyCalculator()
  const answers = CalculatorAnswersSchema.safeParse((stored as { answers?: unknown }).answers)
  if (!answers.success) return emptyCalculator()
  const rawAsked = (stored as { asked?: unknown }).asked
  const asked = Array.isArray(rawAsked) ? rawAsked.filter((q): q is Question => QUESTIONS.includes(q as Question)) : []
  const state: CalculatorState = { answers: answers.data as CalculatorAnswers, asked: [...new Set(asked)], editing: null }
  return { ...state, asked: answeredQuestions(state) }
}
