import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { Policy } from '@/shared/contracts/policies'
import { getToken } from '@/shared/session/token-store'
import { ActionButton, Section } from '@/shared/ui'
import { categoryLabel, formatAmount, formatPolicyDate } from '../model/format'
import { PolicyBlocks } from './policy-blocks'
import './policies.scss'
import './policy-details.scss'

export interface PolicyDetailsProps {
  policy: Policy
}

/** 在线申领: the application form, after signing in when signed out (and back to the form after). */
function applyOnline(policyId: string) {
  const url = pageUrl.applyForSubsidy(policyId)
  void Taro.navigateTo({ url: getToken() ? url : pageUrl.login(url) })
}

/** A whole policy: who it is for, how much, what to bring, how to apply, its dates, then the full text. */
export function PolicyDetails({ policy }: PolicyDetailsProps) {
  const { applyMethod } = policy
  return (
    <View className="yz-policy">
      {policy.expired ? (
        <View className="yz-policy__banner" role="status">
          <Text>{policy.expiresOn ? `已过期：这条政策 ${formatPolicyDate(policy.expiresOn)} 截止，现在不能再申请` : '已过期：现在不能再申请'}</Text>
        </View>
      ) : null}
      {policy.status === 'withdrawn' ? (
        <View className="yz-policy__banner" role="status">
          <Text>{`已撤回${policy.withdrawnReason ? `：${policy.withdrawnReason}` : ''}`}</Text>
        </View>
      ) : null}
      <View className="yz-policy__head">
        <Text className="yz-policy__title">{policy.title}</Text>
        <View className="yz-policy-card__tags">
          <Text className="yz-policy-tag">{categoryLabel(policy.category)}</Text>
          <Text className="yz-policy-tag yz-policy-tag--muted">{policy.region}</Text>
        </View>
        <Text className="yz-policy__line">{policy.issuer}</Text>
        {policy.docNumber ? <Text className="yz-policy__line">{`文号：${policy.docNumber}`}</Text> : null}
      </View>

      <Section title="补贴金额">
        <Text className="yz-policy__amount">{formatAmount(policy.amount)}</Text>
      </Section>
      <Section title="适用对象">
        <Text className="yz-policy__body">{policy.audience}</Text>
      </Section>
      <Section title="申请材料">
        {policy.materials.length ? (
          <View role="list">
            {policy.materials.map((material, i) => (
              <View key={i} className="yz-policy-text__item" role="listitem">
                <Text className="yz-policy-text__marker" aria-hidden>{`${i + 1}.`}</Text>
                <Text className="yz-policy-text__item-text">{material}</Text>
              </View>
            ))}
          </View>
        ) : (
          <Text className="yz-policy__body">不需要另外准备材料</Text>
        )}
      </Section>
      <Section title="怎么申请">
        {applyMethod.kind === 'online' ? (
          <View>
            <Text className="yz-policy__body">在本小程序网上申请，不用跑腿。</Text>
            {policy.open ? (
              <View className="yz-policy__apply">
                <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => applyOnline(policy.id)}>
                  在线申领
                </ActionButton>
              </View>
            ) : (
              <Text className="yz-policy__note">这条政策现在不能申请了。</Text>
            )}
          </View>
        ) : (
          <View>
            <Text className="yz-policy__body">{`办理地点：${applyMethod.place}`}</Text>
            <Text className="yz-policy__body">{`办理时间：${applyMethod.hours}`}</Text>
          </View>
        )}
      </Section>
      <Section title="有效期">
        <Text className="yz-policy__body">{`${formatPolicyDate(policy.effectiveFrom)}起施行`}</Text>
        <Text className="yz-policy__body">{policy.expiresOn ? `申请截止：${formatPolicyDate(policy.expiresOn)}` : '没有截止日期'}</Text>
      </Section>
      <Section title="政策原文">
        <PolicyBlocks blocks={policy.fullText} />
      </Section>
    </View>
  )
}
