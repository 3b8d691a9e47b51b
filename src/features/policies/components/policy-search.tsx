import { View } from '@tarojs/components'
import { POLICY_KEYWORD_MAX, PolicyCategories, type PolicyCategory } from '@/shared/contracts/policy-list'
import { ChoiceChip, SearchBox } from '@/shared/ui'
import './policies.scss'

export interface PolicySearchProps {
  keyword: string
  categories: PolicyCategory[]
  onSearch: (keyword: string) => void
  onCategories: (categories: PolicyCategory[]) => void
}

const allCategories = Object.keys(PolicyCategories) as PolicyCategory[]

/** The keyword box with 搜索, and the category chips (none chosen: 全部). */
export function PolicySearch({ keyword, categories, onSearch, onCategories }: PolicySearchProps) {
  const toggle = (category: PolicyCategory) =>
    onCategories(categories.includes(category) ? categories.filter((c) => c !== category) : allCategories.filter((c) => c === category || categories.includes(c)))

  return (
    <View className="yz-policy-search">
      <SearchBox keyword={keyword} placeholder="搜政策，如 创业、培训、社保" label="搜索政策" maxLength={POLICY_KEYWORD_MAX} onSearch={onSearch} />
      <View className="yz-policy-search__chips" role="group" aria-label="政策类别">
        <ChoiceChip text="全部" selected={categories.length === 0} onTap={() => onCategories([])} />
        {allCategories.map((category) => (
          <ChoiceChip key={category} text={PolicyCategories[category]} selected={categories.includes(category)} onTap={() => toggle(category)} />
        ))}
      </View>
    </View>
  )
}
