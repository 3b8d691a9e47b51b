import { useMutation } from '@tanstack/react-query'
import { ApiError, errorMessage, NetworkError } from '@/shared/api/errors'
import { buildUrl } from '@/shared/api/request'
import { api, type StaffStation } from '@/shared/contracts'
import { DownloadRefusedError, downloadFile, openPdf, saveImage } from '@/shared/platform/open-file'
import { getToken } from '@/shared/session/token-store'

type PosterStation = Pick<StaffStation, 'id' | 'code' | 'updatedAt'>

/**
 * The poster's PNG for the preview. The version in the query (the server ignores it) changes when the
 * station is saved, so the preview shows the new poster at once; `attempt` asks again after a failure.
 */
export function posterPreviewUrl(station: PosterStation, attempt = 0): string {
  return buildUrl(api.getStationPosterPng, { id: station.id }, { v: station.updatedAt, attempt: attempt || undefined })
}

export const MINI_CODE_NOT_CONFIGURED = '小程序未配置 AppID，请使用上方海报中的二维码'

/** A download's body is the file, or an error we do not read: its status says what went wrong. */
const MINI_CODE_REFUSALS: Record<number, readonly [code: string, message: string]> = {
  401: ['UNAUTHENTICATED', '登录已过期，请重新登录'],
  403: ['STATION_OUT_OF_SCOPE', '这个驿站不在您负责的区县，不能生成小程序码'],
  404: ['STATION_NOT_FOUND', '没有找到这个驿站'],
  502: ['WECHAT_UNAVAILABLE', '微信暂时生不成小程序码，请稍后再试'],
  503: ['WECHAT_NOT_CONFIGURED', MINI_CODE_NOT_CONFIGURED],
}

const POSTER_REFUSALS: Record<number, string> = {
  404: '没有找到这个驿站',
  503: '正在生成的海报太多，请过几秒再试',
}

/** Whatever a file action failed with, in plain Chinese. */
export function fileErrorMessage(error: unknown): string {
  if (error instanceof DownloadRefusedError) return POSTER_REFUSALS[error.statusCode] ?? '海报没有下载下来，请稍后再试'
  if (error instanceof ApiError || error instanceof NetworkError) return errorMessage(error)
  return error instanceof Error && error.message ? error.message : '出了点问题，请稍后重试'
}

/**
 * The station's mini-program code, downloaded with the staff member's token (an <Image src> cannot send
 * it) to a local path an <Image> shows. Refusals are ApiErrors; a 503 means the server has no appid.
 */
export async function downloadMiniCode(stationId: string): Promise<string> {
  const token = getToken()
  const { statusCode, path } = await downloadFile(
    buildUrl(api.getStationMiniCode, { id: stationId }),
    token ? { Authorization: `Bearer ${token}` } : {},
  )
  if (statusCode === 200) return path
  const [code, message] = MINI_CODE_REFUSALS[statusCode] ?? ['UNKNOWN', '小程序码没有生成出来，请稍后再试']
  throw new ApiError(statusCode, code, message)
}

/** 下载 A4 海报（PDF）: WeChat's document viewer (print, forward), or a download in the browser. */
export function useOpenPosterPdf(station: PosterStation) {
  return useMutation({
    mutationFn: () => openPdf(buildUrl(api.getStationPosterPdf, { id: station.id }), `驿站海报-${station.code}.pdf`),
  })
}

/** 保存海报图片: into the photo album in WeChat, a download in the browser. */
export function useSavePosterImage(station: PosterStation) {
  return useMutation({
    mutationFn: () => saveImage({ url: buildUrl(api.getStationPosterPng, { id: station.id }) }, `驿站海报-${station.code}.png`),
  })
}

/** 小程序码: fetched when asked for (it costs a call to WeChat), then shown. */
export function useMiniCode(stationId: string) {
  return useMutation({ mutationFn: () => downloadMiniCode(stationId) })
}

/** Saves the mini-program code already downloaded. */
export function useSaveMiniCode(station: PosterStation) {
  return useMutation({
    mutationFn: (path: string) => saveImage({ path }, `小程序码-${station.code}.png`),
  })
}
