import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import type { MyApplication } from '@/shared/contracts'
import { ActionButton } from '@/shared/ui'
import { useCancelApplication } from '../api/mutations'
import { FormError } from './form-error'
import './applications.scss'

/** 取消报名, after a confirmation that says what it means (a hired place goes to someone else). */
export function CancelApplication({ application }: { application: MyApplication }) {
  const cancel = useCancelApplication()

  const confirmAndCancel = async () => {
    const hired = application.status === 'hired'
    const { confirm } = await Taro.showModal({
      title: '确定取消报名吗？',
      content: hired ? '您已被录用，取消后这个名额会让给别人。' : '取消后可以重新报名。',
      confirmText: '取消报名',
      cancelText: '再想想',
    })
    if (!confirm) return
    cancel.mutate(application.id, {
      onSuccess: () => void Taro.showToast({ title: '已取消报名', icon: 'success' }),
    })
  }

  return (
    <View className="yz-application-cancel">
      <FormError message={cancel.isError ? errorMessage(cancel.error) : null} />
      <ActionButton className="yz-button" type="default" size="xlarge" block loading={cancel.isPending} onClick={() => void confirmAndCancel()}>
        取消报名
      </ActionButton>
    </View>
  )
}
