import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState, type ReactNode } from 'react'
import { Section } from '@/shared/ui'
import { loadFilters, saveFilters } from '../api/job-storage'
import { feedOriginLabel, type FeedOrigin } from '../model/feed-origin'
import { activeFilterCount, toListQuery, type JobFilters } from '../model/job-filters'
import { JobFilterSheet } from './job-filter-sheet'
import { JobList } from './job-list'
import { JobSearchBar } from './job-search-bar'
import './jobs.scss'

export interface JobFeedProps {
  origin: FeedOrigin
  /** Shown between the search bar and the jobs, e.g. the nearby stations. */
  children?: ReactNode
}

/**
 * The home feed: jobs around the origin (saying which one), searched, filtered and sorted as the
 * person left it last time — the choices are kept in storage, so they survive leaving the page and
 * restarting the app.
 */
export function JobFeed({ origin, children }: JobFeedProps) {
  const [filters, setFilters] = useState<JobFilters>(loadFilters)
  const [sheetOpen, setSheetOpen] = useState(false)
  useEffect(() => saveFilters(filters), [filters])

  const hasPoint = origin.point !== null
  const narrowed = filters.q !== '' || activeFilterCount(filters) > 0
  const update = (patch: Partial<JobFilters>) => {
    setFilters((current) => ({ ...current, ...patch }))
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }

  return (
    <View className="yz-feed">
      <JobSearchBar
        keyword={filters.q}
        sort={filters.sort}
        filterCount={activeFilterCount(filters)}
        canSortByDistance={hasPoint}
        onSearch={(q) => update({ q })}
        onSort={(sort) => update({ sort })}
        onOpenFilters={() => setSheetOpen(true)}
      />
      {sheetOpen ? (
        <JobFilterSheet
          filters={filters}
          canFilterByDistance={hasPoint}
          onClose={() => setSheetOpen(false)}
          onApply={(next) => {
            setSheetOpen(false)
            update(next)
          }}
        />
      ) : null}
      {children}
      <Section title={filters.q ? `“${filters.q}”的岗位` : '附近的岗位'} extra={feedOriginLabel(origin)}>
        <JobList
          filters={toListQuery(filters, origin.point)}
          emptyTitle={narrowed ? '没有符合条件的岗位' : '暂时没有在招的岗位'}
          emptyMessage={narrowed ? '换个关键词，或少选几个筛选条件试试。' : undefined}
        />
      </Section>
    </View>
  )
}
