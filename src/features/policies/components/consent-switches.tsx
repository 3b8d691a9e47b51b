import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import { useSubscribeOnTap } from '@/shared/api/subscriptions'
import { ConsentPurposes, type ConsentPurpose, type MyProfile } from '@/shared/contracts/profile'
import { FieldMessage, Tappable } from '@/shared/ui'
import { useRecordConsent } from '../api/profile-mutations'
import { ConsentTexts, hasConsent } from '../model/consent'

/** Withdrawing what a stored number hangs on is asked once more: it cannot be undone. */
async function confirmWithdraw(purpose: ConsentPurpose, profile: MyProfile): Promise<boolean> {
  if (purpose !== 'id_number' || !profile.facts.idNumberMasked) return true
  const { confirm } = await Taro.showModal({
    title: '撤回并删除身份证号？',
    content: `撤回后会立即删除已保存的身份证号（${profile.facts.idNumberMasked}），以后要用需重新填写。`,
    // At most 4 characters: WeChat and Taro's H5 do not open the dialog with a longer button word.
    confirmText: '撤回',
    cancelText: '不撤回',
  })
  return confirm
}

/** What agreeing to WeChat pushes here is for: new policies that fit, and how an application goes. */
const POLICY_PUSHES = ['policy_match', 'subsidy_progress'] as const

/** Each consent as a switch, with what saying yes does and what saying no does. */
export function ConsentSwitches({ profile }: { profile: MyProfile }) {
  const record = useRecordConsent()
  const askForPushes = useSubscribeOnTap(POLICY_PUSHES)
  const toggle = async (purpose: ConsentPurpose) => {
    const granted = !hasConsent(profile, purpose)
    // In the mini-program a push also needs WeChat's own consent per template, asked inside this tap.
    if (purpose === 'wechat_push' && granted) askForPushes()
    if (!granted && !(await confirmWithdraw(purpose, profile))) return
    record.mutate({ purpose, granted })
  }
  return (
    <View className="yz-profile__consents">
      {(Object.keys(ConsentPurposes) as ConsentPurpose[]).map((purpose) => {
        const on = hasConsent(profile, purpose)
        const texts = ConsentTexts[purpose]
        const busy = record.isPending && record.variables?.purpose === purpose
        return (
          <View key={purpose} className="yz-profile__consent">
            <Tappable className={`yz-switch${on ? ' yz-switch--on' : ''}`} label={`${texts.title}：${on ? '已同意，点按撤回' : '未同意，点按同意'}`} onTap={() => void toggle(purpose)}>
              <Text className="yz-switch__title">{texts.title}</Text>
              <Text className="yz-switch__state">{busy ? '正在保存…' : on ? '已同意' : '未同意'}</Text>
            </Tappable>
            <Text className="yz-profile__hint">{on ? texts.on : `同意后：${texts.on}`}</Text>
            {on ? <Text className="yz-profile__hint">{`撤回：${texts.off}`}</Text> : null}
            {record.isError && record.variables?.purpose === purpose ? <FieldMessage tone="error" text={`没有保存：${errorMessage(record.error)}`} /> : null}
          </View>
        )
      })}
    </View>
  )
}
