import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { answerPrivacyRequest, subscribePrivacyRequest } from '@/shared/platform'
import { ActionButton } from './action-button'
import './privacy-prompt.scss'

const AGREE_BUTTON_ID = 'yz-privacy-agree'

export interface PrivacyPromptProps {
  /** Why the app wants it, e.g. 用您的位置查找最近的零工驿站. */
  purpose?: string
  /** What agreeing allows and what happens without it. */
  detail?: string
}

/**
 * Our own wording for WeChat's privacy consent, shown only while WeChat waits for it (the first time
 * a page asks for the location). Once any page renders it, render it on every page that calls a
 * privacy API: elsewhere the request is declined and the page carries on without location. Without
 * it anywhere, WeChat shows its official popup instead. Renders nothing in the browser.
 */
export function PrivacyPrompt({
  purpose = '用您的位置查找离您最近的零工驿站和工作',
  detail = '同意后才会读取位置；不同意也能正常使用，只是按市中心显示。',
}: PrivacyPromptProps) {
  const [open, setOpen] = useState(false)
  useEffect(() => subscribePrivacyRequest(setOpen), [])
  if (!open) return null
  return (
    <View className="yz-privacy" role="dialog" aria-modal aria-label="隐私保护提示">
      <View className="yz-privacy__panel">
        <Text className="yz-privacy__title">隐私保护提示</Text>
        <Text className="yz-privacy__text">{`${purpose}。${detail}`}</Text>
        <ActionButton
          id={AGREE_BUTTON_ID}
          className="yz-button"
          type="primary"
          size="xlarge"
          block
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerPrivacyRequest(true, AGREE_BUTTON_ID)}
        >
          同意
        </ActionButton>
        <ActionButton className="yz-button" fill="outline" size="xlarge" block onClick={() => answerPrivacyRequest(false)}>
          不同意
        </ActionButton>
      </View>
    </View>
  )
}
