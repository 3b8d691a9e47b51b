import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { Message } from '@/shared/contracts'
import { setToken } from '@/shared/session/token-store'
import { buildMessage, buildMessagePage } from '../../../../../test/jest/application-fixtures'
import { callsTo, reply, serveApi } from '../../../../../test/jest/fake-api'
import { uuid } from '../../../../../test/jest/fixtures'
import { renderPage } from '../../../../../test/jest/render'
import { taroTest } from '../../../../../test/jest/taro'
import MessagesPage from '../index'

const PATH = '/subpackages/messages/list/index'

/** A server holding my messages, newest first; reading marks them as the real one does. */
function serveMessages(initial: Message[]) {
  let messages = initial
  serveApi({
    listMessages: () => buildMessagePage(messages),
    markMessageRead: ({ params }) => {
      messages = messages.map((m) => (m.id === params.id ? { ...m, readAt: '2026-11-23T12:00:00+08:00' } : m))
      return reply.ok(undefined, 204)
    },
    markAllMessagesRead: () => {
      messages = messages.map((m) => ({ ...m, readAt: m.readAt ?? '2026-11-23T12:00:00+08:00' }))
      return reply.ok(undefined, 204)
    },
  })
}

describe('消息', () => {
  it('lists messages newest first with the unread ones marked', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveMessages([
      buildMessage({ title: '您已被录用', createdAt: '2026-11-23T10:30:00+08:00' }),
      buildMessage({ kind: 'application_rejected', title: '这次没有录用', readAt: '2026-11-22T12:00:00+08:00', createdAt: '2026-11-22T10:00:00+08:00' }),
    ])

    renderPage(MessagesPage, PATH)

    expect(await screen.findByText('1 条未读')).toBeInTheDocument()
    expect(screen.getAllByText(/您已被录用|这次没有录用/).map((n) => n.textContent)).toEqual(['您已被录用', '这次没有录用'])
    expect(screen.getAllByText('未读')).toHaveLength(1)
    expect(screen.getByText('录用通知')).toBeInTheDocument()
    expect(screen.getByText('未录用通知')).toBeInTheDocument()
  })

  it('a tap marks the message read and opens the application it is about', async () => {
    setToken('tok_0123456789abcdef0123456789')
    const applicationId = uuid()
    const hired = buildMessage({ title: '您已被录用', link: { kind: 'application', id: applicationId } })
    serveMessages([hired])

    renderPage(MessagesPage, PATH)
    fireEvent.click(await screen.findByText('您已被录用'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/work/application/index?id=${applicationId}` }]))
    expect(await screen.findByText('没有未读消息')).toBeInTheDocument()
    expect(screen.queryByText('未读')).not.toBeInTheDocument()
    expect(callsTo('markMessageRead').map((call) => call.params.id)).toEqual([hired.id])
  })

  it('a job message opens the job; a read message is not marked again', async () => {
    setToken('tok_0123456789abcdef0123456789')
    const jobId = uuid()
    serveMessages([buildMessage({ kind: 'work_reminder', title: '明天上工', link: { kind: 'job', id: jobId }, readAt: '2026-11-23T12:00:00+08:00' })])

    renderPage(MessagesPage, PATH)
    fireEvent.click(await screen.findByText('明天上工'))

    await waitFor(() => expect(taroTest.navigations).toEqual([{ type: 'navigateTo', url: `/subpackages/jobs/detail/index?id=${jobId}` }]))
    expect(callsTo('markMessageRead')).toHaveLength(0)
  })

  it('全部已读 clears every unread mark', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveMessages([buildMessage({ title: '您已被录用' }), buildMessage({ kind: 'work_reminder', title: '明天上工' })])

    renderPage(MessagesPage, PATH)
    expect(await screen.findByText('2 条未读')).toBeInTheDocument()
    fireEvent.click(screen.getByText('全部已读'))

    expect(await screen.findByText('没有未读消息')).toBeInTheDocument()
    expect(screen.queryByText('未读')).not.toBeInTheDocument()
    expect(screen.queryByText('全部已读')).not.toBeInTheDocument()
    expect(callsTo('markAllMessagesRead')).toHaveLength(1)
  })

  it('with none yet, says what will come here', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveMessages([])

    renderPage(MessagesPage, PATH)

    expect(await screen.findByText('还没有消息')).toBeInTheDocument()
  })

  it('a failed load offers 重试', async () => {
    setToken('tok_0123456789abcdef0123456789')
    serveApi({ listMessages: () => reply.networkError('request:fail') })

    renderPage(MessagesPage, PATH)

    expect(await screen.findByText('网络连接不上，请检查网络后重试')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()
  })
})
