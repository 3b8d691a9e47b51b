import Taro from '@tarojs/taro'

/** What the person answered for one template: each `accepted` allows one message to be sent. */
export interface SubscribeResult {
  templateId: string
  accepted: boolean
}

/** Whether asking for subscribe-message consent means anything here: only in the mini-program. */
export function canAskToSubscribe(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/**
 * Asks WeChat for consent to send these subscribe-message templates (at most 3 at a time). WeChat
 * only shows the dialog when this runs inside a tap handler, so call it synchronously from the tap,
 * with template ids fetched beforehand. Resolves [] on H5, when nothing is asked, or when WeChat
 * refuses (a setting switched off, the dialog dismissed): consent is never worth an error.
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function askToSubscribe(templateIds: readonly string[]): Promise<SubscribeResult[]> {
  if (process.env.TARO_ENV !== 'weapp') return []
  const tmplIds = [...new Set(templateIds)].slice(0, 3)
  if (tmplIds.length === 0) return []
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, unknown>
    return tmplIds.map((templateId) => ({ templateId, accepted: answer[templateId] === 'accept' }))
  } catch {
    return []
  }
}
