import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { tabPages } from '@/shared/config/routes'
import { NotBuiltYet } from '@/shared/ui'
import './index.scss'

export default function PolicyPage() {
  return (
    <View className="yz-page yz-page--policy">
      <NotBuiltYet
        feature="政策找人"
        description="以后会按您的情况，把能享受的就业补贴、培训补贴和社保补贴主动告诉您。"
        meanwhile="想了解补贴政策，可以到附近的零工驿站当面咨询。"
        action={{ text: '找附近的零工驿站', onClick: () => void Taro.switchTab({ url: `/${tabPages.home}` }) }}
      />
    </View>
  )
}
