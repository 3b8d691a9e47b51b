import { useInfiniteQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import type { EmployerJob } from '@/shared/contracts'
import { ActionButton, PageEmpty, PageError, PageLoading, PagedFooter, Tappable, usePagedList } from '@/shared/ui'
import { useCloseJob } from '../api/mutations'
import { employerQueries } from '../api/employer-queries'
import {
  JOB_TABS,
  closeConfirmText,
  jobActionLabels,
  jobActions,
  jobCountChips,
  jobNoteText,
  jobStatusText,
  type JobAction,
  type JobTab,
} from '../model/applicant'
import './employer.scss'

const go = (url: string) => void Taro.navigateTo({ url })

/**
 * One of my jobs: what, its state (with what staff said), how many applicants wait at each step, and
 * what can be done with it. The title opens the applicants of a published post, the form of a draft.
 */
export function EmployerJobCard({ item }: { item: EmployerJob }) {
  const { job, counts } = item
  const close = useCloseJob()
  const [problem, setProblem] = useState<string | null>(null)
  const actions = jobActions(job.status)
  const note = jobNoteText(job)

  const stopHiring = async () => {
    setProblem(null)
    const { confirm } = await Taro.showModal({ title: `停止招聘「${job.title}」？`, content: closeConfirmText(counts), confirmText: '停止招聘', cancelText: '不停' })
    if (!confirm) return
    close.mutate(job.id, { onError: (error) => setProblem(errorMessage(error)) })
  }

  const run: Record<JobAction, () => void> = {
    edit: () => go(pageUrl.postJob({ id: job.id })),
    close: () => void stopHiring(),
    copy: () => go(pageUrl.postJob({ copyOf: job.id })),
    applicants: () => go(pageUrl.applicants(job.id)),
    checkInCode: () => go(pageUrl.checkInCode(job.id)),
  }
  const open = job.status === 'draft' ? run.edit : run.applicants
  const live = job.status === 'open' && job.placesLeft > 0

  return (
    <View className="yz-employer-job">
      <Tappable className="yz-employer-job__head" role="link" onTap={open}>
        <Text className="yz-employer-job__title">{job.title}</Text>
        <Text className={`yz-employer-job__status${live ? '' : ' yz-employer-job__status--done'}`}>{jobStatusText(job)}</Text>
        {note ? <Text className="yz-employer-job__note">{note}</Text> : null}
        {job.status === 'draft' ? null : (
          <View className="yz-employer-job__counts">
            {jobCountChips(counts).map((chip) => (
              <View key={chip.status} className={`yz-employer-count${chip.status === 'applied' && chip.count > 0 ? ' yz-employer-count--waiting' : ''}`}>
                <Text className="yz-employer-count__number">{String(chip.count)}</Text>
                <Text className="yz-employer-count__label">{chip.label}</Text>
              </View>
            ))}
          </View>
        )}
      </Tappable>
      <View className="yz-employer-job__actions">
        {actions.map((action) => (
          <Tappable
            key={action}
            className={`yz-employer-job__action${action === 'close' ? ' yz-employer-job__action--warn' : ''}`}
            role={action === 'close' ? 'button' : 'link'}
            label={`${jobActionLabels[action]}：${job.title}`}
            onTap={run[action]}
          >
            <Text>{close.isPending && action === 'close' ? '正在停止…' : jobActionLabels[action]}</Text>
          </Tappable>
        ))}
      </View>
      {problem ? (
        <View className="yz-employer-job__error" role="alert">
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  )
}

function JobTabs({ tab, onChange }: { tab: JobTab; onChange: (tab: JobTab) => void }) {
  return (
    <View className="yz-employer-tabs" role="tablist">
      {JOB_TABS.map((t) => (
        <Tappable
          key={t.key}
          className={`yz-employer-tabs__tab${t.key === tab ? ' yz-employer-tabs__tab--current' : ''}`}
          label={t.key === tab ? `${t.label}，当前` : t.label}
          onTap={() => onChange(t.key)}
        >
          <Text>{t.label}</Text>
        </Tappable>
      ))}
    </View>
  )
}

const emptyText: Record<JobTab, string> = {
  all: '您还没有发布岗位',
  live: '没有正在招聘的岗位',
  review: '没有等待驿站审核的岗位',
  draft: '没有草稿',
  ended: '没有已结束的岗位',
}

function TabList({ tab }: { tab: JobTab }) {
  const query = useInfiniteQuery(employerQueries.jobs(tab))
  const { items, footer } = usePagedList(query, { refreshOnPullDown: true })

  if (query.isPending) return <PageLoading text="正在加载您发布的岗位…" />
  if (query.isError && !query.data) return <PageError title="岗位没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  if (items.length === 0) {
    return <PageEmpty title={emptyText[tab]} message={tab === 'all' ? '点上面的“发布新岗位”，几分钟就能发出去。' : undefined} />
  }
  return (
    <View className="yz-employer-jobs">
      {items.map((item) => (
        <EmployerJobCard key={item.job.id} item={item} />
      ))}
      <PagedFooter {...footer} endText={`共 ${items.length} 个岗位`} />
    </View>
  )
}

export interface EmployerJobListProps {
  /** Shown when the server says nobody is signed in. */
  onSignIn: () => void
}

/**
 * 我发布的岗位 by status (全部 / 招聘中 / 待审核 / 草稿 / 已结束), a page at a time; pull down to refresh
 * the counts. 发布新岗位 on top.
 */
export function EmployerJobList({ onSignIn }: EmployerJobListProps) {
  const [tab, setTab] = useState<JobTab>('all')
  // The first list tells whether this account may see any: a worker or a guest sees why not, no tabs.
  const first = useInfiniteQuery(employerQueries.jobs('all'))

  if (first.isError && !first.data) {
    if (first.error instanceof ApiError && first.error.status === 401) {
      return <PageEmpty title="请先登录" message="登录用人单位账号后，查看您发布的岗位和报名的人。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (first.error instanceof ApiError && first.error.status === 403) {
      return <PageEmpty title="这里是用人单位的页面" message={first.error.message} />
    }
  }

  return (
    <View>
      <View className="yz-employer-jobs__new">
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => go(pageUrl.postJob())}>
          发布新岗位
        </ActionButton>
      </View>
      <JobTabs tab={tab} onChange={setTab} />
      <TabList key={tab} tab={tab} />
    </View>
  )
}
