import { Text, View } from '@tarojs/components'
import type { MyApplication } from '@/shared/contracts'
import { callPhone } from '@/shared/platform'
import { Tappable } from '@/shared/ui'
import './applications.scss'

type Contact = NonNullable<MyApplication['contact']>

/** Only once hired does the server send who to call and where exactly to meet; tap the number to call. */
export function HiredContact({ contact }: { contact: Contact }) {
  return (
    <View className="yz-contact">
      <View className="yz-contact__row">
        <Text className="yz-contact__label">联系人</Text>
        <Text className="yz-contact__value">{contact.contactName}</Text>
      </View>
      <Tappable className="yz-contact__row yz-contact__call" role="button" label={`打电话给${contact.contactName} ${contact.phone}`} onTap={() => void callPhone(contact.phone)}>
        <Text className="yz-contact__label">电话</Text>
        <Text className="yz-contact__phone">{contact.phone}</Text>
        <Text className="yz-contact__action">拨打</Text>
      </Tappable>
      <View className="yz-contact__row">
        <Text className="yz-contact__label">集合地点</Text>
        <Text className="yz-contact__value">{contact.meetingPoint}</Text>
      </View>
    </View>
  )
}
