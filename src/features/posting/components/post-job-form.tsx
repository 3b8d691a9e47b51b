import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { ApiError, errorMessage } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import {
  EmploymentTypes,
  HEADCOUNT_MAX,
  HiringModes,
  PayUnits,
  Settlements,
  type EmployerJobView,
  type JobPostBody,
  type JobStatus,
  type ScreeningResultBody,
} from '@/shared/contracts'
import { formatTime } from '@/shared/lib/dayjs'
import { canChooseLocationOnMap, chooseLocationOnMap } from '@/shared/platform/choose-location'
import { ActionButton, Tappable } from '@/shared/ui'
import { clearDraft, loadDraft, saveDraft } from '../api/draft-storage'
import { usePublishJob, useSaveJob, useScreenJob } from '../api/mutations'
import { postingQueries } from '../api/posting-queries'
import {
  defaultForm,
  districtOptions,
  fieldOfPath,
  formFingerprint,
  formFromJob,
  notesFromRejection,
  rejectionsByField,
  screeningNotes,
  tradeOptions,
  validateField,
  validateForm,
  withChange,
  withMapPlace,
  withStation,
  type FieldErrors,
  type PostField,
  type PostForm,
  type ScreeningNote,
} from '../model/post-form'
import { dateText, endTimeText, problemSummary } from '../model/wording'
import { ChoiceChips, FormField, Stepper, TextField, WhenPicker, type ChoiceOption } from './form-parts'
import { ScreeningPanel } from './screening-panel'
import './posting.scss'

/** Typing is copied to the phone this long after the last key: often enough, without writing on every key. */
const AUTOSAVE_MS = 300

const options = <T extends string>(labels: Record<T, string>, suffix = ''): ChoiceOption<T>[] =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: `${labels[value]}${suffix}` }))
const payUnitOptions = (Object.keys(PayUnits) as (keyof typeof PayUnits)[]).map((value) => ({ value, label: `元/${PayUnits[value]}` }))
const settlementOptions = options(Settlements)
const employmentTypeOptions = options(EmploymentTypes)
const hiringModeOptions = options(HiringModes)

/** A field of the form that the patch changes: pay is typed in two parts shown as one. */
const fieldOfKey = (key: string): PostField => (key === 'payYuan' || key === 'payUnit' ? 'pay' : fieldOfPath(key))

interface Screening {
  verdict: ScreeningResultBody['verdict']
  notes: ScreeningNote[]
  /** The form as it was checked. */
  print: string
}

export interface PostJobFormProps {
  /** The post being edited (a draft, a live or waiting post, a fresh copy), or null for a new one. */
  job: EmployerJobView | null
  /** A verified employer; others may save drafts only. */
  canPublish: boolean
  /** The city's date, YYYY-MM-DD: a new post starts tomorrow. */
  today: string
  /** Published (live or waiting for staff). */
  onPublished: (job: EmployerJobView) => void
}

/**
 * The posting form: pickers and chips wherever a choice will do, the contract's own checks with their
 * Chinese messages, what is typed copied to the phone as it is typed (and offered back next time),
 * 保存草稿 and 发布. Publishing first runs the server's screening and shows what it found: reasons
 * with the law behind them (publishing off until something changes), or that staff will look first.
 */
export function PostJobForm({ job, canPublish, today, onPublished }: PostJobFormProps) {
  const [start] = useState(() => {
    const base = job ? formFromJob(job) : defaultForm(today)
    const stored = loadDraft(job?.id ?? 'new')
    const restored = stored !== null && formFingerprint(stored.form) !== formFingerprint(base)
    // A draft refused when it was last published comes back with its reasons, until it changes.
    const kept = job?.status === 'draft' && job.screening && job.screening.verdict !== 'pass' ? job.screening : null
    return { base, form: restored ? stored.form : base, restored, kept }
  })
  const [id, setId] = useState<string | null>(job?.id ?? null)
  const [status, setStatus] = useState<JobStatus>(job?.status ?? 'draft')
  const [form, setForm] = useState<PostForm>(start.form)
  /**
   * The form as the server (or, for a new post, the blank form) has it: what needs no copy on the
   * phone. Also kept in a ref, read when the page closes: publishing may close it before a render.
   */
  const [basePrint, setBasePrintState] = useState(() => formFingerprint(start.base))
  const baseRef = useRef(basePrint)
  const setBasePrint = (next: string) => {
    baseRef.current = next
    setBasePrintState(next)
  }
  const [restored, setRestored] = useState(start.restored)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [screening, setScreening] = useState<Screening | null>(() =>
    start.kept ? { verdict: start.kept.verdict, notes: screeningNotes(start.kept), print: formFingerprint(start.base) } : null,
  )
  const [screenErrors, setScreenErrors] = useState<FieldErrors>(() => (start.kept ? rejectionsByField(screeningNotes(start.kept)) : {}))
  const [formError, setFormError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [notVerified, setNotVerified] = useState<string | null>(null)
  const [choosingStation, setChoosingStation] = useState(false)

  const trades = useQuery(postingQueries.trades())
  const stations = useQuery(postingQueries.stations())
  const save = useSaveJob()
  const screen = useScreenJob()
  const publish = usePublishJob()

  const draftKey = id ?? 'new'
  const print = formFingerprint(form)
  const live = status === 'open' || status === 'pending_review'

  // What is typed goes to the phone's storage shortly after; leaving the page writes it at once.
  const pending = useRef<() => void>(() => {})
  useEffect(() => {
    const write = () => (print === baseRef.current ? clearDraft(draftKey) : saveDraft(draftKey, form))
    pending.current = write
    const timer = setTimeout(write, AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [form, print, basePrint, draftKey])
  useEffect(() => () => pending.current(), [])

  const update = (change: (current: PostForm) => PostForm, keys: readonly string[]) => {
    setForm(change)
    const fields = new Set(keys.map(fieldOfKey))
    const without = (current: FieldErrors) => Object.fromEntries(Object.entries(current).filter(([f]) => !fields.has(f as PostField))) as FieldErrors
    setErrors(without)
    setScreenErrors(without)
    setFormError(null)
    setNotice(null)
  }
  const set = (patch: Partial<PostForm>) => update((current) => withChange(current, patch), Object.keys(patch))

  /** A field left: its own check, unless it is still empty (submit will say so). */
  const check = (field: PostField, value: string) => {
    if (!value.trim()) return
    setErrors((current) => ({ ...current, [field]: validateField(form, field) }))
  }

  const showProblem = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'JOB_POST_REJECTED') {
      const notes = notesFromRejection(error.fields)
      setScreening({ verdict: 'reject', notes, print })
      setScreenErrors(rejectionsByField(notes))
      setFormError(null)
      return
    }
    if (error instanceof ApiError && error.code === 'EMPLOYER_NOT_VERIFIED') {
      setNotVerified(error.message)
      return
    }
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      const found: FieldErrors = {}
      for (const [path, message] of Object.entries(error.fields)) found[fieldOfPath(path)] ??= message
      setErrors((current) => ({ ...current, ...found }))
      setFormError(problemSummary(found) ?? error.message)
      return
    }
    setFormError(errorMessage(error))
  }

  /** The whole form checked; its problems shown beside their fields. */
  const checkedBody = (): JobPostBody | null => {
    const checked = validateForm(form)
    if (checked.ok) return checked.body
    setErrors(checked.errors)
    setFormError(`${problemSummary(checked.errors) ?? '还有内容需要修改'}。已填的内容存在这台手机上，不会丢。`)
    return null
  }

  /** The server gets the form as it is now: a new draft, or the changes. */
  const persist = async (body: JobPostBody): Promise<EmployerJobView | null> => {
    try {
      const view = await save.mutateAsync({ id, body })
      clearDraft('new')
      clearDraft(view.id)
      setId(view.id)
      setStatus(view.status)
      setBasePrint(print)
      return view
    } catch (error) {
      showProblem(error)
      return null
    }
  }

  const saveTapped = async () => {
    setNotice(null)
    const body = checkedBody()
    if (!body) return
    const view = await persist(body)
    if (!view) return
    const at = formatTime(Date.now())
    if (view.status === 'draft') setNotice(`草稿已保存（${at}）。在“我发布的岗位”的草稿里可以找到。`)
    else if (view.status === 'pending_review') setNotice(`修改已保存（${at}），需驿站审核后再显示，通常 1 个工作日内。`)
    else setNotice(`修改已保存（${at}），求职者看到的已是新内容。`)
  }

  const publishTapped = async () => {
    setNotice(null)
    const body = checkedBody()
    if (!body) return
    let jobId = id
    if (!jobId || print !== basePrint) {
      const view = await persist(body)
      if (!view) return
      jobId = view.id
    }
    // Screened as it is now, unless this is the second tap after "staff will look first".
    if (!(screening && screening.print === print && screening.verdict === 'review')) {
      let result
      try {
        result = await screen.mutateAsync(body)
      } catch (error) {
        showProblem(error)
        return
      }
      const notes = screeningNotes(result)
      setScreening({ verdict: result.verdict, notes, print })
      setScreenErrors(rejectionsByField(notes))
      if (result.verdict !== 'pass') return
    }
    try {
      const view = await publish.mutateAsync(jobId)
      clearDraft(jobId)
      onPublished(view)
    } catch (error) {
      showProblem(error)
    }
  }

  const discardRestored = () => {
    clearDraft(draftKey)
    setForm(start.base)
    setRestored(false)
    setErrors({})
  }

  const pickPlace = async () => {
    try {
      const place = await chooseLocationOnMap(form.location)
      if (place) update((current) => withMapPlace(current, place), ['location', 'address', 'district'])
    } catch (error) {
      setErrors((current) => ({ ...current, location: errorMessage(error) }))
    }
  }

  const errorOf = (field: PostField) => errors[field] ?? screenErrors[field]
  const stationList = stations.data?.items ?? []
  const station = stationList.find((s) => s.id === form.stationId)
  const busy = save.isPending || screen.isPending || publish.isPending
  const rejectedAsIs = screening?.verdict === 'reject' && screening.print === print
  const reviewAsIs = screening?.verdict === 'review' && screening.print === print
  const publishBlocked = !canPublish || notVerified !== null

  return (
    <View className="yz-post">
      {restored ? (
        <View className="yz-post-restored">
          <Text className="yz-post-restored__text">已恢复您上次没保存的内容。</Text>
          <Tappable className="yz-post-restored__discard" onTap={discardRestored}>
            <Text>不要了，恢复原样</Text>
          </Tappable>
        </View>
      ) : null}

      <View className="yz-post-group">
        <Text className="yz-post-group__title">招什么人</Text>
        <FormField id="title" label="岗位名称" hint="如：商场夜间保洁、仓库装卸工" error={errorOf('title')}>
          <TextField
            id="title"
            value={form.title}
            placeholder="2 到 30 个字"
            maxlength={30}
            invalid={Boolean(errorOf('title'))}
            onChange={(title) => set({ title })}
            onBlur={() => check('title', form.title)}
          />
        </FormField>
        <FormField id="category" label="工种" error={errorOf('category')}>
          <ChoiceChips
            options={tradeOptions(trades.data?.trades).map((t) => ({ value: t.id, label: t.name, note: t.aliases.slice(0, 3).join('、') || undefined }))}
            value={form.category}
            onChange={(category) => set({ category })}
          />
        </FormField>
        <FormField id="headcount" label="招聘人数" error={errorOf('headcount')}>
          <Stepper value={form.headcount} min={1} max={HEADCOUNT_MAX} unit="人" onChange={(headcount) => set({ headcount })} />
        </FormField>
        <FormField id="duties" label="工作内容" hint="每天具体做什么" error={errorOf('duties')}>
          <TextField
            id="duties"
            multiline
            value={form.duties}
            placeholder="如：商场一楼到三楼地面清扫、垃圾清运"
            maxlength={1000}
            invalid={Boolean(errorOf('duties'))}
            onChange={(duties) => set({ duties })}
            onBlur={() => check('duties', form.duties)}
          />
        </FormField>
        <FormField id="requirements" label="任职要求" hint="工作需要的技能或证书，不能限制性别、年龄、户籍等" error={errorOf('requirements')}>
          <TextField
            id="requirements"
            multiline
            value={form.requirements}
            placeholder="如：能干体力活；有电工证"
            maxlength={500}
            invalid={Boolean(errorOf('requirements'))}
            onChange={(requirements) => set({ requirements })}
            onBlur={() => check('requirements', form.requirements)}
          />
        </FormField>
        <FormField id="conditions" label="工作条件" hint="管不管饭、工具、交通、防护用品" error={errorOf('conditions')}>
          <TextField
            id="conditions"
            multiline
            value={form.conditions}
            placeholder="如：管午饭，提供工服和手套"
            maxlength={500}
            invalid={Boolean(errorOf('conditions'))}
            onChange={(conditions) => set({ conditions })}
            onBlur={() => check('conditions', form.conditions)}
          />
        </FormField>
      </View>

      <View className="yz-post-group">
        <Text className="yz-post-group__title">工资怎么算</Text>
        <FormField id="pay" label="工资（元）" error={errorOf('pay')}>
          <TextField
            id="pay"
            type="digit"
            value={form.payYuan}
            placeholder="如：180"
            maxlength={10}
            invalid={Boolean(errorOf('pay'))}
            onChange={(payYuan) => set({ payYuan })}
            onBlur={() => check('pay', form.payYuan)}
          />
          <ChoiceChips options={payUnitOptions} value={form.payUnit} onChange={(payUnit) => set({ payUnit })} />
        </FormField>
        <FormField id="settlement" label="结算方式" error={errorOf('settlement')}>
          <ChoiceChips options={settlementOptions} value={form.settlement} onChange={(settlement) => set({ settlement })} />
        </FormField>
        <FormField id="employmentType" label="用工形式" error={errorOf('employmentType')}>
          <ChoiceChips options={employmentTypeOptions} value={form.employmentType} onChange={(employmentType) => set({ employmentType })} />
        </FormField>
      </View>

      <View className="yz-post-group">
        <Text className="yz-post-group__title">什么时候干</Text>
        <FormField id="workDateStart" label="开工日期" error={errorOf('workDateStart')}>
          <WhenPicker
            mode="date"
            value={form.workDateStart}
            text={dateText(form.workDateStart)}
            start={today}
            invalid={Boolean(errorOf('workDateStart'))}
            onChange={(workDateStart) => set({ workDateStart })}
          />
        </FormField>
        <FormField id="workDateEnd" label="完工日期" hint="只干一天就和开工日期相同" error={errorOf('workDateEnd')}>
          <WhenPicker
            mode="date"
            value={form.workDateEnd}
            text={dateText(form.workDateEnd)}
            start={form.workDateStart}
            invalid={Boolean(errorOf('workDateEnd'))}
            onChange={(workDateEnd) => set({ workDateEnd })}
          />
        </FormField>
        <FormField id="workStartTime" label="每天上班时间" error={errorOf('workStartTime')}>
          <WhenPicker
            mode="time"
            value={form.workStartTime}
            text={form.workStartTime}
            invalid={Boolean(errorOf('workStartTime'))}
            onChange={(workStartTime) => set({ workStartTime })}
          />
        </FormField>
        <FormField id="workEndTime" label="每天下班时间" hint="早于上班时间就是第二天早上下班（夜班）" error={errorOf('workEndTime')}>
          <WhenPicker
            mode="time"
            value={form.workEndTime}
            text={endTimeText(form.workStartTime, form.workEndTime)}
            invalid={Boolean(errorOf('workEndTime'))}
            onChange={(workEndTime) => set({ workEndTime })}
          />
        </FormField>
        <FormField id="workHours" label="工作时间说明（可不填）" hint="如：中午休息 1 小时" error={errorOf('workHours')}>
          <TextField
            id="workHours"
            value={form.workHours}
            placeholder="不填就按上下班时间写"
            maxlength={50}
            invalid={Boolean(errorOf('workHours'))}
            onChange={(workHours) => set({ workHours })}
            onBlur={() => check('workHours', form.workHours)}
          />
        </FormField>
        <FormField id="validUntil" label="招聘截止日期" hint="这天以后不再显示，不能晚于完工日期" error={errorOf('validUntil')}>
          <WhenPicker
            mode="date"
            value={form.validUntil}
            text={dateText(form.validUntil)}
            start={today}
            invalid={Boolean(errorOf('validUntil'))}
            onChange={(validUntil) => set({ validUntil })}
          />
        </FormField>
      </View>

      <View className="yz-post-group">
        <Text className="yz-post-group__title">在哪里干</Text>
        <FormField id="stationId" label="所属驿站" hint="选了驿站，地址和地点就用驿站的，可以再改" error={errorOf('stationId')}>
          <Tappable className="yz-post-picker" label={`所属驿站：${station?.name ?? '未选'}，点按选择`} onTap={() => setChoosingStation((v) => !v)}>
            <Text className="yz-post-picker__value">{station?.name ?? (form.stationId ? '已选驿站' : '不通过驿站')}</Text>
            <Text className="yz-post-picker__change">{choosingStation ? '收起' : '选择驿站 ›'}</Text>
          </Tappable>
          {choosingStation ? (
            <View className="yz-post-stations">
              {stations.isPending ? <Text className="yz-post-field__hint">正在加载驿站…</Text> : null}
              {stations.isError ? (
                <Tappable className="yz-post-station" onTap={() => void stations.refetch()}>
                  <Text className="yz-post-station__name">驿站没有加载出来，点这里重试</Text>
                </Tappable>
              ) : null}
              {stationList.map((s) => (
                <Tappable
                  key={s.id}
                  className={`yz-post-station${s.id === form.stationId ? ' yz-post-station--chosen' : ''}`}
                  onTap={() => {
                    update((current) => withStation(current, s), ['stationId', 'address', 'district', 'location'])
                    setChoosingStation(false)
                  }}
                >
                  <Text className="yz-post-station__name">{s.id === form.stationId ? `✓ ${s.name}` : s.name}</Text>
                  <Text className="yz-post-station__address">{s.address}</Text>
                </Tappable>
              ))}
              {stations.data ? (
                <Tappable
                  className="yz-post-station"
                  onTap={() => {
                    update((current) => withStation(current, null), ['stationId'])
                    setChoosingStation(false)
                  }}
                >
                  <Text className="yz-post-station__name">不通过驿站</Text>
                </Tappable>
              ) : null}
            </View>
          ) : null}
        </FormField>
        <FormField id="location" label="工作地点" error={errorOf('location')}>
          <Text className="yz-post-field__value">
            {form.location ? `已定好地点${station && form.location.lat === station.location.lat && form.location.lng === station.location.lng ? '（驿站位置）' : ''}` : canChooseLocationOnMap ? '还没有选地点' : '请选择驿站，地点就用驿站的'}
          </Text>
          {canChooseLocationOnMap ? (
            <ActionButton className="yz-button" fill="outline" size="large" block onClick={() => void pickPlace()}>
              在地图上选地点
            </ActionButton>
          ) : null}
        </FormField>
        <FormField id="address" label="工作地址" hint="写到门牌号，方便找到" error={errorOf('address')}>
          <TextField
            id="address"
            value={form.address}
            placeholder="如：长治市潞州区英雄南路 186 号"
            maxlength={100}
            invalid={Boolean(errorOf('address'))}
            onChange={(address) => set({ address })}
            onBlur={() => check('address', form.address)}
          />
        </FormField>
        <FormField id="district" label="所在区县" error={errorOf('district')}>
          <ChoiceChips
            options={districtOptions(stationList, form.district).map((d) => ({ value: d, label: d }))}
            value={form.district || null}
            onChange={(district) => set({ district })}
          />
        </FormField>
        <FormField id="meetingPoint" label="集合地点（可不填）" hint="只告诉录用的人，如：东门保安室找王师傅" error={errorOf('meetingPoint')}>
          <TextField
            id="meetingPoint"
            value={form.meetingPoint}
            placeholder="到了找谁、在哪儿等"
            maxlength={100}
            invalid={Boolean(errorOf('meetingPoint'))}
            onChange={(meetingPoint) => set({ meetingPoint })}
            onBlur={() => check('meetingPoint', form.meetingPoint)}
          />
        </FormField>
      </View>

      <View className="yz-post-group">
        <Text className="yz-post-group__title">怎么录用</Text>
        <FormField id="hiringMode" label="录用方式" error={errorOf('hiringMode')}>
          <ChoiceChips options={hiringModeOptions} value={form.hiringMode} onChange={(hiringMode) => set({ hiringMode })} />
        </FormField>
        <FormField id="welcomesOlder" label="欢迎大龄求职者" hint="对 50 岁以上的人是个好消息，不限制任何人报名">
          <Tappable
            className={`yz-post-toggle${form.welcomesOlder ? ' yz-post-toggle--on' : ''}`}
            label={form.welcomesOlder ? '欢迎大龄求职者，已选' : '欢迎大龄求职者，未选'}
            onTap={() => set({ welcomesOlder: !form.welcomesOlder })}
          >
            <Text className="yz-post-toggle__box">{form.welcomesOlder ? '✓' : ''}</Text>
            <Text className="yz-post-toggle__text">{form.welcomesOlder ? '欢迎大龄求职者' : '不特别说明'}</Text>
          </Tappable>
        </FormField>
      </View>

      <View className="yz-post-submit">
        {screening ? <ScreeningPanel verdict={screening.verdict} notes={screening.notes} stale={screening.print !== print} /> : null}
        {publishBlocked && !live ? (
          <View className="yz-post-unverified" role="alert">
            <Text className="yz-post-unverified__title">单位认证通过后才能发布</Text>
            <Text className="yz-post-unverified__text">{notVerified ?? '现在可以先保存草稿，认证通过后再发布。'}</Text>
            <Tappable className="yz-post-unverified__link" role="link" onTap={() => void Taro.navigateTo({ url: pageUrl.employerProfile })}>
              <Text>去看认证进度 ›</Text>
            </Tappable>
          </View>
        ) : null}
        {formError ? (
          <View className="yz-post-submit__error" role="alert">
            <Text>{formError}</Text>
          </View>
        ) : null}
        {notice ? (
          <View className="yz-post-submit__notice" role="status">
            <Text>{notice}</Text>
          </View>
        ) : null}
        {live ? (
          <ActionButton className="yz-button" type="primary" size="xlarge" block loading={save.isPending} disabled={busy} onClick={() => void saveTapped()}>
            保存修改
          </ActionButton>
        ) : (
          <>
            <ActionButton
              className="yz-button"
              type="primary"
              size="xlarge"
              block
              loading={screen.isPending || publish.isPending}
              disabled={busy || publishBlocked || rejectedAsIs}
              onClick={() => void publishTapped()}
            >
              {reviewAsIs ? '提交驿站审核' : '发布'}
            </ActionButton>
            <ActionButton className="yz-button" fill="outline" size="xlarge" block loading={save.isPending} disabled={busy} onClick={() => void saveTapped()}>
              保存草稿
            </ActionButton>
          </>
        )}
      </View>
    </View>
  )
}
