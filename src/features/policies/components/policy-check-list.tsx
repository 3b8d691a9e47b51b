import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { pageUrl } from '@/shared/config/routes'
import type { PolicyCheck } from '@/shared/contracts/policies'
import { Tappable } from '@/shared/ui'
import { categoryLabel } from '../model/format'
import './policy-check-list.scss'

const VerdictWords = { eligible: '符合', maybe: '可能符合', ineligible: '不符合' } as const

function CheckCard({ check }: { check: PolicyCheck }) {
  const { policy, verdict } = check
  return (
    <Tappable className={`yz-check-card yz-check-card--${verdict.result}`} role="link" onTap={() => void Taro.navigateTo({ url: pageUrl.policy(policy.id) })}>
      <View className="yz-check-card__top">
        <Text className="yz-check-card__verdict">{VerdictWords[verdict.result]}</Text>
        <Text className="yz-check-card__category">{categoryLabel(policy.category)}</Text>
      </View>
      <Text className="yz-check-card__title">{policy.title}</Text>
      <Text className="yz-check-card__amount">{check.amountText}</Text>
      {verdict.result === 'ineligible' ? <Text className="yz-check-card__reason">{`原因：${verdict.reason}`}</Text> : null}
      {verdict.result === 'maybe' ? <Text className="yz-check-card__reason">{`还要看 ${verdict.questions.length} 个情况才能确定`}</Text> : null}
    </Tappable>
  )
}

export interface PolicyCheckListProps {
  checks: PolicyCheck[]
  /** Said when nothing fits or may fit. */
  emptyText: string
}

/**
 * Judged policies: 符合 first, then 可能符合, each with roughly how much and opening the policy; the
 * 不符合 ones folded away under one line, each with its reason when unfolded.
 */
export function PolicyCheckList({ checks, emptyText }: PolicyCheckListProps) {
  const [showIneligible, setShowIneligible] = useState(false)
  const eligible = checks.filter((c) => c.verdict.result === 'eligible')
  const maybe = checks.filter((c) => c.verdict.result === 'maybe')
  const ineligible = checks.filter((c) => c.verdict.result === 'ineligible')
  return (
    <View className="yz-check-list">
      {eligible.length ? (
        <View className="yz-check-list__group">
          <Text className="yz-check-list__title">{`符合的政策（${eligible.length} 条）`}</Text>
          {eligible.map((check) => (
            <CheckCard key={check.policy.id} check={check} />
          ))}
        </View>
      ) : null}
      {maybe.length ? (
        <View className="yz-check-list__group">
          <Text className="yz-check-list__title">{`可能符合的政策（${maybe.length} 条）`}</Text>
          {maybe.map((check) => (
            <CheckCard key={check.policy.id} check={check} />
          ))}
        </View>
      ) : null}
      {eligible.length === 0 && maybe.length === 0 ? <Text className="yz-check-list__empty">{emptyText}</Text> : null}
      {ineligible.length ? (
        <View className="yz-check-list__group">
          <Tappable className="yz-check-list__fold" onTap={() => setShowIneligible((shown) => !shown)}>
            <Text>{showIneligible ? `收起不符合的 ${ineligible.length} 条` : `不符合的 ${ineligible.length} 条（点开看原因）`}</Text>
          </Tappable>
          {showIneligible ? ineligible.map((check) => <CheckCard key={check.policy.id} check={check} />) : null}
        </View>
      ) : null}
    </View>
  )
}
