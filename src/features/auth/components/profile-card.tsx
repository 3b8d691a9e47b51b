import { Text, View } from '@tarojs/components'
import { Roles, type User } from '@/shared/contracts'
import './auth.scss'

export interface ProfileCardProps {
  user: User
}

/** Who is signed in: name, role, the phone number masked (PIPL: never shown in full). */
export function ProfileCard({ user }: ProfileCardProps) {
  return (
    <View className="yz-profile">
      <Text className="yz-profile__name">{user.displayName}</Text>
      <Text className="yz-profile__role">{Roles[user.role]}</Text>
      <Text className="yz-profile__phone">{user.phoneMasked ? `手机号 ${user.phoneMasked}` : '还没有绑定手机号'}</Text>
    </View>
  )
}
