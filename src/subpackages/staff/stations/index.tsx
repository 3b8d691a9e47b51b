import { useQueryClient } from '@tanstack/react-query'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { stationAdminQueries } from '@/features/station-admin/api/station-admin-queries'
import { StaffStationList } from '@/features/station-admin/components/station-list'
import './index.scss'

const open = (id: string) => void Taro.navigateTo({ url: pageUrl.staffStation(id) })
const create = () => void Taro.navigateTo({ url: pageUrl.staffStation() })
const signIn = () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffStations) })

export default function StaffStationsPage() {
  const queryClient = useQueryClient()
  usePullDownRefresh(() => {
    void queryClient.refetchQueries({ queryKey: stationAdminQueries.all(), type: 'active' }).finally(() => void Taro.stopPullDownRefresh())
  })
  return (
    <View className="yz-page yz-page--staff-stations">
      <StaffStationList onOpen={open} onCreate={create} onSignIn={signIn} />
    </View>
  )
}
