import { useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { ApiError } from '@/shared/api/errors'
import type { StaffStation } from '@/shared/contracts'
import { ActionButton, PageEmpty, PageError, PageLoading, Tappable } from '@/shared/ui'
import { stationAdminQueries } from '../api/station-admin-queries'
import { scopeText } from '../model/station-form'
import './station-admin.scss'

/** One station as staff see it: name, code and district, hours, phone, address. Opens its edit page. */
export function StaffStationCard({ station, onOpen }: { station: StaffStation; onOpen: (id: string) => void }) {
  return (
    <Tappable className="yz-staff-station" role="link" label={`修改${station.name}`} onTap={() => onOpen(station.id)}>
      <Text className="yz-staff-station__name">{station.name}</Text>
      <Text className="yz-staff-station__line">{`驿站码 ${station.code} · ${station.district}`}</Text>
      <Text className="yz-staff-station__line">{`开放时间：${station.hours}`}</Text>
      <Text className="yz-staff-station__line">{`电话：${station.phone}`}</Text>
      <Text className="yz-staff-station__line">{station.address}</Text>
    </Tappable>
  )
}

export interface StaffStationListProps {
  /** Opens a station's edit page. */
  onOpen: (id: string) => void
  /** Opens the form for a new station. */
  onCreate: () => void
  /** Shown when the server says nobody is signed in. */
  onSignIn: () => void
}

/** 驿站与海报: the stations in my scope, which scope that is, and 新建驿站. */
export function StaffStationList({ onOpen, onCreate, onSignIn }: StaffStationListProps) {
  const query = useQuery(stationAdminQueries.list())

  if (query.isPending) return <PageLoading text="正在加载您负责的驿站…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 401) {
      return <PageEmpty title="请先登录" message="用驿站工作人员的账号登录后，管理驿站和海报。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (query.error instanceof ApiError && query.error.status === 403) {
      return <PageEmpty title="这里是驿站工作人员的页面" message={query.error.message} />
    }
    return <PageError title="驿站没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  const { items, district } = query.data
  return (
    <View className="yz-staff-stations">
      <View className="yz-staff-stations__head">
        <Text className="yz-staff-stations__scope">{scopeText(district)}</Text>
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={onCreate}>
          新建驿站
        </ActionButton>
      </View>
      {items.length === 0 ? (
        <PageEmpty title="还没有驿站" message="点上面的「新建驿站」，填好后就能打印驿站海报。" />
      ) : (
        <View className="yz-staff-stations__list">
          {items.map((station) => (
            <StaffStationCard key={station.id} station={station} onOpen={onOpen} />
          ))}
          <Text className="yz-staff-stations__count">{`共 ${items.length} 个驿站`}</Text>
        </View>
      )}
    </View>
  )
}
