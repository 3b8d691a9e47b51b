import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { POLICY_KEYWORD_MAX, PolicyCategories, type PolicyCategory } from '@/shared/contracts/policies'
import { ChoiceChip, Tappable } from '@/shared/ui'
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
  const [draft, setDraft] = useState(keyword)
  useEffect(() => setDraft(keyword), [keyword])
  const search = () => onSearch(draft.trim())
  const toggle = (category: PolicyCategory) =>
    onCategories(categories.includes(category) ? categories.filter((c) => c !== category) : allCategories.filter((c) => c === category || categories.includes(c)))

  return (
    <View className="yz-policy-search">
      <View className="yz-policy-search__row">
        <Input
          className="yz-policy-search__input"
          type="text"
          confirmType="search"
          value={draft}
          maxlength={POLICY_KEYWORD_MAX}
          placeholder="搜政策，如 创业、培训、社保"
          aria-label="搜索政策"
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={search}
        />
        {draft ? (
          <Tappable
            className="yz-policy-search__clear"
            label="清除关键词"
            onTap={() => {
              setDraft('')
              onSearch('')
            }}
          >
            <Text aria-hidden>×</Text>
          </Tappable>
        ) : null}
        <Tappable className="yz-policy-search__button" onTap={search}>
          <Text>搜索</Text>
        </Tappable>
      </View>
      <View className="yz-policy-search__chips" role="group" aria-label="政策类别">
        <ChoiceChip text="全部" selected={categories.length === 0} onTap={() => onCategories([])} />
        {allCategories.map((category) => (
          <ChoiceChip key={category} text={PolicyCategories[category]} selected={categories.includes(category)} onTap={() => toggle(category)} />
        ))}
      </View>
    </View>
  )
}
