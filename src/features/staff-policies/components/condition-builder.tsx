import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EMPLOYMENT_STATUSES, EmploymentLabels, PERSON_GROUPS, PersonGroupLabels, describeCondition } from '@/shared/eligibility'
import { ActionButton, FieldMessage, Tappable } from '@/shared/ui'
import { RULE_LABELS, buildCondition, kindsLeft, newRule, ruleProblem, type ConditionDraft, type Rule } from '../model/conditions'
import { REGION_CHOICES, type FormErrors } from '../model/policy-form'
import { Chips, ItemTools, TextInput, toggled } from './form-bits'

export interface ConditionBuilderProps {
  draft: ConditionDraft
  errors: FormErrors
  onChange: (draft: ConditionDraft) => void
}

const GROUP_OPTIONS = PERSON_GROUPS.map((value) => ({ value, label: PersonGroupLabels[value] }))
const EMPLOYMENT_OPTIONS = EMPLOYMENT_STATUSES.map((value) => ({ value, label: EmploymentLabels[value] }))
/** The province, the city and its districts and counties: where a person's 户籍 or 常住地 may be asked to be. */
const CONDITION_REGIONS = ['山西省', ...REGION_CHOICES]
const regionOptions = (chosen: readonly string[]) =>
  [...CONDITION_REGIONS, ...chosen.filter((name) => !CONDITION_REGIONS.includes(name))].map((value) => ({ value, label: value }))

function RuleBody({ rule, name, invalid, onChange }: { rule: Rule; name: string; invalid: boolean; onChange: (rule: Rule) => void }) {
  const id = `rule-${rule.kind}`
  switch (rule.kind) {
    case 'age':
      return (
        <View className="yz-policy-pair">
          <TextInput labelledBy={id} label="最小年龄（周岁）" type="number" value={rule.min} placeholder="最小，如 16" maxlength={3} invalid={invalid} onChange={(min) => onChange({ ...rule, min })} />
          <Text className="yz-policy-pair__to">至</Text>
          <TextInput labelledBy={id} label="最大年龄（周岁）" type="number" value={rule.max} placeholder="最大，如 35" maxlength={3} invalid={invalid} onChange={(max) => onChange({ ...rule, max })} />
          <Text className="yz-policy-pair__to">周岁</Text>
        </View>
      )
    case 'groups':
      return <Chips label={name} options={GROUP_OPTIONS} chosen={rule.groups} onTap={(group) => onChange({ ...rule, groups: toggled(rule.groups, group, PERSON_GROUPS) })} />
    case 'graduatedWithinYears':
      return (
        <View className="yz-policy-pair">
          <Text className="yz-policy-pair__to">毕业</Text>
          <TextInput labelledBy={id} label="毕业几年内" type="number" value={rule.years} placeholder="如 2（当年毕业填 0）" maxlength={3} invalid={invalid} onChange={(years) => onChange({ ...rule, years })} />
          <Text className="yz-policy-pair__to">年内</Text>
        </View>
      )
    case 'householdRegion':
    case 'residenceRegion':
      return <Chips label={name} options={regionOptions(rule.regions)} chosen={rule.regions} onTap={(region) => onChange({ ...rule, regions: rule.regions.includes(region) ? rule.regions.filter((r) => r !== region) : [...rule.regions, region] })} />
    case 'employment':
      return <Chips label={name} options={EMPLOYMENT_OPTIONS} chosen={rule.statuses} onTap={(status) => onChange({ ...rule, statuses: toggled(rule.statuses, status, EMPLOYMENT_STATUSES) })} />
    case 'businessStarted':
      return (
        <View className="yz-policy-pair">
          <Text className="yz-policy-pair__to">营业执照在近</Text>
          <TextInput labelledBy={id} label="创业在多久以内" type="number" value={rule.amount} placeholder="如 3" maxlength={4} invalid={invalid} onChange={(amount) => onChange({ ...rule, amount })} />
          <Chips
            label="创业时间的单位"
            options={[
              { value: 'years', label: '年' },
              { value: 'months', label: '个月' },
            ]}
            chosen={[rule.unit]}
            onTap={(unit) => onChange({ ...rule, unit })}
          />
          <Text className="yz-policy-pair__to">内办理</Text>
        </View>
      )
    case 'enrolledInCourse':
      return (
        <Chips
          label={name}
          options={[
            { value: true, label: '正在参加职业培训' },
            { value: false, label: '没有在参加职业培训' },
          ]}
          chosen={[rule.enrolled]}
          onTap={(enrolled) => onChange({ ...rule, enrolled })}
        />
      )
  }
}

/**
 * Who may apply, as rules that must all hold, with the plain words people will read. A condition
 * the rules cannot say is shown in words and kept as it is, unless staff choose to set it anew.
 */
export function ConditionBuilder({ draft, errors, onChange }: ConditionBuilderProps) {
  if (draft.mode === 'kept') {
    const replace = async () => {
      const { confirm } = await Taro.showModal({
        title: '重新设置申请条件？',
        content: '原来的条件会被替换，保存后才生效。',
        confirmText: '重新设置',
        cancelText: '保留原样',
      })
      if (confirm) onChange({ mode: 'rules', rules: [] })
    }
    return (
      <View className="yz-policy-conditions">
        <View className="yz-policy-conditions__kept">
          <Text className="yz-policy-conditions__preview">{describeCondition(draft.condition)}</Text>
          <Text className="yz-policy-field__hint">这组条件有嵌套（如“或者”里还有“并且”），这里不能逐项修改；保存时原样保留，不会改变。</Text>
        </View>
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={() => void replace()}>
          重新设置申请条件
        </ActionButton>
      </View>
    )
  }

  const { rules } = draft
  const set = (next: Rule[]) => onChange({ mode: 'rules', rules: next })
  const ready = rules.filter((rule) => !ruleProblem(rule))
  const preview = buildCondition(ready)
  return (
    <View className="yz-policy-conditions">
      {rules.map((rule, i) => {
        const name = RULE_LABELS[rule.kind]
        const error = errors[`conditions.${i}`]
        return (
          <View key={rule.kind} className={`yz-policy-block${error ? ' yz-policy-block--invalid' : ''}`} role="group" aria-label={name}>
            <View className="yz-policy-block__head">
              <Text className="yz-policy-block__name" id={`yz-policy-rule-${rule.kind}`}>
                {name}
              </Text>
              <ItemTools
                name={`条件「${name}」`}
                first={i === 0}
                last={i === rules.length - 1}
                onMove={(step) => {
                  const next = [...rules]
                  ;[next[i], next[i + step]] = [next[i + step]!, next[i]!]
                  set(next)
                }}
                onRemove={() => set(rules.filter((_, j) => j !== i))}
              />
            </View>
            <RuleBody rule={rule} name={name} invalid={Boolean(error)} onChange={(changed) => set(rules.map((r, j) => (j === i ? changed : r)))} />
            {error ? <FieldMessage tone="error" text={error} /> : null}
          </View>
        )
      })}
      {kindsLeft(rules).length > 0 ? (
        <View className="yz-policy-adders" role="group" aria-label="添加条件">
          {kindsLeft(rules).map((kind) => (
            <Tappable key={kind} className="yz-policy-adders__button" label={`添加条件：${RULE_LABELS[kind]}`} onTap={() => set([...rules, newRule(kind)])}>
              <Text>{`＋ ${RULE_LABELS[kind]}`}</Text>
            </Tappable>
          ))}
        </View>
      ) : null}
      <View className="yz-policy-conditions__kept">
        <Text className="yz-policy-field__hint">{rules.length > 1 ? '以上条件要同时满足。申请人看到的是：' : '申请人看到的是：'}</Text>
        <Text className="yz-policy-conditions__preview">{preview ? describeCondition(preview) : '（还没有条件）'}</Text>
      </View>
      {errors.conditions ? <FieldMessage tone="error" text={errors.conditions} /> : null}
    </View>
  )
}
