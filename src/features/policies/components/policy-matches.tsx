import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { ActionButton, FieldMessage, PageError, PageLoading, Tappable } from '@/shared/ui'
import { useRecordConsent } from '../api/profile-mutations'
import { policyCheckQueries } from '../api/policy-check-queries'
import { ConsentTexts } from '../model/consent'
import { PolicyCheckList } from './policy-check-list'
import './policy-screen.scss'
import './policy-matches.scss'

const openProfile = () => void Taro.navigateTo({ url: pageUrl.myProfile })

/** Before any matching: what it uses and does, and one 同意 button. */
function MatchingConsent() {
  const consent = useRecordConsent()
  return (
    <View className="yz-policy-panel">
      <Text className="yz-policy-panel__title">先请您同意“政策匹配”</Text>
      <Text className="yz-policy-panel__text">{ConsentTexts.policy_matching.on}</Text>
      <Text className="yz-policy-panel__text">不会用到您的身份证号；只有您自己看得到这些资料和结果。同意后可以随时在“我的资料与授权”里撤回。</Text>
      <ActionButton className="yz-button" type="primary" size="xlarge" block loading={consent.isPending} onClick={() => consent.mutate({ purpose: 'policy_matching', granted: true })}>
        同意
      </ActionButton>
      {consent.isError ? <FieldMessage tone="error" text={`没有记下您的同意：${errorMessage(consent.error)}`} /> : null}
      <Tappable className="yz-policy-panel__link" role="link" onTap={openProfile}>
        <Text>先看看我的资料 ›</Text>
      </Tappable>
    </View>
  )
}

/**
 * 适合我的政策: the policies the signed-in person's profile fits and may fit, and the questions whose
 * answers in 我的资料 would settle the 可能符合 ones. Asks for the matching consent first when missing.
 */
export function PolicyMatches() {
  const query = useQuery(policyCheckQueries.matches())

  if (query.isPending) return <PageLoading text="正在为您匹配政策…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.code === 'CONSENT_REQUIRED') return <MatchingConsent />
    return <PageError title="没有匹配出来" error={query.error} onRetry={() => void query.refetch()} />
  }
  const { policies, questions } = query.data
  return (
    <View className="yz-policy-screen">
      <View className="yz-policy-panel">
        <Text className="yz-policy-panel__text">按您在“我的资料”里填写的情况判断。资料越完整，结果越准。</Text>
        <Tappable className="yz-policy-panel__link" role="link" onTap={openProfile}>
          <Text>修改我的资料 ›</Text>
        </Tappable>
      </View>
      {questions.length ? (
        <View className="yz-policy-panel">
          <Text className="yz-policy-panel__title">补充这些情况，就能确定“可能符合”的政策：</Text>
          {questions.map((question) => (
            <Tappable key={question.key} className="yz-matches__question" role="link" label={`${question.text} 去我的资料填写`} onTap={openProfile}>
              <Text className="yz-matches__question-text">{question.text}</Text>
              <Text className="yz-matches__question-go">去填写 ›</Text>
            </Tappable>
          ))}
        </View>
      ) : null}
      <PolicyCheckList checks={policies} emptyText="按您现在的资料，暂时没有符合的政策。把资料填完整，或过些日子再来看看：有新政策适合您时，我们会发消息告诉您。" />
    </View>
  )
}
