import { JobStatuses } from '@/shared/contracts/jobs'
import { useQuery } from '@tanstack/react-query'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/errors'
import type { SampleAudit } from '@/shared/contracts'
import { formatDateTime } from '@/shared/lib/dayjs'
import { ActionButton, PageError, PageLoading, Section } from '@/shared/ui'
import { useCheckJob, useDrawSamples, useRateSample } from '../api/mutations'
import { staffQueries } from '../api/staff-queries'
import { DEFAULT_SAMPLE_SIZE, checkDrawSize, checkRating, monthSummary } from '../model/samples'
import './staff.scss'

function DrawForm() {
  const [sizeText, setSizeText] = useState(String(DEFAULT_SAMPLE_SIZE))
  const [error, setError] = useState<string | null>(null)
  const draw = useDrawSamples()

  const submit = () => {
    const checked = checkDrawSize(sizeText)
    if ('error' in checked) return setError(checked.error)
    setError(null)
    draw.mutate(checked.size)
  }

  const asked = draw.variables
  const got = draw.data?.items.length
  return (
    <View className="yz-sample-draw">
      <Text className="yz-sample-draw__label">随机抽查几条在招岗位（本月没抽过的）</Text>
      <View className="yz-sample-draw__row">
        <Input
          className="yz-sample-draw__input"
          type="number"
          value={sizeText}
          aria-label="抽查条数"
          onInput={(event) => {
            setSizeText(event.detail.value)
            setError(null)
          }}
        />
        <ActionButton className="yz-button" type="primary" size="large" loading={draw.isPending} onClick={submit}>
          抽查
        </ActionButton>
      </View>
      {error ? <Text className="yz-sample-draw__error">{error}</Text> : null}
      {draw.isError ? (
        <View role="alert">
          <Text className="yz-sample-draw__error">{errorMessage(draw.error)}</Text>
        </View>
      ) : null}
      {got !== undefined ? (
        <View role="status">
          <Text className="yz-sample-draw__done">
            {got === 0 ? '没有可抽的在招岗位了（本月都已抽过）' : got < (asked ?? 0) ? `在招岗位不够，抽到 ${got} 条` : `抽到 ${got} 条，请逐条打分`}
          </Text>
        </View>
      ) : null}
    </View>
  )
}

/** A post found compliant may carry the 驿站已核实 badge: staff have just read it through. */
function MarkChecked({ jobId }: { jobId: string }) {
  const check = useCheckJob()
  if (check.isSuccess) return <Text className="yz-sample__checked">✓ 已标记为驿站已核实</Text>
  return (
    <View className="yz-sample__mark">
      <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={check.isPending} onClick={() => check.mutate(jobId)}>
        标记“驿站已核实”
      </ActionButton>
      {check.isError ? (
        <View role="alert">
          <Text className="yz-sample__error">{errorMessage(check.error)}</Text>
        </View>
      ) : null}
    </View>
  )
}

function SampleRow({ sample }: { sample: SampleAudit }) {
  const [editing, setEditing] = useState(sample.compliant === null)
  const [writingNote, setWritingNote] = useState(false)
  const [note, setNote] = useState(sample.note ?? '')
  const [error, setError] = useState<string | null>(null)
  const rate = useRateSample()

  const send = (compliant: boolean) => {
    const checked = checkRating(compliant, compliant ? '' : note)
    if ('error' in checked) return setError(checked.error)
    setError(null)
    rate.mutate({ id: sample.id, body: checked.body }, {
        onSuccess() {
          setEditing(false)
          setWritingNote(false)
        },
      })
  }

  const { job } = sample
  return (
    <View className="yz-sample">
      <Text className="yz-sample__title">{job.title}</Text>
      <Text className="yz-sample__line">{`${job.employerName} · ${job.district} · ${JobStatuses[job.status]}`}</Text>
      <Text className="yz-sample__line">{`${sample.drawnBy.displayName} ${formatDateTime(sample.drawnAt)} 抽到`}</Text>
      {!editing && sample.compliant !== null ? (
        <View>
          <Text className={`yz-sample__verdict${sample.compliant ? '' : ' yz-sample__verdict--bad'}`}>
            {sample.compliant ? '合规' : `不合规：${sample.note ?? ''}`}
          </Text>
          {sample.compliant && (job.status === 'open' || job.status === 'filled') ? <MarkChecked jobId={job.id} /> : null}
          <ActionButton className="yz-button" fill="outline" size="large" block onClick={() => setEditing(true)}>
            改判
          </ActionButton>
        </View>
      ) : writingNote ? (
        <View>
          <Text className="yz-sample__label">哪里不合规？</Text>
          <Textarea
            className="yz-sample__note"
            placeholder="例如：要求先交押金"
            maxlength={500}
            value={note}
            onInput={(event) => {
              setNote(event.detail.value)
              setError(null)
            }}
          />
          {error ? <Text className="yz-sample__error">{error}</Text> : null}
          <View className="yz-sample__actions">
            <ActionButton className="yz-button" type="danger" size="large" loading={rate.isPending} onClick={() => send(false)}>
              确认不合规
            </ActionButton>
            <ActionButton className="yz-button" fill="outline" size="large" disabled={rate.isPending} onClick={() => setWritingNote(false)}>
              返回
            </ActionButton>
          </View>
        </View>
      ) : (
        <View className="yz-sample__actions">
          <ActionButton className="yz-button" type="primary" size="large" loading={rate.isPending} onClick={() => send(true)}>
            合规
          </ActionButton>
          <ActionButton className="yz-button" type="danger" fill="outline" size="large" disabled={rate.isPending} onClick={() => setWritingNote(true)}>
            不合规
          </ActionButton>
        </View>
      )}
      {rate.isError ? (
        <View role="alert">
          <Text className="yz-sample__error">{errorMessage(rate.error)}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** This month's sample audit: the figures, drawing more posts, and rating each one drawn. */
export function SampleAudits() {
  const samples = useQuery(staffQueries.samples())

  if (samples.isPending) return <PageLoading text="正在加载本月抽查…" />
  if (samples.isError) return <PageError title="抽查没有加载出来" error={samples.error} onRetry={() => void samples.refetch()} />

  const { summary, items } = samples.data
  return (
    <View className="yz-samples">
      <Section title={`${summary.month} 抽查`}>
        <Text className="yz-samples__summary">{monthSummary(summary)}</Text>
        <DrawForm />
      </Section>
      <Section title="抽到的岗位" variant="plain">
        {items.length === 0 ? <Text className="yz-samples__empty">本月还没有抽查，先在上面抽几条。</Text> : null}
        {items.map((sample) => (
          <SampleRow key={sample.id} sample={sample} />
        ))}
      </Section>
    </View>
  )
}
