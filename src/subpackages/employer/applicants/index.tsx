import { useQuery } from '@tanstack/react-query'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { IdSchema } from '@/shared/contracts'
import { ActionButton, PageEmpty } from '@/shared/ui'
import { ApplicantList } from '@/features/employer/components/applicant-list'
import { jobStatusText } from '@/features/employer/model/applicant'
import { jobQueries } from '@/features/jobs/api/job-queries'
import { formatWorkDates } from '@/features/jobs/model/format'
import './index.scss'

const backToJobs = { text: '回到我发布的岗位', onClick: () => void Taro.redirectTo({ url: pageUrl.employerJobs }) }

function Applicants({ jobId }: { jobId: string }) {
  // The job's own line (title, places left) is a nicety: the list works without it.
  const job = useQuery(jobQueries.detail(jobId))
  return (
    <View>
      <View className="yz-applicants-head">
        {job.data ? (
          <>
            <Text className="yz-applicants-head__title">{job.data.title}</Text>
            <Text className="yz-applicants-head__line">{jobStatusText(job.data)}</Text>
            <Text className="yz-applicants-head__line">{formatWorkDates(job.data)}</Text>
          </>
        ) : null}
        <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block onClick={() => void Taro.navigateTo({ url: pageUrl.checkInCode(jobId) })}>
          出示签到码
        </ActionButton>
      </View>
      <ApplicantList jobId={jobId} onChanged={() => void job.refetch()} />
    </View>
  )
}

export default function ApplicantsPage() {
  const { params } = useRouter()
  const jobId = IdSchema.safeParse(params.jobId)
  return (
    <View className="yz-page yz-page--applicants">
      {jobId.success ? <Applicants jobId={jobId.data} /> : <PageEmpty title="这个链接不完整" message="请回到我发布的岗位重新打开。" action={backToJobs} />}
    </View>
  )
}
