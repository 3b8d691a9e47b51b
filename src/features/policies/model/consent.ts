import type { ConsentPurpose, MyProfile } from '@/shared/contracts/profile'

/**
 * The version of the privacy notice these screens explain (the words in `ConsentTexts`), recorded
 * with every consent decision. Bump it whenever those words change.
 */
export const PRIVACY_NOTICE_VERSION = '2026-12'

/** Each purpose as the person decides it: what it is, and what saying yes and no each do. */
export const ConsentTexts: Record<ConsentPurpose, { title: string; on: string; off: string }> = {
  policy_matching: {
    title: '用我的资料匹配政策',
    on: '用“我的资料”里的出生日期、人群类别、毕业年份、户籍和常住地、就业和创业情况、是否在培训，判断您能申请哪些政策，列在“适合我的政策”里；有新政策适合您时发消息告诉您。',
    off: '不再用您的资料匹配政策，也不再推送；资料本身仍保存在这里，您可以随时修改或清空。',
  },
  id_number: {
    title: '保存我的身份证号',
    on: '身份证号只用来核对年龄和申领补贴时确认是您本人，加密保存，页面上只显示前 6 位和后 4 位。',
    off: '撤回后会立即删除已保存的身份证号。',
  },
  wechat_push: {
    title: '通过微信提醒我',
    on: '有适合您的新政策、补贴申领有进展时，除了站内消息，也通过微信订阅消息提醒您。',
    off: '只在“消息”里告诉您，不发微信提醒。',
  },
}

/** Whether the person's latest decision for this purpose is yes. */
export function hasConsent(profile: Pick<MyProfile, 'consents'>, purpose: ConsentPurpose): boolean {
  return profile.consents.some((consent) => consent.purpose === purpose && consent.granted)
}
