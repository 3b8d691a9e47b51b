import { Text, View } from '@tarojs/components'
import type { CalculatorAnswers } from '@/shared/contracts/policies'
import type { EmploymentStatus, Question } from '@/shared/eligibility'
import { ChoiceChip } from '@/shared/ui'
import { answerOf, groupOf, type AnswerValue } from '../model/answers'
import { DatePick, EmploymentChoices, RegionChoices, YearPick, YesNoChoices, graduationYears } from './fact-inputs'

export interface QuestionInputProps {
  question: Question
  answers: CalculatorAnswers
  /** YYYY-MM-DD: the latest date a date answer may be. */
  today: string
  onAnswer: (value: AnswerValue) => void
}

/** The controls for one calculator question: chips to tap, or the platform's date or year wheel. */
export function QuestionInput({ question, answers, today, onAnswer }: QuestionInputProps) {
  const value = answerOf(answers, question)
  if (groupOf(question) || question === 'enrolledInCourse') {
    return <YesNoChoices value={typeof value === 'boolean' ? value : undefined} onChange={onAnswer} />
  }
  switch (question) {
    case 'birthDate':
      return <DatePick value={value as string | undefined} prompt="选择出生日期" start="1940-01-01" end={today} onChange={onAnswer} />
    case 'graduationYear':
      return <YearPick value={value as number | undefined} years={graduationYears(Number(today.slice(0, 4)))} prompt="选择毕业年份" onChange={onAnswer} />
    case 'householdRegion':
    case 'residenceRegion':
      return <RegionChoices value={value as string | undefined} onChange={onAnswer} />
    case 'employment':
      return <EmploymentChoices value={value as EmploymentStatus | undefined} onChange={onAnswer} />
    default:
      // businessStartedOn: 没有, or the date on the 营业执照.
      return (
        <View>
          <View className="yz-facts__chips">
            <ChoiceChip text="没有创业" selected={value === null} onTap={() => onAnswer(null)} />
          </View>
          <Text className="yz-facts__group-title yz-calculator__or">创业了的，选营业执照上的成立日期：</Text>
          <DatePick value={typeof value === 'string' ? value : undefined} prompt="选择营业执照日期" start="1980-01-01" end={today} onChange={onAnswer} />
        </View>
      )
  }
}
