import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { tabPages } from '@/shared/config/routes'
import { NotBuiltYet } from '@/shared/ui'
import './index.scss'

export default function TrainingPage() {
  return (
    <View className="yz-page yz-page--training">
      <NotBuiltYet
        feature="技能培训"
        description="以后可以在这里报名免费的职业技能培训，查看培训补贴。"
        meanwhile="想参加培训，可以到附近的零工驿站登记。"
        action={{ text: '找附近的零工驿站', onClick: () => void Taro.switchTab({ url: `/${tabPages.home}` }) }}
      />
    </View>
  )
}
