import { useQuery } from '@tanstack/react-query'
import { Image, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { ApiError } from '@/shared/api/errors'
import { PageEmpty, PageError, PageLoading } from '@/shared/ui'
import { employerQueries } from '../api/employer-queries'
import { periodText } from '../model/check-in-code'
import { drawQr } from '../model/qr'
import './employer.scss'

/**
 * The job's check-in code for workers on site: six large digits to type (H5) and the QR to scan (the
 * mini-program's 扫码签到). Both change every period; the next one is fetched just before the shown one
 * expires. A failed refresh keeps nothing stale on screen: the error replaces the code.
 */
export function CheckInCodePanel({ jobId }: { jobId: string }) {
  const query = useQuery(employerQueries.checkInCode(jobId))
  const qrText = query.data?.qr
  const qr = useMemo(() => (qrText ? drawQr(qrText) : null), [qrText])

  if (query.isPending) return <PageLoading text="正在生成签到码…" />
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404)) {
      return <PageEmpty title="看不到这个岗位的签到码" message={query.error.message} />
    }
    return <PageError title="签到码没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  return (
    <View className="yz-check-in-code">
      <Text className="yz-check-in-code__label">签到码</Text>
      <Text className="yz-check-in-code__digits" aria-label={`签到码 ${query.data.code.split('').join(' ')}`}>
        {query.data.code}
      </Text>
      {qr ? <Image className="yz-check-in-code__qr" src={qr.src} mode="aspectFit" aria-label="签到二维码" /> : null}
      <Text className="yz-check-in-code__hint">{`请求职者在「我的报名」里扫这个二维码，或输入上面的 6 位数字签到。${periodText(query.data.periodSeconds)}，不用刷新。`}</Text>
    </View>
  )
}
