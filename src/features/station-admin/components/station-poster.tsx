import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import type { StaffStation } from '@/shared/contracts'
import { fileActionHints, longPressMenuProps, type FileOutcome } from '@/shared/platform/open-file'
import { ActionButton } from '@/shared/ui'
import { fileErrorMessage, posterPreviewUrl, useMiniCode, useOpenPosterPdf, useSaveMiniCode, useSavePosterImage } from '../api/station-files'

export interface StationPosterProps {
  station: Pick<StaffStation, 'id' | 'code' | 'name' | 'updatedAt'>
  /** The form holds changes not saved yet: the poster still shows the saved ones. */
  unsaved: boolean
}

const OUTCOME_TOASTS: Record<FileOutcome, string | null> = {
  opened: null,
  saved: '已保存到相册',
  downloaded: '已开始下载',
}

function toast(outcome: FileOutcome | null) {
  const title = outcome ? OUTCOME_TOASTS[outcome] : null
  if (title) void Taro.showToast({ title, icon: outcome === 'saved' ? 'success' : 'none' })
}

function ActionError({ error }: { error: unknown }) {
  if (!error) return null
  return (
    <View className="yz-station-poster__error" role="alert">
      <Text>{fileErrorMessage(error)}</Text>
    </View>
  )
}

/**
 * The station's printable poster, as the server draws it: a preview, the A4 PDF to print, the picture
 * to save or forward, and the mini-program code when the server has an appid.
 */
export function StationPoster({ station, unsaved }: StationPosterProps) {
  const [attempt, setAttempt] = useState(0)
  // Kept with the address it is about: a saved station is a new poster, loading again.
  const [previewState, setPreviewState] = useState<{ src: string; status: 'shown' | 'failed' } | null>(null)
  const pdf = useOpenPosterPdf(station)
  const image = useSavePosterImage(station)
  const miniCode = useMiniCode(station.id)
  const saveMiniCode = useSaveMiniCode(station)
  const src = posterPreviewUrl(station, attempt)
  const preview = previewState?.src === src ? previewState.status : 'loading'

  const miniCodeError =
    miniCode.error instanceof ApiError && miniCode.error.code === 'WECHAT_NOT_CONFIGURED' ? (
      <View className="yz-station-poster__note" role="status">
        <Text>{miniCode.error.message}</Text>
      </View>
    ) : (
      <ActionError error={miniCode.error} />
    )

  return (
    <View className="yz-station-poster">
      <Text className="yz-station-poster__title">驿站海报</Text>
      <Text className="yz-station-poster__hint">
        {unsaved ? '海报按已保存的信息生成：上面的修改请先保存，海报才会跟着变。' : '贴在驿站门口：求职者扫码就能看到这个驿站和附近的工作。'}
      </Text>

      <View className="yz-station-poster__preview">
        {preview === 'failed' ? (
          <View className="yz-station-poster__failed" role="alert">
            <Text className="yz-station-poster__error">海报预览没有加载出来</Text>
            <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => setAttempt((n) => n + 1)}>
              重新加载海报
            </ActionButton>
          </View>
        ) : (
          <>
            {preview === 'loading' ? <Text className="yz-station-poster__hint">正在生成海报…</Text> : null}
            <Image
              key={src}
              className="yz-station-poster__image"
              src={src}
              mode="widthFix"
              aria-label={`${station.name}的海报`}
              {...longPressMenuProps}
              onLoad={() => setPreviewState({ src, status: 'shown' })}
              onError={() => setPreviewState({ src, status: 'failed' })}
            />
          </>
        )}
      </View>

      <View className="yz-station-poster__actions">
        <ActionButton className="yz-button" type="primary" size="xlarge" block loading={pdf.isPending} onClick={() => pdf.mutate(undefined, { onSuccess: toast })}>
          下载 A4 海报（PDF）
        </ActionButton>
        <Text className="yz-station-poster__hint">{fileActionHints.pdf}</Text>
        <ActionError error={pdf.error} />

        <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block loading={image.isPending} onClick={() => image.mutate(undefined, { onSuccess: toast })}>
          保存海报图片
        </ActionButton>
        <Text className="yz-station-poster__hint">{fileActionHints.image}</Text>
        <ActionError error={image.error} />

        <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block loading={miniCode.isPending} onClick={() => miniCode.mutate()}>
          小程序码
        </ActionButton>
        {miniCodeError}
        {miniCode.data ? (
          <View className="yz-station-poster__mini-code">
            <Image className="yz-station-poster__mini-code-image" src={miniCode.data} mode="aspectFit" aria-label={`${station.name}的小程序码`} {...longPressMenuProps} />
            <Text className="yz-station-poster__hint">微信扫这个码，直接打开这个驿站的页面。</Text>
            <ActionButton
              className="yz-button"
              type="primary"
              fill="outline"
              size="large"
              block
              loading={saveMiniCode.isPending}
              onClick={() => saveMiniCode.mutate(miniCode.data, { onSuccess: toast })}
            >
              保存小程序码
            </ActionButton>
            <ActionError error={saveMiniCode.error} />
          </View>
        ) : null}
      </View>
    </View>
  )
}
