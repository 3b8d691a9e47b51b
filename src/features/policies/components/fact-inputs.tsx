import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { EMPLOYMENT_STATUSES, EmploymentLabels, type EmploymentStatus } from '@/shared/eligibility'
import { ChoiceChip, Tappable } from '@/shared/ui'
import { formatPolicyDate } from '../model/format'
import { regionChoiceGroups } from '../model/regions'
import type { Tri } from '../model/profile-form'
import './fact-inputs.scss'

type PickerEvent = { detail: { value: string | number } }

export interface YesNoProps {
  value: boolean | undefined
  onChange: (value: boolean) => void
}

/** 是 / 不是 as two big chips. */
export function YesNoChoices({ value, onChange }: YesNoProps) {
  return (
    <View className="yz-facts__chips">
      <ChoiceChip text="是" selected={value === true} onTap={() => onChange(true)} />
      <ChoiceChip text="不是" selected={value === false} onTap={() => onChange(false)} />
    </View>
  )
}

export interface TriProps {
  value: Tri
  onChange: (value: Tri) => void
}

/** 是 / 不是 / 不确定: a profile fact may stay unanswered. */
export function TriChoices({ value, onChange }: TriProps) {
  const options: [Tri, string][] = [
    ['yes', '是'],
    ['no', '不是'],
    ['unknown', '不确定'],
  ]
  return (
    <View className="yz-facts__chips">
      {options.map(([tri, text]) => (
        <ChoiceChip key={tri} text={text} selected={value === tri} onTap={() => onChange(tri)} />
      ))}
    </View>
  )
}

export interface RegionChoicesProps {
  value: string | undefined
  onChange: (region: string) => void
}

/** The city's districts and counties, the province's other cities, and 山西省以外, as chips. */
export function RegionChoices({ value, onChange }: RegionChoicesProps) {
  return (
    <View>
      {regionChoiceGroups().map((group) => (
        <View key={group.title} className="yz-facts__group">
          <Text className="yz-facts__group-title">{group.title}</Text>
          <View className="yz-facts__chips">
            {group.regions.map((region) => (
              <ChoiceChip key={region} text={region} selected={region === value} onTap={() => onChange(region)} />
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

export interface RegionPickProps {
  /** '' while unanswered. */
  value: string
  onChange: (region: string) => void
}

/**
 * A region in a long form: the choice on one line, the chips (with 不填) only while choosing, so a
 * form with two of them stays short.
 */
export function RegionPick({ value, onChange }: RegionPickProps) {
  const [open, setOpen] = useState(false)
  const choose = (region: string) => {
    onChange(region)
    setOpen(false)
  }
  if (!open) {
    return (
      <Tappable className="yz-facts__picker" label={`${value || '未填'}，${value ? '修改' : '选择'}`} onTap={() => setOpen(true)}>
        <Text className="yz-facts__picker-value">{value || '未填'}</Text>
        <Text className="yz-facts__picker-change">{value ? '修改 ›' : '选择 ›'}</Text>
      </Tappable>
    )
  }
  return (
    <View>
      <View className="yz-facts__group yz-facts__chips">
        <ChoiceChip text="不填" selected={value === ''} onTap={() => choose('')} />
      </View>
      <RegionChoices value={value} onChange={choose} />
    </View>
  )
}

export interface EmploymentChoicesProps {
  value: EmploymentStatus | undefined | null
  onChange: (status: EmploymentStatus) => void
}

export function EmploymentChoices({ value, onChange }: EmploymentChoicesProps) {
  return (
    <View className="yz-facts__chips">
      {EMPLOYMENT_STATUSES.map((status) => (
        <ChoiceChip key={status} text={EmploymentLabels[status]} selected={status === value} onTap={() => onChange(status)} />
      ))}
    </View>
  )
}

export interface DatePickProps {
  /** YYYY-MM-DD, '' or undefined for none yet. */
  value: string | undefined | null
  /** Shown while nothing is chosen: 「选择出生日期」. */
  prompt: string
  start: string
  end: string
  invalid?: boolean
  onChange: (date: string) => void
}

/** The platform's own date wheel behind a big field that shows the date chosen. */
export function DatePick({ value, prompt, start, end, invalid = false, onChange }: DatePickProps) {
  return (
    <Picker mode="date" value={value || end} start={start} end={end} onChange={(event: PickerEvent) => onChange(String(event.detail.value))}>
      <View className={`yz-facts__picker${invalid ? ' yz-facts__picker--invalid' : ''}`}>
        <Text className="yz-facts__picker-value">{value ? formatPolicyDate(value) : prompt}</Text>
        <Text className="yz-facts__picker-change">{value ? '修改 ›' : '选择 ›'}</Text>
      </View>
    </Picker>
  )
}

export interface YearPickProps {
  value: number | undefined | null
  /** Offered newest first. */
  years: number[]
  prompt: string
  invalid?: boolean
  onChange: (year: number) => void
}

/** A year from a wheel (毕业年份). */
export function YearPick({ value, years, prompt, invalid = false, onChange }: YearPickProps) {
  const range = years.map((year) => `${year} 年`)
  const index = value == null ? 0 : Math.max(0, years.indexOf(value))
  return (
    <Picker
      mode="selector"
      range={range}
      value={index}
      onChange={(event: PickerEvent) => {
        const year = years[Number(event.detail.value)]
        if (year !== undefined) onChange(year)
      }}
    >
      <View className={`yz-facts__picker${invalid ? ' yz-facts__picker--invalid' : ''}`}>
        <Text className="yz-facts__picker-value">{value == null ? prompt : `${value} 年`}</Text>
        <Text className="yz-facts__picker-change">{value == null ? '选择 ›' : '修改 ›'}</Text>
      </View>
    </Picker>
  )
}

/** The years someone may have graduated in, this year first. */
export function graduationYears(thisYear: number): number[] {
  return Array.from({ length: 41 }, (_, i) => thisYear - i)
}
