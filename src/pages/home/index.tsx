import { useQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { PageLoading } from '@/shared/ui'
import { loadLastStation } from '@/features/jobs/api/job-storage'
import { JobFeed } from '@/features/jobs/components/job-feed'
import { chooseFeedOrigin } from '@/features/jobs/model/feed-origin'
import { stationQueries } from '@/features/stations/api/station-queries'
import { useCurrentLocation } from '@/features/stations/api/use-current-location'
import { NearbyStations } from '@/features/stations/components/nearby-stations'
import './index.scss'

export default function HomePage() {
  const { pending, location } = useCurrentLocation()
  // The station scanned in at last may change while this tab sits in the background.
  const [lastStation, setLastStation] = useState(loadLastStation)
  useDidShow(() => setLastStation(loadLastStation()))
  // Without a position or a station the feed measures from the city centre: the station list (on
  // this page anyway, same query) carries the server's point for it.
  const needsCityCentre = !pending && !location && !lastStation
  const stations = useQuery({ ...stationQueries.list(null), enabled: needsCityCentre })
  const cityCentre = stations.data?.originIsCityCentre ? stations.data.origin : null

  if (pending) {
    return (
      <View className="yz-page yz-page--home">
        <PageLoading text="正在获取您的位置…" />
      </View>
    )
  }

  const origin = chooseFeedOrigin(location, lastStation, cityCentre)
  return (
    <View className="yz-page yz-page--home">
      {needsCityCentre && stations.isPending ? (
        <PageLoading text="正在加载岗位…" />
      ) : (
        <JobFeed origin={origin}>
          <NearbyStations origin={location} limit={3} />
        </JobFeed>
      )}
    </View>
  )
}
