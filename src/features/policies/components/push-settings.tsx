import { View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/errors'
import { PolicyCategories, type PolicyCategory } from '@/shared/contracts/policies'
import type { MyProfile } from '@/shared/contracts/profile'
import { ChoiceChip, FieldMessage } from '@/shared/ui'
import { useUpdatePolicyNotifications } from '../api/profile-mutations'

const categories = Object.keys(PolicyCategories) as PolicyCategory[]

/** Which policy categories are pushed: chosen ones are; a tap mutes or unmutes one at once. */
export function PushSettings({ profile }: { profile: MyProfile }) {
  const update = useUpdatePolicyNotifications()
  const muted = update.isPending && update.variables ? update.variables : profile.mutedPolicyCategories
  const toggle = (category: PolicyCategory) =>
    update.mutate(muted.includes(category) ? muted.filter((c) => c !== category) : [...muted, category])
  return (
    <View>
      <View className="yz-facts__chips">
        {categories.map((category) => (
          <ChoiceChip key={category} text={PolicyCategories[category]} selected={!muted.includes(category)} onTap={() => toggle(category)} />
        ))}
      </View>
      {update.isError ? <FieldMessage tone="error" text={`推送设置没有保存：${errorMessage(update.error)}`} /> : null}
    </View>
  )
}
