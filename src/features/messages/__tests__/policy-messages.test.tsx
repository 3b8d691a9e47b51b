import { fireEvent, screen } from '@testing-library/react'
import { setToken } from '@/shared/session/token-store'
import { buildMessage, buildMessagePage } from '../../../../test/jest/application-fixtures'
import { reply, serveApi } from '../../../../test/jest/fake-api'
import { uuid } from '../../../../test/jest/fixtures'
import { renderWithClient } from '../../../../test/jest/render'
import { taroTest } from '../../../../test/jest/taro'
import { MessageList } from '../components/message-list'

describe('消息: policy push and subsidy progress', () => {
  it('show their kind with its own icon and open the policy or the application', async () => {
    setToken('tok_0123456789abcdef0123456789')
    const policyId = uuid()
    const applicationId = uuid()
    serveApi({
      listMessages: () =>
        buildMessagePage([
          buildMessage({ kind: 'policy_match', title: '有一条政策适合您：大学生创业补贴', link: { kind: 'policy', id: policyId } }),
          buildMessage({ kind: 'subsidy_progress', title: '您的补贴申请已受理', link: { kind: 'subsidy_application', id: applicationId } }),
        ]),
      markMessageRead: () => reply.ok(undefined, 204),
    })
    renderWithClient(<MessageList />)

    expect(await screen.findByText('政策推送')).toBeInTheDocument()
    expect(screen.getByText('补贴申领进度')).toBeInTheDocument()
    expect(screen.getByText('政')).toHaveClass('yz-message__icon--policy')
    expect(screen.getByText('补')).toHaveClass('yz-message__icon--subsidy')

    fireEvent.click(screen.getByText('有一条政策适合您：大学生创业补贴'))
    fireEvent.click(screen.getByText('您的补贴申请已受理'))
    expect(taroTest.navigations).toEqual([
      { type: 'navigateTo', url: `/subpackages/policies/detail/index?id=${policyId}` },
      { type: 'navigateTo', url: `/subpackages/policies/application/index?id=${applicationId}` },
    ])
  })
})
