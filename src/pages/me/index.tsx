import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { pageUrl } from '@/shared/config/routes'
import { ActionButton, PageError, PageLoading, Tappable } from '@/shared/ui'
import { useLogout } from '@/features/auth/api/mutations'
import { useMe } from '@/features/auth/api/session'
import { ProfileCard } from '@/features/auth/components/profile-card'
import { useUnreadMessages } from '@/features/messages/api/use-unread-messages'
import { UnreadBadge } from '@/features/messages/components/unread-badge'
import './index.scss'

function SignedOut() {
  return (
    <View className="yz-me__welcome">
      <Text className="yz-me__title">您还没有登录</Text>
      <Text className="yz-me__message">用手机号和短信验证码登录，没有账号会自动注册。</Text>
      <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => void Taro.navigateTo({ url: pageUrl.login(pageUrl.me) })}>
        登录
      </ActionButton>
    </View>
  )
}

interface EntryProps {
  title: string
  url: string
  /** Beside the title, e.g. the unread count. */
  extra?: ReactNode
}

/** One row that opens a page of mine. */
function Entry({ title, url, extra }: EntryProps) {
  return (
    <Tappable className="yz-me__entry" role="link" onTap={() => void Taro.navigateTo({ url })}>
      <Text className="yz-me__entry-title">{title}</Text>
      {extra}
      <Text className="yz-me__entry-arrow" aria-hidden>
        ›
      </Text>
    </Tappable>
  )
}

export default function MePage() {
  const { signedIn, query } = useMe()
  const logout = useLogout()
  // The badge on this tab follows the unread count, asked again each time 我的 shows.
  const unread = useUnreadMessages(signedIn)

  if (!signedIn) {
    return (
      <View className="yz-page yz-page--me">
        <SignedOut />
      </View>
    )
  }
  if (query.isPending) {
    return (
      <View className="yz-page yz-page--me">
        <PageLoading text="正在加载您的信息…" />
      </View>
    )
  }
  if (query.isError) {
    return (
      <View className="yz-page yz-page--me">
        <PageError title="您的信息没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
      </View>
    )
  }

  return (
    <View className="yz-page yz-page--me">
      <ProfileCard user={query.data} />
      <View className="yz-me__entries">
        <Entry title="消息" url={pageUrl.messages} extra={<UnreadBadge count={unread} />} />
        <Entry title="我的报名" url={pageUrl.myApplications} />
        <Entry title="我的收藏" url={pageUrl.favorites} />
        <Entry title="我的举报" url={pageUrl.myReports} />
        <Entry title="我的资料与授权" url={pageUrl.myProfile} />
        <Entry title="我的补贴申请" url={pageUrl.mySubsidyApplications} />
        {query.data.role === 'employer' ? <Entry title="我发布的岗位" url={pageUrl.employerJobs} /> : null}
        {query.data.role === 'employer' ? <Entry title="单位信息与认证" url={pageUrl.employerProfile} /> : null}
        {query.data.role === 'worker' ? <Entry title="我要招人（登记用人单位）" url={pageUrl.employerRegister} /> : null}
        {query.data.role === 'staff' ? <Entry title="审核工作台" url={pageUrl.staffQueue} /> : null}
        {query.data.role === 'staff' ? <Entry title="驿站与海报" url={pageUrl.staffStations} /> : null}
        {query.data.role === 'staff' ? <Entry title="政策管理" url={pageUrl.staffPolicies} /> : null}
        {query.data.role === 'staff' ? <Entry title="补贴审核" url={pageUrl.staffSubsidies} /> : null}
      </View>
      <View className="yz-me__actions">
        <ActionButton className="yz-button" type="default" size="xlarge" block loading={logout.isPending} onClick={() => logout.mutate()}>
          退出登录
        </ActionButton>
      </View>
    </View>
  )
}
