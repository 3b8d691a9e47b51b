import { View } from '@tarojs/components'
import { PageLoading, Section } from '@/shared/ui'
import { JobList } from '@/features/jobs/components/job-list'
import { useCurrentLocation } from '@/features/stations/api/use-current-location'
import { NearbyStations } from '@/features/stations/components/nearby-stations'
import './index.scss'

/** Jobs near a person are jobs within this distance, when we know where they are. */
const NEARBY_RADIUS_KM = 30

export default function HomePage() {
  const { pending, location } = useCurrentLocation()

  if (pending) {
    return (
      <View className="yz-page yz-page--home">
        <PageLoading text="正在获取您的位置…" />
      </View>
    )
  }

  return (
    <View className="yz-page yz-page--home">
      <NearbyStations origin={location} limit={3} />
      <Section title={location ? '附近的岗位' : '最新的岗位'}>
        <JobList
          filters={location ? { lat: location.lat, lng: location.lng, radiusKm: NEARBY_RADIUS_KM } : {}}
          emptyTitle={location ? `${NEARBY_RADIUS_KM} 公里内暂时没有在招的岗位` : '暂时没有在招的岗位'}
        />
      </Section>
    </View>
  )
}
