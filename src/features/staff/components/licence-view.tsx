import { useQuery } from '@tanstack/react-query'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import { openDownloadedDocument, previewPictures } from '@/shared/platform/document'
import { ActionButton, Tappable } from '@/shared/ui'
import { staffQueries } from '../api/staff-queries'
import './staff.scss'

/**
 * The employer's uploaded licence, fetched only when staff ask for it (it needs the token, and a
 * queue of photos would be slow on a phone). A picture shows in place and opens full screen on a
 * tap; a PDF (which no <Image> can draw) opens in the document viewer.
 */
export function LicenceView({ employerId, employerName }: { employerId: string; employerName: string }) {
  const [asked, setAsked] = useState(false)
  const [notPicture, setNotPicture] = useState(false)
  const [openFailed, setOpenFailed] = useState(false)
  const licence = useQuery({ ...staffQueries.licence(employerId), enabled: asked })

  if (!asked) {
    return (
      <ActionButton className="yz-button" fill="outline" size="large" block onClick={() => setAsked(true)}>
        查看营业执照
      </ActionButton>
    )
  }
  if (licence.isPending) return <Text className="yz-licence__note">正在下载营业执照…</Text>
  if (licence.isError) {
    return (
      <View className="yz-licence" role="alert">
        <Text className="yz-licence__error">{`营业执照没有下载下来：${errorMessage(licence.error)}`}</Text>
        <ActionButton className="yz-button" fill="outline" size="large" block onClick={() => void licence.refetch()}>
          重新下载
        </ActionButton>
      </View>
    )
  }

  const path = licence.data
  const openDocument = () => void openDownloadedDocument(path).then((opened) => setOpenFailed(!opened))
  return (
    <View className="yz-licence">
      {notPicture ? (
        <ActionButton className="yz-button" fill="outline" size="large" block onClick={openDocument}>
          打开营业执照（PDF 文件）
        </ActionButton>
      ) : (
        <Tappable className="yz-licence__frame" label={`${employerName}的营业执照，点开放大`} onTap={() => void previewPictures([path])}>
          <Image className="yz-licence__image" src={path} mode="widthFix" onError={() => setNotPicture(true)} />
          <Text className="yz-licence__note">点图片可以放大看清号码</Text>
        </Tappable>
      )}
      {openFailed ? <Text className="yz-licence__error">文件没有打开，请稍后再试</Text> : null}
    </View>
  )
}
