import { useQueries } from '@tanstack/react-query'
import { Image, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import type { SubsidyApplication } from '@/shared/contracts/subsidies'
import { previewPictures } from '@/shared/platform/document'
import { ActionButton, Tappable } from '@/shared/ui'
import { subsidyQueries } from '../api/subsidy-queries'
import './subsidies.scss'

type Material = SubsidyApplication['materials'][number]

/**
 * One material's photos as thumbnails. Each is downloaded with the token (an <Image src> cannot send
 * it); a tap opens them full screen to read the small print, swiping between the ones downloaded.
 */
function MaterialRow({ material }: { material: Material }) {
  const photos = useQueries({ queries: material.files.map((file) => subsidyQueries.material(file.id)) })
  const ready = photos.flatMap((photo) => (photo.data ? [photo.data] : []))
  const failed = photos.find((photo) => photo.isError)
  return (
    <View className="yz-subsidy-material">
      <Text className="yz-subsidy-material__label">{`${material.label}（${material.files.length} 张）`}</Text>
      <View className="yz-subsidy-photos">
        {photos.map((photo, index) =>
          photo.data ? (
            <Tappable
              key={material.files[index]?.id ?? index}
              className="yz-subsidy-photos__item"
              label={`${material.label}第 ${index + 1} 张，点开放大`}
              onTap={() => void previewPictures(ready, photo.data)}
            >
              <Image className="yz-subsidy-photos__image" src={photo.data} mode="aspectFill" />
            </Tappable>
          ) : (
            <View key={material.files[index]?.id ?? index} className="yz-subsidy-photos__item yz-subsidy-photos__item--waiting">
              <Text>{photo.isError ? '没下载下来' : '正在下载…'}</Text>
            </View>
          ),
        )}
      </View>
      {failed ? (
        <View className="yz-subsidy-material__failed" role="alert">
          <Text>{`照片没有下载下来：${errorMessage(failed.error)}`}</Text>
          <ActionButton
            className="yz-button"
            fill="outline"
            size="large"
            block
            onClick={() => photos.forEach((photo) => (photo.isError ? void photo.refetch() : undefined))}
          >
            重新下载照片
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}

/** Every material of an application with its photos; a material sent without photos is not listed. */
export function MaterialPhotos({ materials }: { materials: readonly Material[] }) {
  const withFiles = materials.filter((material) => material.files.length > 0)
  if (withFiles.length === 0) return <Text className="yz-subsidy-muted">没有上传材料照片</Text>
  return (
    <View>
      {withFiles.map((material) => (
        <MaterialRow key={material.key} material={material} />
      ))}
    </View>
  )
}
