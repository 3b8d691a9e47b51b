import { useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton, PageEmpty, PageError, PageLoading, Section } from '@/shared/ui'
import { stationQueries, type Origin } from '../api/station-queries'
import { StationCard } from './station-card'
import './stations.scss'

export interface NearbyStationsProps {
  origin: Origin
  /** How many to show before 查看更多驿站. */
  limit?: number
  title?: string
}

/** The stations nearest to the person (or to the city centre, saying so), with all four states. */
export function NearbyStations({ origin, limit = 3, title = '附近的零工驿站' }: NearbyStationsProps) {
  const query = useQuery(stationQueries.list(origin))
  const [expanded, setExpanded] = useState(false)

  if (query.isPending) return <PageLoading text="正在查找附近的驿站…" />
  if (query.isError) return <PageError title="驿站列表没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  const { items, originIsCityCentre } = query.data
  const shown = expanded ? items : items.slice(0, limit)
  return (
    <View className="yz-nearby">
      {originIsCityCentre ? (
        <View className="yz-station-note">
          <Text>没有获取到您的位置，按市中心显示。</Text>
        </View>
      ) : null}
      <Section title={title} extra={items.length > 0 ? `共 ${items.length} 个` : undefined}>
        {items.length === 0 ? (
          <PageEmpty title="附近还没有零工驿站" message="可以拨打 12333 人社服务热线咨询就近的求职服务。" />
        ) : (
          <View>
            {shown.map((station) => (
              <StationCard key={station.id} station={station} />
            ))}
            {items.length > shown.length ? (
              <View className="yz-nearby__more">
                <ActionButton className="yz-button" fill="outline" type="primary" size="large" block onClick={() => setExpanded(true)}>
                  {`查看全部 ${items.length} 个驿站`}
                </ActionButton>
              </View>
            ) : null}
          </View>
        )}
      </Section>
    </View>
  )
}
