import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema, type StaffStation } from '@/shared/contracts'
import { PageEmpty } from '@/shared/ui'
import { StationEditor } from '@/features/station-admin/components/station-editor'
import './index.scss'

const backToList = () => void Taro.redirectTo({ url: pageUrl.staffStations })
// The new station's own page, so its poster is there at once and 返回 goes to the list.
const openCreated = (station: StaffStation) => void Taro.redirectTo({ url: pageUrl.staffStation(station.id) })

/** A station's edit page (`?id=`), or 新建驿站 without an id. */
export default function StaffStationPage() {
  const { params } = useRouter()
  const id = params.id ? IdSchema.safeParse(params.id) : null

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: params.id ? '修改驿站' : '新建驿站' })
  }, [params.id])

  const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffStation(params.id)) })

  return (
    <View className="yz-page yz-page--staff-station">
      {id && !id.success ? (
        <PageEmpty title="这个链接不完整" message="请回到驿站列表重新打开。" action={{ text: '回到驿站列表', onClick: backToList }} />
      ) : (
        <StationEditor stationId={id?.data ?? null} onCreated={openCreated} onSignIn={signIn} onBackToList={backToList} />
      )}
    </View>
  )
}
