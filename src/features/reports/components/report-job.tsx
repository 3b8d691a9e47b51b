import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { REPORT_NOTE_MAX, ReportReasons, type ReportReason } from '@/shared/contracts'
import { ActionButton, ChoiceChip, Tappable } from '@/shared/ui'
import { useReportJob } from '../api/mutations'
import { checkReport, type ReportFormErrors } from '../model/report'
import './reports.scss'

export interface ReportJobProps {
  jobId: string
  signedIn: boolean
  /** Open the sheet at once: the person tapped 举报 signed out and has just signed in. */
  startOpen?: boolean
}

const REASONS = Object.keys(ReportReasons) as ReportReason[]
const signIn = (jobId: string) => void Taro.navigateTo({ url: pageUrl.login(pageUrl.jobDetail(jobId, { report: true })) })

/**
 * 举报 under a post: one tap opens a short sheet (a reason, an optional note), and the answer says by
 * which date the station will reply. Signed out, the tap signs in first and comes back to the post
 * with the sheet open.
 */
export function ReportJob({ jobId, signedIn, startOpen = false }: ReportJobProps) {
  const [open, setOpen] = useState(startOpen && signedIn)
  const [reason, setReason] = useState<ReportReason | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<ReportFormErrors>({})
  const report = useReportJob(jobId)

  const tapReport = () => {
    if (!signedIn) return signIn(jobId)
    setOpen(true)
  }
  // Closing keeps what was chosen and typed, so reopening picks up where the person left off.
  const close = () => setOpen(false)

  const submit = () => {
    const checked = checkReport(reason, note)
    if ('errors' in checked) return setErrors(checked.errors)
    setErrors({})
    report.mutate(checked.body, {
      onError(error) {
        if (error instanceof ApiError && error.status === 401) signIn(jobId)
      },
    })
  }

  const done = () => {
    setOpen(false)
    setReason(null)
    setNote('')
    report.reset()
  }

  const receipt = report.data
  return (
    <View className="yz-report">
      <Tappable className="yz-report__open" label="举报这个岗位" onTap={tapReport}>
        <Text>⚠ 举报这个岗位</Text>
      </Tappable>
      {open ? (
        <View className="yz-report-sheet">
          <View className="yz-report-sheet__mask" aria-hidden onClick={receipt ? done : close} />
          <View className="yz-report-sheet__panel" role="dialog" aria-label="举报这个岗位">
            {receipt ? (
              <View className="yz-report-sheet__receipt" role="status">
                <Text className="yz-report-sheet__title">已收到您的举报</Text>
                <Text className="yz-report-sheet__text">{receipt.message}</Text>
                <View className="yz-report-sheet__actions">
                  <ActionButton className="yz-button" type="primary" size="large" block onClick={() => void Taro.navigateTo({ url: pageUrl.myReports })}>
                    查看我的举报
                  </ActionButton>
                  <ActionButton className="yz-button" fill="outline" size="large" block onClick={done}>
                    关闭
                  </ActionButton>
                </View>
              </View>
            ) : (
              <View>
                <Text className="yz-report-sheet__title">这个岗位有什么问题？</Text>
                <View className="yz-report-sheet__chips">
                  {REASONS.map((key) => (
                    <ChoiceChip
                      key={key}
                      text={ReportReasons[key]}
                      selected={reason === key}
                      onTap={() => {
                        setReason(key)
                        setErrors((current) => ({ ...current, reason: undefined }))
                      }}
                    />
                  ))}
                </View>
                {errors.reason ? <Text className="yz-report-sheet__error">{errors.reason}</Text> : null}
                <Text className="yz-report-sheet__label">补充说明（可以不写）</Text>
                <Textarea
                  className="yz-report-sheet__note"
                  placeholder="例如：让先交 200 元押金"
                  maxlength={REPORT_NOTE_MAX}
                  value={note}
                  onInput={(event) => {
                    setNote(event.detail.value)
                    setErrors((current) => ({ ...current, note: undefined }))
                  }}
                />
                {errors.note ? <Text className="yz-report-sheet__error">{errors.note}</Text> : null}
                {report.isError ? (
                  <View className="yz-report-sheet__failed" role="alert">
                    <Text>{errorMessage(report.error)}</Text>
                  </View>
                ) : null}
                <View className="yz-report-sheet__actions">
                  <ActionButton className="yz-button" type="danger" size="large" block loading={report.isPending} onClick={submit}>
                    {report.isPending ? '正在提交…' : '提交举报'}
                  </ActionButton>
                  <ActionButton className="yz-button" fill="outline" size="large" block disabled={report.isPending} onClick={close}>
                    取消
                  </ActionButton>
                </View>
              </View>
            )}
          </View>
        </View>
      ) : null}
    </View>
  )
}
