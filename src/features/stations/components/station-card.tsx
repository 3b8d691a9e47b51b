import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import type { Station } from '@/shared/contracts'
import { formatDistance } from '@/shared/lib/distance'
import { Tappable } from '@/shared/ui'
import './stations.scss'

export interface StationCardProps {
  station: Station
}

/** One station in a list; the whole card opens the station page. */
export function StationCard({ station }: StationCardProps) {
  const distance = formatDistance(station.distanceMeters)
  const open = () => void Taro.navigateTo({ url: pageUrl.station({ id: station.id }) })
  return (
    <Tappable className="yz-station-card" role="link" onTap={open}>
      <View className="yz-station-card__main">
        <Text className="yz-station-card__name">{station.name}</Text>
        <Text className="yz-station-card__address">{station.address}</Text>
        <View className="yz-station-card__meta">
          {distance ? <Text className="yz-station-card__distance">{distance}</Text> : null}
          <Text className="yz-station-card__jobs">{station.openJobCount > 0 ? `在招 ${station.openJobCount} 个岗位` : '暂时没有在招岗位'}</Text>
        </View>
      </View>
      <Text className="yz-station-card__arrow" aria-hidden>
        ›
      </Text>
    </Tappable>
  )
}
