import { showNotice } from '@/shared/platform/notice'
import { Text, View } from '@tarojs/components'
import type { Station } from '@/shared/contracts'
import { callPhone } from '@/shared/platform'
import { formatDistance } from '@/shared/lib/distance'
import { ActionButton } from '@/shared/ui'
import './stations.scss'

export interface StationDetailsProps {
  station: Station
}

/** What a person standing at (or looking for) a station needs: where, when, how far, whom to call. */
export function StationDetails({ station }: StationDetailsProps) {
  const distance = formatDistance(station.distanceMeters)
  const call = async () => {
    const called = await callPhone(station.phone)
    if (!called) showNotice(`没能拨出，请手动拨打 ${station.phone}`, 3000)
  }
  return (
    <View className="yz-station">
      <Text className="yz-station__name">{station.name}</Text>
      <View className="yz-station__row">
        <Text className="yz-station__label">地址</Text>
        <Text className="yz-station__value">{station.address}</Text>
      </View>
      {distance ? (
        <View className="yz-station__row">
          <Text className="yz-station__label">距离</Text>
          <Text className="yz-station__value yz-station__distance">离您{distance}</Text>
        </View>
      ) : null}
      <View className="yz-station__row">
        <Text className="yz-station__label">开放时间</Text>
        <Text className="yz-station__value">{station.hours}</Text>
      </View>
      <View className="yz-station__row">
        <Text className="yz-station__label">电话</Text>
        <Text className="yz-station__value">{station.phone}</Text>
      </View>
      <View className="yz-station__call">
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => void call()}>
          {`拨打驿站电话 ${station.phone}`}
        </ActionButton>
      </View>
    </View>
  )
}
