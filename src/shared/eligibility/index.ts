/**
 * Eligibility as data (issue 14): one pure evaluator shared by the server (calculator, matching,
 * push) and the app (policy pages). No I/O, no zod, no Taro.
 */
export * from './types'
export { evaluate, nextQuestion } from './evaluate'
export { QuestionTexts, PersonGroupLabels, EmploymentLabels, describeCondition } from './texts'
export { regionApplies, regionContains, REGIONS } from './regions'
