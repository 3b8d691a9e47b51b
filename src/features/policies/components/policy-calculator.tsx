import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { QuestionTexts } from '@/shared/eligibility'
import { ActionButton, PageError, PageLoading, Tappable } from '@/shared/ui'
import { loadCalculator, saveCalculator } from '../api/calculator-storage'
import { policyCheckQueries } from '../api/policy-check-queries'
import { answerText } from '../model/answers'
import { answer, answeredQuestions, currentQuestion, edit, emptyCalculator, previousQuestion, stopEditing } from '../model/calculator'
import { cityToday } from '../model/today'
import { PolicyCheckList } from './policy-check-list'
import { QuestionInput } from './question-input'
import './policy-screen.scss'
import './calculator.scss'

const isRateLimited = (error: unknown) => error instanceof ApiError && error.status === 429

function RateLimited({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <View className="yz-policy-panel" role="alert">
      <Text className="yz-policy-panel__title">查得太频繁了，请过几分钟再试</Text>
      <Text className="yz-policy-panel__text">{errorMessage(error)}</Text>
      <ActionButton className="yz-button" type="primary" fill="outline" size="large" onClick={onRetry}>
        再试一次
      </ActionButton>
    </View>
  )
}

/**
 * The 政策计算器: one question at a time (the one the most undecided policies wait on), the answers so
 * far with a way back to change each, and after every answer the policies that fit or may fit. No
 * sign-in; the answers stay on this phone and come back next time.
 */
export function PolicyCalculator() {
  const [state, setState] = useState(loadCalculator)
  useEffect(() => saveCalculator(state), [state])
  const query = useQuery({ ...policyCheckQueries.check(state.answers), placeholderData: keepPreviousData })
  const today = cityToday()

  const fresh = query.data !== undefined && !query.isPlaceholderData
  const question = currentQuestion(state, fresh ? (query.data.nextQuestion?.key ?? null) : null)
  const previous = previousQuestion(state, question)
  const answered = answeredQuestions(state)

  let ask
  if (question) {
    ask = (
      <View className="yz-policy-panel">
        <Text className="yz-calculator__step">{state.editing ? '修改回答' : `第 ${answered.length + 1} 题`}</Text>
        <Text className="yz-calculator__ask">{QuestionTexts[question]}</Text>
        <QuestionInput question={question} answers={state.answers} today={today} onAnswer={(value) => setState((s) => answer(s, question, value))} />
        <View className="yz-calculator__nav">
          {previous ? (
            <ActionButton className="yz-button" type="default" size="large" onClick={() => setState((s) => edit(s, previous))}>
              ‹ 上一题
            </ActionButton>
          ) : null}
          {state.editing ? (
            <ActionButton className="yz-button" type="default" size="large" onClick={() => setState(stopEditing)}>
              不改了，继续
            </ActionButton>
          ) : null}
        </View>
      </View>
    )
  } else if (query.isFetching) {
    ask = <PageLoading text="正在看还要问什么…" />
  } else if (fresh) {
    ask = (
      <View className="yz-policy-panel">
        <Text className="yz-calculator__ask">{answered.length ? '要问的都问完了，结果在下面。' : '现在没有需要问的问题，结果在下面。'}</Text>
      </View>
    )
  }

  let results
  if (query.isError && isRateLimited(query.error)) results = <RateLimited error={query.error} onRetry={() => void query.refetch()} />
  else if (query.isError) results = <PageError title="结果没有算出来" error={query.error} onRetry={() => void query.refetch()} />
  else if (query.isPending) results = <PageLoading text="正在查看有哪些政策…" />
  else results = <PolicyCheckList checks={query.data.policies} emptyText="按目前的回答，还没有符合的政策。回答上面的问题，或改一改回答试试。" />

  return (
    <View className="yz-policy-screen">
      <Text className="yz-policy-screen__intro">回答几个问题，看看您能申请哪些政策、大概多少钱。不用登录，也不问身份证号；回答只存在这部手机上。</Text>
      {ask}
      {answered.length ? (
        <View className="yz-policy-panel yz-calculator__answers">
          <View className="yz-calculator__answers-head">
            <Text className="yz-policy-panel__title">您的回答</Text>
            <Tappable className="yz-calculator__restart" onTap={() => setState(emptyCalculator())}>
              <Text>全部重新回答</Text>
            </Tappable>
          </View>
          {answered.map((q) => (
            <Tappable key={q} className="yz-calculator__answer" label={`${QuestionTexts[q]} ${answerText(state.answers, q) ?? ''}，点按修改`} onTap={() => setState((s) => edit(s, q))}>
              <Text className="yz-calculator__answer-q">{QuestionTexts[q]}</Text>
              <Text className="yz-calculator__answer-a">{answerText(state.answers, q)}</Text>
              <Text className="yz-calculator__answer-edit">修改 ›</Text>
            </Tappable>
          ))}
        </View>
      ) : null}
      {results}
    </View>
  )
}
