import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { Tappable } from '@/shared/ui'
import './policy-entries.scss'

const entries = [
  { title: '政策计算器', note: '答几个问题，不用登录', url: pageUrl.policyCalculator },
  { title: '适合我的政策', note: '按我的资料匹配', url: pageUrl.policyMatches },
  { title: '我的补贴申请', note: '看申请办到哪一步', url: pageUrl.mySubsidyApplications },
] as const

/** The 政策 tab's ways in to the policy subpackage: three big links, nothing heavy in the main package. */
export function PolicyEntries() {
  return (
    <View className="yz-policy-entries">
      {entries.map((entry) => (
        <Tappable key={entry.url} className="yz-policy-entries__item" role="link" onTap={() => void Taro.navigateTo({ url: entry.url })}>
          <Text className="yz-policy-entries__title">{entry.title}</Text>
          <Text className="yz-policy-entries__note">{entry.note}</Text>
        </Tappable>
      ))}
    </View>
  )
}
