import Taro from '@tarojs/taro'
import { ApiError, NetworkError } from '@/shared/api/errors'
import { buildUrl } from '@/shared/api/request'
import { REQUEST_TIMEOUT_MS } from '@/shared/config/env'
import { api } from '@/shared/contracts'
import { getToken } from '@/shared/session/token-store'

/** The download's body is the file (or an error we cannot read as JSON): its status says what went wrong. */
const REFUSALS: Record<number, { code: string; message: string }> = {
  401: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' },
  403: { code: 'FORBIDDEN', message: '这家单位不在您负责的区县，不能查看执照' },
  404: { code: 'LICENCE_NOT_FOUND', message: '没有找到这家单位上传的执照' },
}

/**
 * An employer's business licence, downloaded with the staff member's token to a local path an
 * <Image> (or the document viewer) can open. The licence endpoint needs the Authorization header,
 * which an <img src> cannot send; Taro.downloadFile sends it on both platforms (a temp file in
 * WeChat, a blob: URL in the browser).
 */
export async function downloadLicence(employerId: string): Promise<string> {
  const token = getToken()
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({
      url: buildUrl(api.getEmployerLicence, { id: employerId }),
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: REQUEST_TIMEOUT_MS,
      // A bearer token, not cookies: no credentials, so a cross-origin API needs no credentialed CORS.
      withCredentials: false,
    })
  } catch (error) {
    const text = error instanceof Error ? error.message : String((error as { errMsg?: string } | undefined)?.errMsg ?? error)
    throw new NetworkError(text, /time ?out/i.test(text))
  }
  if (result.statusCode === 200) return result.tempFilePath
  const refusal = REFUSALS[result.statusCode] ?? { code: 'UNKNOWN', message: '执照没有下载下来，请稍后再试' }
  throw new ApiError(result.statusCode, refusal.code, refusal.message)
}
