import { useQuery } from '@tanstack/react-query'
import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { REAL_NAME_MAX, type MyProfile } from '@/shared/contracts/profile'
import { PERSON_GROUPS, PersonGroupLabels } from '@/shared/eligibility'
import { showNotice } from '@/shared/platform/notice'
import { ActionButton, ChoiceChip, FieldMessage, PageError, PageLoading, Section, TextField } from '@/shared/ui'
import { clearProfileDraft, loadProfileDraft, saveProfileDraft } from '../api/profile-draft'
import { useRecordConsent, useUpdateMyProfile } from '../api/profile-mutations'
import { profileQueries } from '../api/profile-queries'
import { ConsentTexts, hasConsent } from '../model/consent'
import { formFromProfile, profileErrorView, toProfileBody, type ProfileErrors, type ProfileForm } from '../model/profile-form'
import { cityToday } from '../model/today'
import { ConsentSwitches } from './consent-switches'
import { DatePick, EmploymentChoices, RegionPick, TriChoices, YearPick, graduationYears } from './fact-inputs'
import { PushSettings } from './push-settings'
import './fact-inputs.scss'
import './policy-screen.scss'
import './profile-screen.scss'

interface FieldProps {
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** One labelled fact with its message under it. */
function Field({ label, hint, error, children }: FieldProps) {
  return (
    <View className={`yz-profile__field${error ? ' yz-profile__field--invalid' : ''}`}>
      <Text className="yz-profile__label">{label}</Text>
      {hint ? <Text className="yz-profile__hint">{hint}</Text> : null}
      {children}
      {error ? <FieldMessage tone="error" text={error} /> : null}
    </View>
  )
}

interface IdNumberProps {
  profile: MyProfile
  value: string
  error?: string
  onInput: (value: string) => void
  onErase: () => void
  erasing: boolean
}

/** The ID number with its own consent: asked for first, stored masked, erasable. */
function IdNumberField({ profile, value, error, onInput, onErase, erasing }: IdNumberProps) {
  const consent = useRecordConsent()
  const masked = profile.facts.idNumberMasked
  if (!hasConsent(profile, 'id_number')) {
    return (
      <View className="yz-profile__field">
        <Text className="yz-profile__hint">{`可以不填。填了能自动核对年龄，申领补贴时也不用再填。${ConsentTexts.id_number.on}`}</Text>
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" loading={consent.isPending} onClick={() => consent.mutate({ purpose: 'id_number', granted: true })}>
          同意保存身份证号
        </ActionButton>
        {error ? <FieldMessage tone="error" text={error} /> : null}
      </View>
    )
  }
  return (
    <View className="yz-profile__field">
      {masked ? (
        <View className="yz-profile__stored">
          <Text className="yz-profile__masked">{`已保存：${masked}`}</Text>
          <ActionButton className="yz-button" type="danger" fill="outline" size="large" loading={erasing} onClick={onErase}>
            删除身份证号
          </ActionButton>
        </View>
      ) : null}
      <TextField
        id="id-number"
        label={masked ? '换一个身份证号' : '身份证号'}
        value={value}
        placeholder="18 位，最后一位可以是 X"
        maxlength={20}
        error={error}
        hint={ConsentTexts.id_number.on}
        onInput={onInput}
      />
    </View>
  )
}

function ProfileEditor({ profile, owner }: { profile: MyProfile; owner: string }) {
  const today = cityToday()
  const [restored, setRestored] = useState(() => loadProfileDraft(owner))
  const [form, setForm] = useState<ProfileForm>(() => restored ?? formFromProfile(profile))
  const [errors, setErrors] = useState<ProfileErrors>({})
  const save = useUpdateMyProfile()
  const erase = useUpdateMyProfile()

  const change = (patch: Partial<ProfileForm>) => {
    setForm((current) => {
      const next = { ...current, ...patch }
      saveProfileDraft(owner, next)
      return next
    })
    setErrors((current) => {
      const next = { ...current, form: undefined }
      for (const key of Object.keys(patch) as (keyof ProfileForm)[]) delete next[key]
      return next
    })
  }

  const discard = () => {
    clearProfileDraft()
    setRestored(null)
    setForm(formFromProfile(profile))
    setErrors({})
  }

  const submit = () => {
    const result = toProfileBody(form, today)
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    save.mutate(result.body, {
      onSuccess: (saved) => {
        clearProfileDraft()
        setRestored(null)
        setForm(formFromProfile(saved))
        setErrors({})
        showNotice('资料已保存')
      },
      onError: (error) => setErrors(profileErrorView(error)),
    })
  }

  const eraseIdNumber = () => {
    const saved = toProfileBody(formFromProfile(profile), today)
    if ('errors' in saved) return
    erase.mutate(
      { ...saved.body, idNumber: null },
      {
        onSuccess: () => showNotice('身份证号已删除'),
        onError: (error) => setErrors(profileErrorView(error)),
      },
    )
  }

  return (
    <View className="yz-policy-screen">
      <Text className="yz-policy-screen__intro">这些资料只用来判断您能申请哪些政策，只有您自己看得到。不确定的可以先不填。</Text>
      {restored ? (
        <View className="yz-profile__restored" role="status">
          <Text>已恢复您上次没保存的填写内容。</Text>
          <ActionButton className="yz-button" type="default" size="large" onClick={discard}>
            放弃这些修改
          </ActionButton>
        </View>
      ) : null}

      <Section title="我的资料">
        <TextField id="real-name" label="姓名" value={form.realName} placeholder="可以不填" maxlength={REAL_NAME_MAX} error={errors.realName} onInput={(realName) => change({ realName })} />
        <Field label="出生日期" error={errors.birthDate}>
          <DatePick value={form.birthDate} prompt="选择出生日期" start="1940-01-01" end={today} invalid={Boolean(errors.birthDate)} onChange={(birthDate) => change({ birthDate })} />
          {form.birthDate ? (
            <View className="yz-facts__chips yz-profile__clear">
              <ChoiceChip text="不填出生日期" selected={false} onTap={() => change({ birthDate: '' })} />
            </View>
          ) : null}
        </Field>
        <Field label="我属于哪些人群" hint="每一项选“是”“不是”或“不确定”。" error={errors.groups}>
          {PERSON_GROUPS.map((group) => (
            <View key={group} className="yz-profile__group">
              <Text className="yz-profile__group-name">{PersonGroupLabels[group]}</Text>
              <TriChoices value={form.groups[group]} onChange={(value) => change({ groups: { ...form.groups, [group]: value } })} />
            </View>
          ))}
        </Field>
        {form.groups.graduate === 'yes' ? (
          <Field label="毕业年份" error={errors.graduationYear}>
            <YearPick value={form.graduationYear} years={graduationYears(Number(today.slice(0, 4)))} prompt="选择毕业年份" invalid={Boolean(errors.graduationYear)} onChange={(graduationYear) => change({ graduationYear })} />
          </Field>
        ) : null}
        {(
          [
            ['householdRegion', '户籍所在地'],
            ['residenceRegion', '现在常住在哪里'],
          ] as const
        ).map(([key, label]) => (
          <Field key={key} label={label} error={errors[key]}>
            <RegionPick value={form[key]} onChange={(region) => change({ [key]: region })} />
          </Field>
        ))}
        <Field label="就业状态" error={errors.employment}>
          <EmploymentChoices value={form.employment} onChange={(employment) => change({ employment })} />
          {form.employment ? (
            <View className="yz-facts__chips yz-profile__clear">
              <ChoiceChip text="不填就业状态" selected={false} onTap={() => change({ employment: null })} />
            </View>
          ) : null}
        </Field>
        <Field label="自己创业（办了营业执照）" error={errors.businessStartedOn}>
          <View className="yz-facts__chips">
            <ChoiceChip text="没有创业" selected={form.business === 'none'} onTap={() => change({ business: 'none' })} />
            <ChoiceChip text="创业了" selected={form.business === 'started'} onTap={() => change({ business: 'started' })} />
            <ChoiceChip text="不确定" selected={form.business === 'unknown'} onTap={() => change({ business: 'unknown' })} />
          </View>
          {form.business === 'started' ? (
            <DatePick value={form.businessStartedOn} prompt="选择营业执照上的成立日期" start="1980-01-01" end={today} invalid={Boolean(errors.businessStartedOn)} onChange={(businessStartedOn) => change({ businessStartedOn })} />
          ) : null}
        </Field>
        <Field label="现在在参加职业培训吗" error={errors.enrolledInCourse}>
          <TriChoices value={form.enrolledInCourse} onChange={(enrolledInCourse) => change({ enrolledInCourse })} />
        </Field>
      </Section>

      <Section title="身份证号（可不填）">
        <IdNumberField profile={profile} value={form.idNumber} error={errors.idNumber} onInput={(idNumber) => change({ idNumber })} onErase={eraseIdNumber} erasing={erase.isPending} />
      </Section>

      <View className="yz-profile__submit">
        {errors.form ? <FieldMessage tone="error" text={errors.form} /> : null}
        {Object.keys(errors).some((k) => k !== 'form' && errors[k as keyof ProfileErrors]) ? <FieldMessage tone="error" text="有几处需要修改，请看标红的地方" /> : null}
        <ActionButton className="yz-button" type="primary" size="xlarge" block loading={save.isPending} onClick={submit}>
          保存我的资料
        </ActionButton>
      </View>

      <Section title="授权">
        <ConsentSwitches profile={profile} />
      </Section>

      <Section title="政策推送">
        <Text className="yz-profile__hint">有新政策适合您时发消息告诉您。选中的类别会推送；点一下可以关掉某一类（“适合我的政策”里仍会列出）。</Text>
        <PushSettings profile={profile} />
      </Section>
    </View>
  )
}

export interface ProfileScreenProps {
  /** The signed-in account's id: a draft on the phone is only ever shown to the account that typed it. */
  owner: string
}

/** 我的资料与授权: the facts for matching, the ID number with its own consent, each consent, and push settings. */
export function ProfileScreen({ owner }: ProfileScreenProps) {
  const query = useQuery(profileQueries.mine())
  if (query.isPending) return <PageLoading text="正在加载您的资料…" />
  if (query.isError) return <PageError title="您的资料没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  return <ProfileEditor profile={query.data} owner={owner} />
}
