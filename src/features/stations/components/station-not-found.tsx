import { Text, View } from '@tarojs/components'
import './stations.scss'

export interface StationNotFoundProps {
  /** The code as scanned or typed; empty when nothing readable came with the link. */
  code: string
  /** True when the code itself is malformed, false when it is well formed but unknown. */
  malformed?: boolean
}

/** Says plainly that this QR code leads nowhere; the page shows the nearby stations below it. */
export function StationNotFound({ code, malformed = false }: StationNotFoundProps) {
  const title = code ? `没有找到驿站码 ${code} 对应的驿站` : malformed ? '这个二维码不是驿站码' : '没有找到这个驿站'
  const hint = malformed
    ? '二维码可能印错或看不清了。请找驿站工作人员，或从下面附近的驿站里选一个。'
    : '可能是驿站码印错了，或这个驿站已经撤销。下面是离您近的驿站，点开可以看地址、电话和岗位。'
  return (
    <View className="yz-station-note yz-station-note--problem" role="alert">
      <Text className="yz-station-note__title">{title}</Text>
      <Text>{hint}</Text>
    </View>
  )
}
