/**
 * Scanning a QR code with the camera. WeChat has `scanCode`; a browser has nothing Taro can use
 * (Taro's H5 `scanCode` needs the WeChat JS-SDK of an official account page), so H5 offers typing
 * the six digits instead.
 */
import Taro from '@tarojs/taro'

/** Whether `scanQrCode` can open a camera here: in the mini-program only. */
export const canScanCode: boolean = process.env.TARO_ENV === 'weapp'

/** The person closed the scanner without scanning: not an error worth a message. */
function cancelled(error: unknown): boolean {
  const errMsg = (error as { errMsg?: unknown } | null)?.errMsg
  return typeof errMsg === 'string' && /cancel/i.test(errMsg)
}

/**
 * The text of the QR code the person scans, or null when they close the scanner. Throws a plain
 * Chinese message when the camera cannot be used (denied, or not in the mini-program).
 */
export async function scanQrCode(): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp') throw new Error('这里不能扫码，请输入签到码')
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return result || null
  } catch (error) {
    if (cancelled(error)) return null
    throw new Error('没能打开相机扫码，请输入签到码')
  }
}
