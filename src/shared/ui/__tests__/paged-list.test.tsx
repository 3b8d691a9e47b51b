import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { act, fireEvent, screen } from '@testing-library/react'
import { Text, View } from '@tarojs/components'
import { NetworkError } from '@/shared/api/errors'
import { renderWithClient } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import { PagedFooter, usePagedList } from '..'

interface Page {
  items: string[]
  nextCursor: number | null
}

/** A paged source of words, three to a page; `failNext` makes the next call fail once. */
function wordSource(words: string[]) {
  const source = {
    calls: [] as number[],
    failNext: false,
    fetch: (cursor: number): Page => {
      source.calls.push(cursor)
      if (source.failNext) {
        source.failNext = false
        throw new NetworkError('request:fail', true)
      }
      const end = cursor + 3
      return { items: words.slice(cursor, end), nextCursor: end < words.length ? end : null }
    },
  }
  return source
}

function Words({ source, refreshOnPullDown }: { source: ReturnType<typeof wordSource>; refreshOnPullDown?: boolean }) {
  const query = useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['words'],
      queryFn: ({ pageParam }) => Promise.resolve(source.fetch(pageParam)),
      initialPageParam: 0,
      getNextPageParam: (page: Page) => page.nextCursor,
    }),
  )
  const { items, footer } = usePagedList(query, { refreshOnPullDown })
  if (query.isPending) return <Text>正在加载…</Text>
  return (
    <View>
      {items.map((word) => (
        <Text key={word}>{word}</Text>
      ))}
      <PagedFooter {...footer} endText={`共 ${items.length} 个词，没有更多了`} />
    </View>
  )
}

const WORDS = ['一', '二', '三', '四', '五', '六', '七']

describe('paged lists', () => {
  it('loads the next page at the bottom of the page or on 加载更多, then says how many there are', async () => {
    const source = wordSource(WORDS)
    renderWithClient(<Words source={source} />)
    expect(await screen.findByText('三')).toBeInTheDocument()
    expect(screen.queryByText('四')).not.toBeInTheDocument()

    act(() => taroTest.reachBottom())
    expect(await screen.findByText('六')).toBeInTheDocument()

    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('共 7 个词，没有更多了')).toBeInTheDocument()
    expect(screen.getByText('七')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()

    act(() => taroTest.reachBottom())
    expect(source.calls).toEqual([0, 3, 6])
  })

  it('a failed next page keeps what is shown, says why and waits for 重试 (the bottom of the page does not retry)', async () => {
    const source = wordSource(WORDS)
    renderWithClient(<Words source={source} />)
    expect(await screen.findByText('三')).toBeInTheDocument()

    source.failNext = true
    act(() => taroTest.reachBottom())
    expect(await screen.findByText('下一页没有加载出来：网络太慢，请求超时了，请稍后重试')).toBeInTheDocument()
    expect(screen.getByText('一')).toBeInTheDocument()

    act(() => taroTest.reachBottom())
    expect(source.calls).toEqual([0, 3])

    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('六')).toBeInTheDocument()
    expect(screen.queryByText(/下一页没有加载出来/)).not.toBeInTheDocument()
    expect(screen.getByText('加载更多')).toBeInTheDocument()
    expect(source.calls).toEqual([0, 3, 3])
  })

  it('pulling down starts again from the first page only where the list is asked to', async () => {
    const source = wordSource(WORDS)
    const { unmount } = renderWithClient(<Words source={source} />)
    expect(await screen.findByText('三')).toBeInTheDocument()
    act(() => taroTest.pullDownRefresh())
    expect(source.calls).toEqual([0])
    expect(taroTest.pullDownStopped).toBe(0)
    unmount()

    const refreshing = wordSource(WORDS)
    renderWithClient(<Words source={refreshing} refreshOnPullDown />)
    expect(await screen.findByText('三')).toBeInTheDocument()
    await act(async () => {
      taroTest.pullDownRefresh()
      await Promise.resolve()
    })
    await screen.findByText('三')
    expect(refreshing.calls).toEqual([0, 0])
    await act(() => Promise.resolve())
    expect(taroTest.pullDownStopped).toBe(1)
  })
})
