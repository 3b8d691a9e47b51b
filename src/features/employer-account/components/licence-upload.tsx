import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import type { EmployerProfile } from '@/shared/contracts'
import { formatDate } from '@/shared/lib/dayjs'
import { choosePhoto } from '@/shared/platform/upload'
import { ActionButton, FieldMessage } from '@/shared/ui'
import { useUploadLicence } from '../api/mutations'
import { licenceFileProblem, licenceFileText, licenceName } from '../model/licence'

/**
 * The licence (an individual's proof of identity): what is on file, and a button to take or pick a
 * photo and send it. The photo's size and type are checked before it goes; the progress shows while
 * it goes; any refusal is said in Chinese under the button.
 */
export function LicenceUpload({ profile }: { profile: EmployerProfile }) {
  const uploadLicence = useUploadLicence()
  const [progress, setProgress] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const doc = licenceName(profile.kind)
  const { licence } = profile

  const chooseAndSend = async () => {
    setProblem(null)
    let file
    try {
      file = await choosePhoto()
    } catch (error) {
      // choosePhoto refuses only in plain Chinese.
      setProblem(error instanceof Error ? error.message : '没能打开相机或相册，请稍后再试')
      return
    }
    if (!file) return
    const refused = licenceFileProblem(file)
    if (refused) {
      setProblem(refused)
      return
    }
    setProgress(0)
    uploadLicence.mutate(
      { filePath: file.path, onProgress: setProgress },
      {
        onSuccess: () => void Taro.showToast({ title: `${doc}已上传`, icon: 'success' }),
        onError: (error) => setProblem(errorMessage(error)),
        onSettled: () => setProgress(null),
      },
    )
  }

  const uploading = uploadLicence.isPending
  return (
    <View className="yz-licence">
      <Text className="yz-licence__line">
        {licence ? `已上传：${licenceFileText(licence)}（${formatDate(licence.uploadedAt)}）` : `还没有上传${doc}`}
      </Text>
      <Text className="yz-licence__hint">请拍清楚整张{doc}，文字要看得清。JPG 或 PNG 照片，最大 5 MB。</Text>
      {uploading ? (
        <View className="yz-licence__progress" role="status">
          <View className="yz-licence__bar">
            <View className="yz-licence__bar-fill" style={{ width: `${progress ?? 0}%` }} />
          </View>
          <Text className="yz-licence__percent">正在上传 {String(progress ?? 0)}%</Text>
        </View>
      ) : null}
      {problem ? <FieldMessage tone="error" text={problem} /> : null}
      <ActionButton
        className="yz-button yz-licence__button"
        type="primary"
        fill={licence ? 'outline' : 'solid'}
        size="xlarge"
        block
        loading={uploading}
        onClick={() => void chooseAndSend()}
      >
        {uploading ? '正在上传…' : licence ? `重新上传${doc}` : `拍照或选择${doc}照片`}
      </ActionButton>
    </View>
  )
}
