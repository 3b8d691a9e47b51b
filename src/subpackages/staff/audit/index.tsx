import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { pageUrl } from '@/shared/config/routes'
import { PageEmpty } from '@/shared/ui'
import { useToken } from '@/features/auth/api/session'
import { AuditLog } from '@/features/staff/components/audit-log'
import './index.scss'

export default function StaffAuditPage() {
  const token = useToken()
  return (
    <View className="yz-page yz-page--staff-audit">
      {token ? (
        <AuditLog />
      ) : (
        <PageEmpty
          title="请先登录"
          message="驿站工作人员登录后可以查看审核记录。"
          action={{ text: '登录', onClick: () => void Taro.navigateTo({ url: pageUrl.login(pageUrl.staffAudit) }) }}
        />
      )}
    </View>
  )
}
