import { useInfiniteQuery } from '@tanstack/react-query'
import { View } from '@tarojs/components'
import Taro, { usePageScroll } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { PageEmpty, PageError, PageLoading, PagedFooter, usePagedList } from '@/shared/ui'
import { jobQueries, type JobListFilters } from '../api/job-queries'
import { virtualWindow } from '../model/virtual-window'
import { JobCard } from './job-card'
import './jobs.scss'

export interface JobListProps {
  filters: JobListFilters
  /** What to say when nothing is open, e.g. 这个驿站暂时没有在招的岗位. */
  emptyTitle?: string
  emptyMessage?: string
}

/** From this many jobs on, only the cards on screen (and a few either side) are rendered. */
export const VIRTUAL_FROM = 60
/** A card's height in design px (750 wide), as jobs.scss sets it: the estimate until one is measured. */
const CARD_DESIGN_HEIGHT = 300
const OVERSCAN = 6

let listIds = 0

function windowSize() {
  try {
    const { windowWidth, windowHeight } = Taro.getWindowInfo()
    return { width: windowWidth, height: windowHeight }
  } catch {
    return { width: 375, height: 667 }
  }
}

/**
 * The rows of a long list to render, from the page's scroll position. Works the same in the
 * mini-program and in the browser: the page scrolls (pull-down refresh and reach-bottom stay the
 * page's own), the list measures its own top and one card with a selector query.
 */
function useVirtualRows(count: number, enabled: boolean) {
  const [id] = useState(() => `yz-job-list-${(listIds += 1)}`)
  const [scrollTop, setScrollTop] = useState(0)
  const [layout, setLayout] = useState(() => {
    const { width, height } = windowSize()
    return { listTop: 0, rowHeight: (CARD_DESIGN_HEIGHT * width) / 750, viewportHeight: height }
  })
  const scrollRef = useRef(0)

  usePageScroll(({ scrollTop: top }) => {
    scrollRef.current = top
    // Scroll events come many times a second; the rows change only once per row scrolled (and in
    // the mini-program every state change is a setData across threads).
    if (enabled) setScrollTop(Math.floor(top / layout.rowHeight) * layout.rowHeight)
  })

  useEffect(() => {
    if (!enabled) return
    const query = Taro.createSelectorQuery()
    query.select(`#${id}`).boundingClientRect()
    query.select(`#${id} .yz-job-card`).boundingClientRect()
    query.exec((rects: ({ top?: number; height?: number } | null | undefined)[] | undefined) => {
      const [list, card] = rects ?? []
      setLayout((current) => ({
        ...current,
        listTop: typeof list?.top === 'number' ? list.top + scrollRef.current : current.listTop,
        rowHeight: card?.height && card.height > 0 ? card.height : current.rowHeight,
      }))
    })
  }, [id, enabled, count])

  const range = enabled ? virtualWindow({ count, scrollTop, overscan: OVERSCAN, ...layout }) : { start: 0, end: count, before: 0, after: 0 }
  return { id, range }
}

/**
 * Open jobs a page at a time: scrolling to the bottom of the page or tapping 加载更多 asks for the
 * next page, pulling down (where the page allows it) starts again from the first. A failed next page
 * keeps what is shown and offers 重试 under it. Hundreds of jobs render only what is on screen.
 */
export function JobList({ filters, emptyTitle = '暂时没有在招的岗位', emptyMessage }: JobListProps) {
  const query = useInfiniteQuery(jobQueries.list(filters))
  const { items: jobs, footer } = usePagedList(query, { refreshOnPullDown: true })
  const { id, range } = useVirtualRows(jobs.length, jobs.length >= VIRTUAL_FROM)

  if (query.isPending) return <PageLoading text="正在加载岗位…" />
  if (query.isError && !query.data) return <PageError title="岗位没有加载出来" error={query.error} onRetry={() => void query.refetch()} />

  if (jobs.length === 0) return <PageEmpty title={emptyTitle} message={emptyMessage ?? '新岗位每天都有，过一会儿再来看看。'} />

  return (
    <View className="yz-job-list" id={id}>
      {range.before > 0 ? <View style={{ height: `${range.before}px` }} /> : null}
      {jobs.slice(range.start, range.end).map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      {range.after > 0 ? <View style={{ height: `${range.after}px` }} /> : null}
      <PagedFooter {...footer} endText={`共 ${jobs.length} 个岗位，没有更多了`} />
    </View>
  )
}
