import { useQuery } from '@tanstack/react-query'
import { Image, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import type { ApplicationMaterial } from '@/shared/contracts/policies'
import { previewPictures } from '@/shared/platform/document'
import { choosePhoto, type ChosenFile } from '@/shared/platform/upload'
import { ActionButton, FieldMessage, Tappable } from '@/shared/ui'
import { uploadMaterial } from '../api/material-file'
import { subsidyQueries } from '../api/subsidy-queries'
import type { PhotoRef } from '../model/application-form'
import { materialFileProblem } from '../model/material-file'
import './subsidies.scss'

/** A photo on its way up, or one that did not make it (kept to try again). */
export interface PendingPhoto {
  localId: number
  file: ChosenFile
  progress: number
  problem: string | null
}

/**
 * The uploads of the whole form: each photo goes up on its own, with its progress; a failed one stays
 * with its reason and 重试. A photo that made it is handed to `onUploaded` (it joins the draft).
 */
export function useMaterialUploads(onUploaded: (materialKey: string, photo: PhotoRef) => void) {
  const [pending, setPending] = useState<Record<string, PendingPhoto[]>>({})
  const nextId = useRef(1)

  const update = (materialKey: string, localId: number, change: Partial<PendingPhoto> | null) =>
    setPending((current) => ({
      ...current,
      [materialKey]: (current[materialKey] ?? []).flatMap((photo) => (photo.localId !== localId ? [photo] : change ? [{ ...photo, ...change }] : [])),
    }))

  const send = async (materialKey: string, localId: number, file: ChosenFile) => {
    try {
      const uploaded = await uploadMaterial(file.path, (progress) => update(materialKey, localId, { progress }))
      update(materialKey, localId, null)
      onUploaded(materialKey, { id: uploaded.id, localPath: file.path })
    } catch (error) {
      update(materialKey, localId, { problem: `这张没有传上去：${errorMessage(error)}` })
    }
  }

  const start = (materialKey: string, file: ChosenFile) => {
    const localId = nextId.current++
    setPending((current) => ({ ...current, [materialKey]: [...(current[materialKey] ?? []), { localId, file, progress: 0, problem: null }] }))
    void send(materialKey, localId, file)
  }

  const retry = (materialKey: string, photo: PendingPhoto) => {
    update(materialKey, photo.localId, { progress: 0, problem: null })
    void send(materialKey, photo.localId, photo.file)
  }

  const drop = (materialKey: string, photo: PendingPhoto) => update(materialKey, photo.localId, null)

  const uploading = Object.values(pending).some((photos) => photos.some((photo) => photo.problem === null))
  return { pending, start, retry, drop, uploading }
}

/** A photo of the draft: the phone's own copy while it has one, else the stored one fetched with the token. */
function DraftPhoto({ photo, label }: { photo: PhotoRef; label: string }) {
  const [localFailed, setLocalFailed] = useState(false)
  const useLocal = photo.localPath !== null && !localFailed
  const stored = useQuery({ ...subsidyQueries.material(photo.id), enabled: !useLocal })
  const src = useLocal ? photo.localPath : (stored.data ?? null)
  if (!src) return <Text className="yz-subsidy-photos__waiting">{stored.isError ? '照片没下载下来' : '正在下载…'}</Text>
  return (
    <Tappable className="yz-subsidy-photos__frame" label={`${label}，点开放大`} onTap={() => void previewPictures([src])}>
      <Image className="yz-subsidy-photos__image" src={src} mode="aspectFill" onError={() => setLocalFailed(true)} />
    </Tappable>
  )
}

export interface MaterialUploadProps {
  material: ApplicationMaterial
  photos: readonly PhotoRef[]
  pending: readonly PendingPhoto[]
  error: string | null
  onChoose: (file: ChosenFile) => void
  /** Why a photo was not even sent (too big, not JPG or PNG, the camera refused), or null to clear it. */
  onProblem: (problem: string | null) => void
  onRemove: (photo: PhotoRef) => void
  onRetry: (photo: PendingPhoto) => void
  onDrop: (photo: PendingPhoto) => void
}

/**
 * One material: its photos so far (each can be removed), the ones going up with their progress, and
 * 拍照或选择照片 while there is room (up to the material's maxFiles). A photo is checked before it goes.
 */
export function MaterialUpload({ material, photos, pending, error, onChoose, onProblem, onRemove, onRetry, onDrop }: MaterialUploadProps) {
  const room = material.maxFiles - photos.length - pending.length
  const label = material.required ? material.label : `${material.label}（选填）`

  const choose = async () => {
    onProblem(null)
    let file: ChosenFile | null
    try {
      file = await choosePhoto()
    } catch (chooseError) {
      // choosePhoto refuses only in plain Chinese.
      onProblem(chooseError instanceof Error ? chooseError.message : '没能打开相机或相册，请稍后再试')
      return
    }
    if (!file) return
    const problem = materialFileProblem(file)
    if (problem) onProblem(problem)
    else onChoose(file)
  }

  return (
    <View className="yz-subsidy-upload" role="group" aria-label={material.label}>
      <Text className="yz-subsidy-upload__label">{label}</Text>
      <Text className="yz-subsidy-upload__hint">{`JPG 或 PNG 照片，每张最大 5 MB，最多 ${material.maxFiles} 张`}</Text>
      <View className="yz-subsidy-photos">
        {photos.map((photo, index) => (
          <View key={photo.id} className="yz-subsidy-photos__item">
            <DraftPhoto photo={photo} label={`${material.label}第 ${index + 1} 张`} />
            <Tappable className="yz-subsidy-photos__remove" label={`删除${material.label}第 ${index + 1} 张`} onTap={() => onRemove(photo)}>
              <Text>删除</Text>
            </Tappable>
          </View>
        ))}
      </View>
      {pending.map((photo) => (
        <View key={photo.localId} className="yz-subsidy-pending">
          {photo.problem ? (
            <View>
              <FieldMessage tone="error" text={photo.problem} />
              <View className="yz-subsidy-pending__actions">
                <ActionButton className="yz-button" type="primary" fill="outline" size="large" onClick={() => onRetry(photo)}>
                  重试
                </ActionButton>
                <ActionButton className="yz-button" fill="outline" size="large" onClick={() => onDrop(photo)}>
                  不传这张了
                </ActionButton>
              </View>
            </View>
          ) : (
            <View className="yz-subsidy-pending__progress" role="status">
              <View className="yz-subsidy-pending__bar">
                <View className="yz-subsidy-pending__fill" style={{ width: `${photo.progress}%` }} />
              </View>
              <Text className="yz-subsidy-pending__percent">{`正在上传 ${photo.progress}%`}</Text>
            </View>
          )}
        </View>
      ))}
      {error ? <FieldMessage tone="error" text={error} /> : null}
      {room > 0 ? (
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => void choose()}>
          {photos.length + pending.length === 0 ? `拍照或选择${material.label}照片` : `再加一张（还能加 ${room} 张）`}
        </ActionButton>
      ) : (
        <Text className="yz-subsidy-upload__hint">{`已经 ${material.maxFiles} 张，要换一张请先删除`}</Text>
      )}
    </View>
  )
}
