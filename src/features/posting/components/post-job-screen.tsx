import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import type { EmployerJobView } from '@/shared/contracts'
import { toLocal } from '@/shared/lib/dayjs'
import { ActionButton, PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { useCopyJob } from '../api/mutations'
import { postingQueries } from '../api/posting-queries'
import { PostJobForm } from './post-job-form'
import './posting.scss'

/** Statuses a post can still be changed in (the server's rule); a post that stopped is posted again instead. */
const EDITABLE = new Set(['draft', 'pending_review', 'open'])
const STOPPED_WORDS = { filled: '已招满', closed: '已结束', expired: '已过期' } as Record<string, string>

/** Back to 我发布的岗位: the page under this one when it was opened from there, else a fresh one. */
function toMyJobs() {
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2]
  if (below && `/${below.route ?? ''}` === pageUrl.employerJobs) void Taro.navigateBack()
  else void Taro.redirectTo({ url: pageUrl.employerJobs })
}

function Published({ job }: { job: EmployerJobView }) {
  const waiting = job.status === 'pending_review'
  return (
    <View className="yz-post-done" role="status">
      <Text className="yz-post-done__mark" aria-hidden>
        ✓
      </Text>
      <Text className="yz-post-done__title">{waiting ? '已提交驿站审核' : '已发布'}</Text>
      <Text className="yz-post-done__text">
        {waiting
          ? `「${job.title}」需要驿站工作人员看一下，通常 1 个工作日内有结果，结果会通知您。`
          : `求职者现在就能看到「${job.title}」，有人报名会通知您。`}
      </Text>
      <View className="yz-post-done__actions">
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={toMyJobs}>
          看我发布的岗位
        </ActionButton>
        <ActionButton className="yz-button" fill="outline" size="xlarge" block onClick={() => void Taro.redirectTo({ url: pageUrl.postJob() })}>
          再发一个新岗位
        </ActionButton>
      </View>
    </View>
  )
}

/** The account may post: its employer is loaded. Refusals say what to do instead. */
function useEmployer(onSignIn: () => void) {
  const employer = useQuery(postingQueries.myEmployer())
  if (employer.isPending) return { view: <PageLoading text="正在打开…" /> }
  if (employer.isError) {
    const error = employer.error
    if (error instanceof ApiError && error.status === 401) {
      return { view: <PageEmpty title="请先登录" message="登录用人单位账号后发布岗位。" action={{ text: '登录', onClick: onSignIn }} /> }
    }
    if (error instanceof ApiError && error.code === 'EMPLOYER_NOT_REGISTERED') {
      return {
        view: (
          <PageEmpty
            title="先登记为用人单位"
            message="登记单位或个人信息后就能写岗位，认证通过后即可发布。"
            action={{ text: '去登记', onClick: () => void Taro.navigateTo({ url: pageUrl.employerRegister }) }}
          />
        ),
      }
    }
    return { view: <PageError title="没有打开" error={error} onRetry={() => void employer.refetch()} /> }
  }
  return { canPublish: employer.data.canPublish }
}

function CopyThenEdit({ sourceId }: { sourceId: string }) {
  const copy = useCopyJob()
  const started = useRef(false)
  useEffect(() => {
    // Once per page: a second copy would leave a second draft behind.
    if (started.current) return
    started.current = true
    copy.mutate(sourceId, { onSuccess: (view) => void Taro.redirectTo({ url: pageUrl.postJob({ id: view.id }) }) })
  }, [copy, sourceId])
  if (copy.isError) {
    if (copy.error instanceof ApiError && (copy.error.status === 403 || copy.error.status === 404)) {
      return <PageEmpty title="没能再发一次" message={copy.error.message} action={{ text: '回到我发布的岗位', onClick: toMyJobs }} />
    }
    return <PageError title="没能复制这个岗位" error={copy.error} onRetry={() => copy.mutate(sourceId, { onSuccess: (view) => void Taro.redirectTo({ url: pageUrl.postJob({ id: view.id }) }) })} />
  }
  return <PageLoading text="正在复制岗位…" />
}

function EditJob({ jobId, canPublish, today, onPublished }: { jobId: string; canPublish: boolean; today: string; onPublished: (job: EmployerJobView) => void }) {
  const job = useQuery(postingQueries.myJob(jobId))
  if (job.isPending) return <PageLoading text="正在加载岗位…" />
  if (job.isError) {
    if (job.error instanceof ApiError && (job.error.status === 403 || job.error.status === 404)) {
      return <PageEmpty title="打不开这个岗位" message={job.error.message} action={{ text: '回到我发布的岗位', onClick: toMyJobs }} />
    }
    return <PageError title="岗位没有加载出来" error={job.error} onRetry={() => void job.refetch()} />
  }
  if (!EDITABLE.has(job.data.status)) {
    return (
      <PageEmpty
        title={`这个岗位${STOPPED_WORDS[job.data.status] ?? '已结束'}，不能再修改`}
        message="可以用“再发一次”复制成新岗位，改好日期再发布。"
        action={{ text: '再发一次', onClick: () => void Taro.redirectTo({ url: pageUrl.postJob({ copyOf: jobId }) }) }}
      />
    )
  }
  return <PostJobForm key={job.data.id} job={job.data} canPublish={canPublish} today={today} onPublished={onPublished} />
}

export interface PostJobScreenProps {
  /** A post of mine to edit (`?id=`). */
  jobId: string | null
  /** A post of mine to post again (`?copyOf=`): copied to a new draft, which then opens. */
  copyOf: string | null
  onSignIn: () => void
}

/** 发布岗位: a new post, one of mine to edit, or one posted again; then what became of it. */
export function PostJobScreen({ jobId, copyOf, onSignIn }: PostJobScreenProps) {
  const [published, setPublished] = useState<EmployerJobView | null>(null)
  const [today] = useState(() => toLocal(Date.now()).format('YYYY-MM-DD'))
  const employer = useEmployer(onSignIn)

  if (published) return <Published job={published} />
  if ('view' in employer) return employer.view
  if (copyOf) return <CopyThenEdit sourceId={copyOf} />
  if (jobId) return <EditJob jobId={jobId} canPublish={employer.canPublish} today={today} onPublished={setPublished} />
  return <PostJobForm job={null} canPublish={employer.canPublish} today={today} onPublished={setPublished} />
}
