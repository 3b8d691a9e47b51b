/**
 * A count on a tab bar item (the unread messages on 我的). WeChat and Taro's H5 tab bar both take
 * `setTabBarBadge` / `removeTabBarBadge` by the item's index.
 */
import Taro from '@tarojs/taro'
import { tabPages } from '@/shared/config/routes'

type TabPage = (typeof tabPages)[keyof typeof tabPages]

/** app.config.ts lists the tab bar in the order of `tabPages`. */
function tabIndex(page: TabPage): number {
  return Object.values(tabPages).indexOf(page)
}

/** What a badge says: the count, `99+` past 99 (WeChat cuts longer text to `...`). */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count)
}

/**
 * Shows `count` on the tab of `page`, or removes the badge at 0. Never throws: a failed badge (e.g.
 * asked while a page without the tab bar is on top) is set again when the tab page next shows.
 */
export async function setTabBadge(page: TabPage, count: number): Promise<void> {
  const index = tabIndex(page)
  try {
    if (count > 0) await Taro.setTabBarBadge({ index, text: badgeText(count) })
    else await Taro.removeTabBarBadge({ index })
  } catch {
    // See above: nothing to tell the person.
  }
}

/**
 * While a full-screen sheet is open over a tab page, the tab bar goes away: in H5 it is drawn over
 * the page and would cover the sheet's buttons; in WeChat it would invite leaving mid-choice.
 * Returns the call that brings it back. Never throws.
 */
export function hideTabBarWhileOpen(): () => void {
  void Taro.hideTabBar({ animation: false }).catch(() => undefined)
  return () => void Taro.showTabBar({ animation: false }).catch(() => undefined)
}
