import Taro from '@tarojs/taro'
import { type Endpoint, type EndpointUpload, type ParamsOf, type ResponseOf } from '@/shared/contracts'
import { getToken } from '@/shared/session/token-store'
import { ApiError, NetworkError } from './errors'
import { buildUrl, readAnswer } from './request'

/** A photo of a few MB over a slow phone connection takes longer than a JSON request may. */
export const UPLOAD_TIMEOUT_MS = 60_000

/** An operation that takes a file (multipart/form-data) instead of a JSON body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any params, query, body and response: the upload part is what matters
export type UploadEndpoint = Endpoint<any, any, any, any, any, any, EndpointUpload>

type ParamsPart<E> = [ParamsOf<E>] extends [never] | [undefined] ? { params?: undefined } : { params: ParamsOf<E> }
export type UploadInput<E extends UploadEndpoint> = ParamsPart<E> & {
  /** What the platform's file chooser gave: a temporary path (WeChat) or a `blob:` URL (browser). */
  filePath: string
}

export interface UploadOptions {
  /** Called as the bytes go out, with the share sent so far (0–100). */
  onProgress?: (percent: number) => void
}

/** Both platforms hand back the body as text. */
function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data ?? null
  if (!data) return null
  try {
    return JSON.parse(data) as unknown
  } catch {
    return null
  }
}

/**
 * Sends one file to an upload operation of the contract with `Taro.uploadFile` (multipart/form-data,
 * the file in the field the contract names), with the bearer token. The answer is handled as
 * `request` handles one: error bodies become ApiError (a 401 signs out), a success is checked against
 * the contract's schema, no answer at all is a NetworkError.
 */
export async function upload<E extends UploadEndpoint>(endpoint: E, input: UploadInput<E>, options: UploadOptions = {}): Promise<ResponseOf<E>> {
  // Typed as EndpointUpload, but optional in Endpoint itself.
  if (!endpoint.upload) throw new Error(`${endpoint.operationId} does not take a file`)
  const url = buildUrl(endpoint, input.params)
  const token = getToken()
  // No Content-Type: the platform writes multipart/form-data with its boundary.
  const header: Record<string, string> = { Accept: 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`

  let statusCode: number
  let data: unknown
  try {
    const task = Taro.uploadFile({
      url,
      filePath: input.filePath,
      name: endpoint.upload.field,
      header,
      timeout: UPLOAD_TIMEOUT_MS,
      // H5 only (XMLHttpRequest): the token is the credential; cookies would make a cross-origin API refuse it.
      withCredentials: false,
    })
    const { onProgress } = options
    if (onProgress) task.progress?.(({ progress }) => onProgress(Math.max(0, Math.min(100, Math.round(progress)))))
    const result = await task
    statusCode = result.statusCode
    data = parseJson(result.data)
  } catch (error) {
    const text = error instanceof Error ? error.message : String((error as { errMsg?: string } | undefined)?.errMsg ?? error)
    throw new NetworkError(text, /time ?out/i.test(text))
  }

  return readAnswer(endpoint, statusCode, data, token, (status) =>
    status === 413
      ? new ApiError(413, 'PAYLOAD_TOO_LARGE', '文件太大了，请换一个小一点的文件')
      : new ApiError(status, 'UNKNOWN', status >= 500 ? '服务器暂时出了问题，请稍后再试' : '上传没有成功，请稍后再试'),
  )
}
