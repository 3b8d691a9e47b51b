import { useSubscribeOnTap } from '@/shared/api/subscriptions'
import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApiError, errorMessage, isRetryable } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { ApplicationStatuses, type Job, type MyApplication } from '@/shared/contracts'
import { showNotice } from '@/shared/platform/notice'
import { webPageLink } from '@/shared/platform/web-link'
import { ActionButton, Tappable } from '@/shared/ui'
import { jobViewerQueries } from '../api/job-viewer-queries'
import { useApplyToJob, useToggleFavorite } from '../api/mutations'
import { AvailabilityBanners, jobAvailability } from '../model/job-state'
import './jobs.scss'

export interface JobActionsProps {
  job: Job
  signedIn: boolean
  /** Today in the city (YYYY-MM-DD); tests pin it. */
  today?: string
}

const signIn = (jobId: string) => void Taro.navigateTo({ url: pageUrl.login(pageUrl.jobDetail(jobId)) })
const openApplication = (id: string) => void Taro.navigateTo({ url: pageUrl.application(id) })

/** What the status of one's application means for what happens next. */
const nextStep: Partial<Record<MyApplication['status'], string>> = {
  applied: '等用人单位挑选，有结果会通知您。',
  hired: '联系电话和集合地点在报名详情里，记得按时到岗签到。',
  checked_in: '已经签到，干完活由用人单位确认完工。',
  completed: '活儿干完了，别忘了给用人单位评价。',
}

function MyApplicationStatus({ application }: { application: MyApplication }) {
  return (
    <View className="yz-apply__done" role="status">
      <Text className="yz-apply__status">{ApplicationStatuses[application.status]}</Text>
      {nextStep[application.status] ? <Text className="yz-apply__hint">{nextStep[application.status]}</Text> : null}
      <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => openApplication(application.id)}>
        查看我的报名
      </ActionButton>
    </View>
  )
}

/** What applying may push: the result, and the reminder the evening before work. */
const HIRING_PUSHES = ['application_result', 'work_reminder'] as const

/**
 * Apply, save and share, under a job. Applying is one tap (signing in first when needed); in the
 * mini-program the same tap asks for consent to subscribe messages, without holding the application
 * up. A signed-in person sees their application's status instead of the button.
 */
export function JobActions({ job, signedIn, today }: JobActionsProps) {
  const viewer = useQuery({ ...jobViewerQueries.viewerState(job.id), enabled: signedIn })
  const askForPushes = useSubscribeOnTap(HIRING_PUSHES, signedIn)
  const apply = useApplyToJob(job.id)
  const favorite = useToggleFavorite(job.id)

  const availability = jobAvailability(job, today)
  const application = signedIn ? (viewer.data?.application ?? null) : null
  const live = application && application.status !== 'cancelled' ? application : null
  const isFavorite = signedIn && viewer.data?.favorite === true
  const link = webPageLink(pageUrl.jobDetail(job.id))

  const tapApply = () => {
    if (!signedIn) return signIn(job.id)
    // Inside the tap: WeChat shows the consent dialog only then. Never waited for.
    askForPushes()
    apply.mutate(undefined, {
      onError(error) {
        if (error instanceof ApiError && error.status === 401) signIn(job.id)
      },
    })
  }

  const tapFavorite = () => {
    if (!signedIn) return signIn(job.id)
    favorite.mutate(!isFavorite, {
      onError(error) {
        showNotice(`${isFavorite ? '取消收藏' : '收藏'}没有成功：${errorMessage(error)}`)
      },
    })
  }

  const copyLink = (url: string) =>
    void Taro.setClipboardData({ data: url }).then(
      () => showNotice('链接已复制，发给朋友就能打开'),
      () => showNotice('没有复制成功，请长按地址栏复制'),
    )

  const failed = apply.isError ? apply.error : null
  const retrying = failed !== null && isRetryable(failed)

  return (
    <View className="yz-apply">
      {live ? (
        <MyApplicationStatus application={live} />
      ) : availability !== 'open' ? (
        <ActionButton className="yz-button" type="primary" size="xlarge" block disabled>
          {`${AvailabilityBanners[availability].title}，不能报名`}
        </ActionButton>
      ) : (
        <View>
          {job.hiringMode === 'first_come' ? <Text className="yz-apply__hint">先到先得：报上名就录用，名额用完即止。</Text> : null}
          {application?.status === 'cancelled' ? <Text className="yz-apply__hint">您取消过这个报名，可以再报一次。</Text> : null}
          <ActionButton
            className="yz-button"
            type="primary"
            size="xlarge"
            block
            loading={apply.isPending}
            onClick={tapApply}
          >
            {apply.isPending ? '正在报名…' : retrying ? '重新报名' : signedIn ? '立即报名' : '登录后报名'}
          </ActionButton>
        </View>
      )}
      {failed && !live ? (
        <View className="yz-apply__error" role="alert">
          <Text>{retrying ? `报名可能没有送到（${errorMessage(failed)}）。点「重新报名」再试，不会重复报名。` : errorMessage(failed)}</Text>
        </View>
      ) : null}
      <View className="yz-apply__more">
        {signedIn && !viewer.data ? null : (
          <Tappable className={isFavorite ? 'yz-apply__side yz-apply__side--on' : 'yz-apply__side'} label={isFavorite ? '已收藏，点一下取消收藏' : '收藏这个岗位'} onTap={tapFavorite}>
            <Text>{isFavorite ? '★ 已收藏' : '☆ 收藏'}</Text>
          </Tappable>
        )}
        {link ? (
          <Tappable className="yz-apply__side" label="复制岗位链接，发给朋友" onTap={() => copyLink(link)}>
            <Text>复制岗位链接</Text>
          </Tappable>
        ) : null}
      </View>
    </View>
  )
}
