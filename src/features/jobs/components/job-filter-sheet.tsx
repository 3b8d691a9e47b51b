import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState, type ReactNode } from 'react'
import { EmploymentTypes, JobCategories, PayUnits, Settlements, WorkDateFilters, type JobCategory } from '@/shared/contracts'
import { hideTabBarWhileOpen } from '@/shared/platform/tab-badge'
import { ActionButton, ChoiceChip } from '@/shared/ui'
import { RADIUS_CHOICES, clearSheetFilters, parseMinPay, toggleCategory, type JobFilters } from '../model/job-filters'
import './jobs.scss'

export interface JobFilterSheetProps {
  filters: JobFilters
  /** Whether the feed has a point to measure distance from (else no distance choice is offered). */
  canFilterByDistance: boolean
  onApply: (filters: JobFilters) => void
  onClose: () => void
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="yz-filter-sheet__group">
      <Text className="yz-filter-sheet__title">{title}</Text>
      <View className="yz-filter-sheet__chips">{children}</View>
    </View>
  )
}

type Choices<K extends string> = Record<K, string>

/** One-of choices with 不限 first. */
function OneOf<K extends string>({ choices, value, onChange }: { choices: Choices<K>; value: K | null; onChange: (value: K | null) => void }) {
  return (
    <>
      <ChoiceChip text="不限" selected={value === null} onTap={() => onChange(null)} />
      {(Object.keys(choices) as K[]).map((key) => (
        <ChoiceChip key={key} text={choices[key]} selected={value === key} onTap={() => onChange(key)} />
      ))}
    </>
  )
}

const payUnitChoices = { hour: '按小时', day: '按天', piece: '按件' } as const

/**
 * The filters of the job feed on one screen over the list: changed freely, applied with 查看岗位,
 * so a person can try things without the list jumping under them.
 */
export function JobFilterSheet({ filters, canFilterByDistance, onApply, onClose }: JobFilterSheetProps) {
  const [draft, setDraft] = useState(filters)
  const [minPayText, setMinPayText] = useState(filters.minPayYuan === null ? '' : String(filters.minPayYuan))
  const set = (patch: Partial<JobFilters>) => setDraft((current) => ({ ...current, ...patch }))

  // Taro's H5 tab bar is drawn over the page: it would cover 清空 and 查看岗位.
  useEffect(() => hideTabBarWhileOpen(), [])

  const apply = () => onApply({ ...draft, minPayYuan: draft.payUnit ? parseMinPay(minPayText) : null })
  const clear = () => {
    setDraft(clearSheetFilters(draft))
    setMinPayText('')
  }

  return (
    <View className="yz-filter-sheet" role="dialog" aria-label="筛选岗位">
      <View className="yz-filter-sheet__body">
        <Group title="工种（可多选）">
          {(Object.keys(JobCategories) as JobCategory[]).map((category) => (
            <ChoiceChip
              key={category}
              text={JobCategories[category]}
              selected={draft.categories.includes(category)}
              onTap={() => setDraft((current) => toggleCategory(current, category))}
            />
          ))}
        </Group>
        <Group title="用工类型">
          <OneOf choices={EmploymentTypes} value={draft.employmentType} onChange={(employmentType) => set({ employmentType })} />
        </Group>
        <Group title="结算方式">
          <OneOf choices={Settlements} value={draft.settlement} onChange={(settlement) => set({ settlement })} />
        </Group>
        <Group title="计薪方式">
          <OneOf choices={payUnitChoices} value={draft.payUnit} onChange={(payUnit) => set({ payUnit })} />
        </Group>
        {draft.payUnit ? (
          <View className="yz-filter-sheet__group">
            <Text className="yz-filter-sheet__title">{`最低工资（元/${PayUnits[draft.payUnit]}）`}</Text>
            <Input
              className="yz-filter-sheet__input"
              type="number"
              value={minPayText}
              placeholder="不限"
              aria-label={`最低工资，元每${PayUnits[draft.payUnit]}`}
              onInput={(event) => setMinPayText(event.detail.value)}
            />
          </View>
        ) : null}
        <Group title="工作日期">
          <OneOf choices={WorkDateFilters} value={draft.date} onChange={(date) => set({ date })} />
        </Group>
        <Group title="年龄">
          <ChoiceChip text="只看欢迎大龄的岗位" selected={draft.welcomesOlder} onTap={() => set({ welcomesOlder: !draft.welcomesOlder })} />
        </Group>
        {canFilterByDistance ? (
          <Group title="距离">
            <ChoiceChip text="不限" selected={draft.radiusKm === null} onTap={() => set({ radiusKm: null })} />
            {RADIUS_CHOICES.map((km) => (
              <ChoiceChip key={km} text={`${km} 公里内`} selected={draft.radiusKm === km} onTap={() => set({ radiusKm: km })} />
            ))}
          </Group>
        ) : null}
      </View>
      <View className="yz-filter-sheet__actions">
        <ActionButton className="yz-button" fill="outline" type="primary" size="large" onClick={clear}>
          清空
        </ActionButton>
        <ActionButton className="yz-button" fill="outline" type="default" size="large" onClick={onClose}>
          取消
        </ActionButton>
        <ActionButton className="yz-button yz-filter-sheet__apply" type="primary" size="large" onClick={apply}>
          查看岗位
        </ActionButton>
      </View>
    </View>
  )
}
