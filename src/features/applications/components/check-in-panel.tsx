import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CheckInBody } from '@/shared/contracts'
import { getCurrentLocation } from '@/shared/platform'
import { canScanCode, scanQrCode } from '@/shared/platform/scan'
import { ActionButton } from '@/shared/ui'
import { useCheckIn } from '../api/mutations'
import { checkInErrorView, validateCheckInCode } from '../model/check-in'
import { FormError } from './form-error'
import './applications.scss'

type Method = 'qr' | 'code' | 'location'
type InputEvent = { detail: { value: string } }

/**
 * 签到 at work, three ways: scan the QR on the employer's screen (mini-program), type its six digits
 * (H5, and whenever the camera will not do), or send where the worker stands. A refusal is shown in
 * the server's own words (code expired, too far, not in working hours) and what was typed stays.
 */
export function CheckInPanel({ applicationId }: { applicationId: string }) {
  const checkIn = useCheckIn(applicationId)
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [method, setMethod] = useState<Method | null>(null)
  const [locating, setLocating] = useState(false)
  const busy = checkIn.isPending || locating

  const send = (body: CheckInBody, how: Method) => {
    setMethod(how)
    setCodeError(null)
    setFormError(null)
    checkIn.mutate(body, {
      onSuccess: () => {
        setCode('')
        void Taro.showToast({ title: '签到成功', icon: 'success' })
      },
      onError: (error) => {
        const view = checkInErrorView(error)
        setCodeError(view.code)
        setFormError(view.form)
      },
    })
  }

  const scan = async () => {
    setFormError(null)
    try {
      const qr = await scanQrCode()
      if (qr) send({ qr }, 'qr')
    } catch (error) {
      setFormError(error instanceof Error ? error.message : '没能扫码，请输入签到码')
    }
  }

  const submitCode = () => {
    const problem = validateCheckInCode(code)
    if (problem) {
      setCodeError(problem)
      return
    }
    send({ code: code.trim() }, 'code')
  }

  const byLocation = async () => {
    setFormError(null)
    setMethod('location')
    setLocating(true)
    const here = await getCurrentLocation()
    setLocating(false)
    if (!here) {
      setFormError('没有拿到您的位置。请允许使用位置后再试，或输入签到码。')
      return
    }
    send({ lat: here.lat, lng: here.lng }, 'location')
  }

  return (
    <View className="yz-check-in">
      {canScanCode ? (
        <ActionButton className="yz-button" type="primary" size="xlarge" block disabled={busy} loading={checkIn.isPending && method === 'qr'} onClick={() => void scan()}>
          扫码签到
        </ActionButton>
      ) : null}
      <View className="yz-check-in__field">
        <Text className="yz-check-in__label" id="yz-check-in-code">
          {canScanCode ? '扫不了码？输入用人单位屏幕上的 6 位签到码' : '输入用人单位屏幕上的 6 位签到码'}
        </Text>
        <View className="yz-check-in__control">
          <Input
            className={`yz-check-in__input${codeError ? ' yz-check-in__input--invalid' : ''}`}
            type="number"
            maxlength={6}
            placeholder="6 位签到码"
            aria-labelledby="yz-check-in-code"
            value={code}
            onInput={(event: InputEvent) => {
              setCode(event.detail.value)
              setCodeError(null)
            }}
          />
          <ActionButton className="yz-check-in__submit" type="primary" size="large" disabled={busy} loading={checkIn.isPending && method === 'code'} onClick={submitCode}>
            签到
          </ActionButton>
        </View>
        <FormError message={codeError} />
      </View>
      <ActionButton
        className="yz-button"
        type="primary"
        fill="outline"
        size="xlarge"
        block
        disabled={busy && method !== 'location'}
        loading={method === 'location' && busy}
        onClick={() => void byLocation()}
      >
        {locating ? '正在获取位置…' : '用位置签到'}
      </ActionButton>
      <FormError message={formError} />
    </View>
  )
}
