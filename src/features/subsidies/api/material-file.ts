import { ApiError } from '@/shared/api/errors'
import { buildUrl } from '@/shared/api/request'
import { upload } from '@/shared/api/upload'
import { subsidyEndpoints } from '@/shared/contracts/subsidies'
import { downloadFile } from '@/shared/platform/open-file'
import { getToken } from '@/shared/session/token-store'

/** A download's body is the photo, or an error we do not read: its status says what went wrong. */
const REFUSALS: Record<number, readonly [code: string, message: string]> = {
  401: ['UNAUTHENTICATED', '登录已过期，请重新登录'],
  403: ['FORBIDDEN', '这份申请不在您负责的区县，不能查看材料'],
  404: ['MATERIAL_NOT_FOUND', '没有找到这张照片'],
}

/**
 * One material photo, downloaded with the signed-in person's token (an <Image src> cannot send it)
 * to a local path: a temporary file in WeChat, a blob: URL in the browser.
 */
export async function downloadMaterial(id: string): Promise<string> {
  const token = getToken()
  const { statusCode, path } = await downloadFile(buildUrl(subsidyEndpoints.getSubsidyMaterial, { id }), token ? { Authorization: `Bearer ${token}` } : {})
  if (statusCode === 200) return path
  const [code, message] = REFUSALS[statusCode] ?? ['UNKNOWN', '照片没有下载下来，请稍后再试']
  throw new ApiError(statusCode, code, message)
}

/** Sends one material photo; the answer's id goes into the application's `materials`. */
export function uploadMaterial(filePath: string, onProgress: (percent: number) => void) {
  return upload(subsidyEndpoints.uploadSubsidyMaterial, { filePath }, { onProgress })
}
