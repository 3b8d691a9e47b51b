import { fireEvent, screen } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { callsTo, serveApi } from '../../../../../test/jest/fake-api'
import { buildJob, buildJobPage } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import FavoritesPage from '../index'

const PATH = '/subpackages/jobs/favorites/index'

describe('favourites page', () => {
  it('lists the saved jobs, a page at a time, with the token', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({
      listFavorites: ({ query }) =>
        query.cursor === 'c2' ? buildJobPage([buildJob({ title: '小区保洁' })]) : buildJobPage([buildJob({ title: '仓库装卸工', placesLeft: 0, status: 'filled' })], 'c2'),
    })

    renderPage(FavoritesPage, PATH)

    expect(await screen.findByText('仓库装卸工')).toBeInTheDocument()
    expect(screen.getByText('已招满')).toBeInTheDocument()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('小区保洁')).toBeInTheDocument()
    expect(screen.getByText('共收藏 2 个岗位')).toBeInTheDocument()
    expect(callsTo('listFavorites')[0]?.headers.Authorization).toBe('Bearer tok_0123456789abcdef0123456789')
  })

  it('with nothing saved says how to save, and points to the jobs', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listFavorites: () => buildJobPage([]) })

    renderPage(FavoritesPage, PATH)

    expect(await screen.findByText('还没有收藏的岗位')).toBeInTheDocument()
    fireEvent.click(screen.getByText('去找工作'))
    expect(taroTest.navigations).toEqual([{ type: 'switchTab', url: '/pages/home/index' }])
  })

  it('signed out asks to sign in and comes back here, without asking the server', () => {
    serveApi({})

    renderPage(FavoritesPage, PATH)

    fireEvent.click(screen.getByText('登录'))
    expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/account/login/index?redirect=${encodeURIComponent('/subpackages/jobs/favorites/index')}` }])
    expect(taroTest.requests).toHaveLength(0)
  })
})
