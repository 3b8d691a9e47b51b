import Taro from '@tarojs/taro'

/** How long a notice stays unless the caller says otherwise: long enough to read two lines slowly. */
export const NOTICE_MS = 2500

/**
 * A short message over the page that goes by itself (a failed refresh, 链接已复制). The mini-program
 * uses WeChat's toast; the H5 build has its own (notice.h5.ts), so the first page does not load
 * Taro's whole dialog module for it.
 */
export function showNotice(text: string, durationMs: number = NOTICE_MS): void {
  void Taro.showToast({ title: text, icon: 'none', duration: durationMs })
}
