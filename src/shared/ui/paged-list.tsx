import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { errorMessage } from '@/shared/api/errors'
import { ActionButton } from './action-button'
import './paged-list.scss'
import './state.scss'

/** What a paged list needs of TanStack Query's `useInfiniteQuery` result (pass the result itself). */
export interface PagedQuery<TItem> {
  data: { pages: readonly { items: readonly TItem[] }[] } | undefined
  error: unknown
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  fetchNextPage: () => Promise<unknown>
  refetch: () => Promise<unknown>
}

export interface PagedListOptions {
  /** Pulling the page down starts again from the first page (the page config must enable it). */
  refreshOnPullDown?: boolean
}

export interface PagedList<TItem> {
  /** Every item loaded so far, in page order; empty until the first page is in. */
  items: TItem[]
  /** Spread onto `PagedFooter`. */
  footer: Omit<PagedFooterProps, 'endText'>
}

/**
 * The paging of one list on a page: reaching the bottom of the page asks for the next page (but not
 * again after a failure, which waits for 重试), and pulling down refreshes where asked to.
 */
export function usePagedList<TItem>(query: PagedQuery<TItem>, { refreshOnPullDown = false }: PagedListOptions = {}): PagedList<TItem> {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, refetch } = query

  useReachBottom(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage()
  })
  // Hooks cannot be called conditionally; a page that does not ask for it never hears the event
  // anyway, and one that does may refresh its list some other way.
  usePullDownRefresh(() => {
    if (refreshOnPullDown) void refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  return {
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    footer: {
      hasNextPage,
      loading: isFetchingNextPage,
      failed: isFetchNextPageError,
      error: query.error,
      onLoadMore: () => void fetchNextPage(),
    },
  }
}

export interface PagedFooterProps {
  /** More pages wait on the server: show 加载更多 instead of `endText`. */
  hasNextPage: boolean
  /** The next page is on its way. */
  loading: boolean
  /** The last try at the next page failed: say why and offer 重试. */
  failed: boolean
  /** What it failed with (read only when `failed`). */
  error: unknown
  onLoadMore: () => void
  /** Said when everything is loaded, e.g. 共 12 个岗位，没有更多了. */
  endText: string
}

/** Under a paged list: 加载更多 (重试 after a failure, with the reason) or the count when all is in. */
export function PagedFooter({ hasNextPage, loading, failed, error, onLoadMore, endText }: PagedFooterProps) {
  return (
    <View className="yz-paged-footer">
      {failed ? <Text className="yz-paged-footer__error">{`下一页没有加载出来：${errorMessage(error)}`}</Text> : null}
      {hasNextPage ? (
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={loading} onClick={onLoadMore}>
          {loading ? '正在加载…' : failed ? '重试' : '加载更多'}
        </ActionButton>
      ) : (
        <Text>{endText}</Text>
      )}
    </View>
  )
}
