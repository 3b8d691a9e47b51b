import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { PolicySummary } from '@/shared/contracts/policy-list'
import { Tappable } from '@/shared/ui'
import { categoryLabel, formatAmount, formatPolicyDate } from '../model/format'
import './policies.scss'

export interface PolicyCardProps {
  policy: PolicySummary
}

/** One policy in the list: title, issuer, category, how much, who it is for (two lines), deadline. */
export function PolicyCard({ policy }: PolicyCardProps) {
  const open = () => void Taro.navigateTo({ url: pageUrl.policy(policy.id) })
  return (
    <Tappable className="yz-policy-card" role="link" onTap={open}>
      <Text className="yz-policy-card__title">{policy.title}</Text>
      <View className="yz-policy-card__tags">
        <Text className="yz-policy-tag">{categoryLabel(policy.category)}</Text>
        {policy.expired ? <Text className="yz-policy-tag yz-policy-tag--muted">已过期</Text> : null}
      </View>
      <Text className="yz-policy-card__amount">{formatAmount(policy.amount)}</Text>
      <Text className="yz-policy-card__audience">{`适用：${policy.audienceText}`}</Text>
      <Text className="yz-policy-card__line">{policy.issuer}</Text>
      {policy.expiresOn ? <Text className="yz-policy-card__line">{`申请截止：${formatPolicyDate(policy.expiresOn)}`}</Text> : null}
    </Tappable>
  )
}
