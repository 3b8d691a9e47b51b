import { useQuery, useQueryClient } from '@tanstack/react-query'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import { entryPages } from '@/shared/config/routes'
import { onAppShowWithQuery } from '@/shared/platform'
import { takeStationFirstScreen } from '@/shared/platform/first-screen'
import { PageError, PageLoading, Section, WayHome } from '@/shared/ui'
import { rememberLastStation } from '@/features/jobs/api/job-storage'
import { jobQueries, type JobListFilters } from '@/features/jobs/api/job-queries'
import { JobList } from '@/features/jobs/components/job-list'
import { stationQueries, type Origin } from '@/features/stations/api/station-queries'
import { useCurrentLocation } from '@/features/stations/api/use-current-location'
import { NearbyStations } from '@/features/stations/components/nearby-stations'
import { StationDetails } from '@/features/stations/components/station-details'
import { StationNotFound } from '@/features/stations/components/station-not-found'
import { parseScene, resolveStationEntry, sameEntry, type StationEntry } from '@/features/stations/model/station-entry'
import './index.scss'

/**
 * Where a station's QR code lands. The entry comes from the page query on load, and again from the
 * app-show options when another station's code is scanned while the app sat in the background.
 */
function useStationEntry(): StationEntry {
  const { params } = useRouter()
  const [entry, setEntry] = useState(() => resolveStationEntry(params))
  useEffect(
    () =>
      onAppShowWithQuery(({ path, query }) => {
        if (path.replace(/^\//, '') !== entryPages.station || !query.scene) return
        const next = parseScene(query.scene)
        setEntry((current) => (sameEntry(current, next) ? current : next))
      }),
    [],
  )
  return entry
}

/** The station's own list: newest first, as the server embeds it in a printed URL's page. */
const stationJobs = (stationId: string): JobListFilters => ({ stationId, sort: 'newest' })

/**
 * H5 opened from a printed URL: the server put the station and its first jobs into the page. Put
 * them into the query cache before the first query asks, so the first screen needs no API call.
 */
function useEmbeddedFirstScreen(entry: StationEntry) {
  const queryClient = useQueryClient()
  useState(() => {
    if (entry.kind !== 'code') return
    const embedded = takeStationFirstScreen(entry.code)
    if (!embedded?.station) return
    queryClient.setQueryData(stationQueries.byCode(entry.code).queryKey, embedded.station)
    if (embedded.jobs) {
      queryClient.setQueryData(jobQueries.list(stationJobs(embedded.station.id)).queryKey, { pages: [embedded.jobs], pageParams: [null] })
    }
  })
}

function FoundStation({ entry, origin }: { entry: Extract<StationEntry, { kind: 'code' | 'id' }>; origin: Origin }) {
  const query = useQuery(stationQueries.lookup(entry.kind === 'code' ? { code: entry.code } : { id: entry.id }, origin))
  const name = query.data?.name
  const loaded = query.data

  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name })
  }, [name])
  // The home feed measures from the station scanned in at last when it has no position.
  useEffect(() => {
    if (loaded) rememberLastStation(loaded)
  }, [loaded])

  if (query.isPending) return <PageLoading text="正在查找驿站…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <NotFound code={entry.kind === 'code' ? entry.code : ''} malformed={false} origin={origin} />
    }
    return <PageError title="驿站信息没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  const station = query.data
  return (
    <View>
      <StationDetails station={station} />
      <Section title="驿站在招的岗位" extra={station.openJobCount > 0 ? `${station.openJobCount} 个` : undefined}>
        <JobList
          filters={stationJobs(station.id)}
          emptyTitle="这个驿站暂时没有在招的岗位"
          emptyMessage="新岗位每天都有，也可以打电话问问驿站，或看看首页附近的岗位。"
        />
      </Section>
      <WayHome variant="block" text="看附近的更多岗位和驿站" />
    </View>
  )
}

function NotFound({ code, malformed, origin }: { code: string; malformed: boolean; origin: Origin }) {
  return (
    <View>
      <StationNotFound code={code} malformed={malformed} />
      <NearbyStations origin={origin} limit={5} title="您附近的零工驿站" />
    </View>
  )
}

export default function StationPage() {
  const entry = useStationEntry()
  useEmbeddedFirstScreen(entry)
  const { pending, location } = useCurrentLocation()
  // The station shows at once; its distance follows when the position is known.
  const origin = pending ? null : location

  return (
    <View className="yz-page yz-page--station">
      <WayHome />
      {entry.kind === 'code' || entry.kind === 'id' ? (
        <FoundStation key={entry.kind === 'code' ? entry.code : entry.id} entry={entry} origin={origin} />
      ) : pending ? (
        <PageLoading text="正在查找附近的驿站…" />
      ) : entry.kind === 'invalid' ? (
        <NotFound code={entry.shown} malformed origin={location} />
      ) : (
        <NearbyStations origin={location} limit={5} />
      )}
    </View>
  )
}
