import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { tabPages } from '@/shared/config/routes'
import { NotBuiltYet } from '@/shared/ui'
import './index.scss'

export default function LivePage() {
  return (
    <View className="yz-page yz-page--live">
      <NotBuiltYet
        feature="直播带岗"
        description="以后可以在这里看招聘直播，边看边报名。"
        meanwhile="现在可以在首页看附近的零工岗位。"
        action={{ text: '去首页看岗位', onClick: () => void Taro.switchTab({ url: `/${tabPages.home}` }) }}
      />
    </View>
  )
}
