import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import type { StaffStation } from '@/shared/contracts'
import { ActionButton, ChoiceChip, PageEmpty, PageError, PageLoading, TextField } from '@/shared/ui'
import { clearStationDraft, loadStationDraft, saveStationDraft } from '../api/draft-storage'
import { useCreateStation, useUpdateStation } from '../api/mutations'
import { stationAdminQueries } from '../api/station-admin-queries'
import {
  changedFields,
  districtChoices,
  emptyStationForm,
  formDiffers,
  formFromStation,
  normaliseCode,
  saveErrorView,
  validateLocation,
  validateStationForm,
  validateTextField,
  type StationErrors,
  type StationFormValues,
  type StationTextField,
} from '../model/station-form'
import { LocationField } from './location-field'
import { StationPoster } from './station-poster'
import './station-admin.scss'

interface StationFormProps {
  /** The station being edited; null for a new one. */
  station: StaffStation | null
  /** The district staff member's own district (fixed); null for city-wide staff, who choose. */
  scopeDistrict: string | null
  /** Districts to choose from with a tap (city-wide staff). */
  districts: string[]
  onCreated: (station: StaffStation) => void
}

/** What the form starts with: a draft left unsaved last time, else the station as saved (or an empty form). */
function initialForm(station: StaffStation | null, base: StationFormValues, scopeDistrict: string | null) {
  const draft = loadStationDraft(station?.id ?? null)
  if (!draft || !formDiffers(draft.values, base)) return { values: base, restored: null }
  const values = scopeDistrict ? { ...draft.values, district: scopeDistrict } : draft.values
  // Someone saved the station after this draft began: the person should look before saving over it.
  return { values, restored: { changedSince: station !== null && draft.base !== station.updatedAt } }
}

function StationForm({ station, scopeDistrict, districts, onCreated }: StationFormProps) {
  const stationId = station?.id ?? null
  const base = useMemo(() => (station ? formFromStation(station) : emptyStationForm(scopeDistrict ?? '')), [station, scopeDistrict])
  const [initial] = useState(() => initialForm(station, base, scopeDistrict))
  const [values, setValues] = useState<StationFormValues>(initial.values)
  const [restored, setRestored] = useState(initial.restored)
  const [errors, setErrors] = useState<StationErrors>({})
  const [notice, setNotice] = useState<string | null>(null)
  const create = useCreateStation()
  const update = useUpdateStation()
  const pending = create.isPending || update.isPending

  // The draft follows the form: kept while it differs from what is saved, dropped when it does not.
  useEffect(() => {
    if (formDiffers(values, base)) saveStationDraft(stationId, { values, base: station?.updatedAt ?? null })
    else clearStationDraft(stationId)
  }, [values, base, stationId, station?.updatedAt])

  const edit = (change: Partial<StationFormValues>, cleared: (keyof StationErrors)[]) => {
    setValues((current) => ({ ...current, ...change }))
    setErrors((current) => {
      const next = { ...current, form: undefined }
      for (const key of cleared) next[key] = undefined
      return next
    })
    setNotice(null)
  }

  const input = (field: StationTextField) => (value: string) => edit({ [field]: field === 'code' ? normaliseCode(value) : value }, [field])

  const check = (field: StationTextField) => (value: string) => {
    // An empty field on leaving it is not yet a mistake; saving will say so.
    if (!value.trim()) return
    setErrors((current) => ({ ...current, [field]: validateTextField(field, { ...values, [field]: value }) ?? undefined }))
  }

  /** What every text field of the form takes from its key: value, message, typing and leaving. */
  const fieldProps = (field: StationTextField) => ({
    id: field,
    className: 'yz-station-form__field',
    value: values[field],
    error: errors[field],
    onInput: input(field),
    onBlur: check(field),
  })

  const checkLocation = () => {
    if (!values.lat.trim() && !values.lng.trim()) return
    setErrors((current) => ({ ...current, ...validateLocation(values), location: undefined }))
  }

  const showSaveError = (error: unknown) => {
    const view = saveErrorView(error)
    setErrors((current) => ({ ...current, ...view.fields, form: view.form ?? undefined }))
  }

  const discardDraft = () => {
    clearStationDraft(stationId)
    setValues(base)
    setErrors({})
    setRestored(null)
  }

  const submit = () => {
    setNotice(null)
    const result = validateStationForm(values)
    if (!result.ok) {
      const count = Object.keys(result.errors).length
      setErrors({ ...result.errors, form: result.errors.form ?? `有 ${count} 处需要修改，请看红字` })
      return
    }
    setErrors({})
    if (!station) {
      create.mutate(result.body, {
        onSuccess: (created) => {
          clearStationDraft(null)
          void Taro.showToast({ title: '驿站已建好', icon: 'success' })
          onCreated(created)
        },
        onError: showSaveError,
      })
      return
    }
    const changes = changedFields(station, result.body)
    if (Object.keys(changes).length === 0) {
      setNotice('没有改动，不用保存')
      return
    }
    update.mutate(
      { id: station.id, body: changes },
      {
        onSuccess: (updated) => {
          clearStationDraft(station.id)
          setValues(formFromStation(updated))
          setRestored(null)
          setNotice('已保存，海报已按新的信息生成')
          void Taro.showToast({ title: '已保存', icon: 'success' })
        },
        onError: showSaveError,
      },
    )
  }

  const codeChanged = station !== null && normaliseCode(values.code.trim()) !== station.code.toUpperCase() && values.code.trim() !== ''

  return (
    <View className="yz-station-editor">
      {restored ? (
        <View className="yz-station-form__restored" role="status">
          <Text className="yz-station-form__restored-text">
            {restored.changedSince ? '已恢复您上次没保存的修改。这个驿站在那之后被别人改过，请核对后再保存。' : '已恢复您上次没保存的修改。'}
          </Text>
          <ActionButton className="yz-button" type="primary" fill="outline" size="large" block onClick={discardDraft}>
            {station ? '放弃修改，用已保存的信息' : '清空重填'}
          </ActionButton>
        </View>
      ) : null}

      <View className="yz-station-form">
        <TextField
          {...fieldProps('name')}
          label="驿站名称"
          maxlength={30}
          placeholder="例如 潞州区英雄南路零工驿站"
        />
        <TextField
          {...fieldProps('code')}
          label="驿站码"
          maxlength={12}
          placeholder="例如 LZ01"
          hint={
            codeChanged
              ? '改了驿站码，已经贴出去的海报扫码会找不到这个驿站，保存后请重新打印海报。'
              : '2 到 12 位字母或数字，印在海报上，扫码时用它找到驿站。'
          }
        />

        {scopeDistrict ? (
          <View className="yz-station-form__field">
            <Text className="yz-station-form__label">所在区县</Text>
            <Text className="yz-station-form__fixed">{`${scopeDistrict}（您负责的区县）`}</Text>
          </View>
        ) : (
          <View className="yz-station-form__group">
            {districts.length > 0 ? (
              <View className="yz-station-form__chips" role="group" aria-label="选择区县">
                {districts.map((district) => (
                  <ChoiceChip key={district} text={district} selected={district === values.district.trim()} onTap={() => edit({ district }, ['district'])} />
                ))}
              </View>
            ) : null}
            <TextField
              {...fieldProps('district')}
              label="所在区县"
              maxlength={20}
              placeholder="例如 潞州区"
              hint={districts.length > 0 ? '点上面的区县，或者填写新的区县。' : undefined}
            />
          </View>
        )}

        <TextField
          {...fieldProps('address')}
          label="地址"
          maxlength={100}
          placeholder="街道、门牌号，求职者照着能找到"
        />
        <LocationField
          values={values}
          errors={errors}
          onChange={({ lat, lng, place }) => {
            // The map's address helps only a form that has none yet: what staff typed stays.
            if (place?.address && !values.address.trim()) edit({ lat, lng, address: place.address }, ['lat', 'lng', 'location', 'address'])
            else edit({ lat, lng }, ['lat', 'lng', 'location'])
          }}
          onBlur={checkLocation}
        />
        <TextField
          {...fieldProps('hours')}
          label="开放时间"
          maxlength={40}
          placeholder="例如 每天 6:30–18:00"
        />
        <TextField
          {...fieldProps('phone')}
          label="联系电话"
          maxlength={20}
          placeholder="座机如 0355-2021101，或 11 位手机号"
        />

        {errors.form ? (
          <View className="yz-station-form__form-error" role="alert">
            <Text>{errors.form}</Text>
          </View>
        ) : null}
        {notice ? (
          <View className="yz-station-form__notice" role="status">
            <Text>{notice}</Text>
          </View>
        ) : null}
        <ActionButton className="yz-button" type="primary" size="xlarge" block loading={pending} onClick={submit}>
          {station ? '保存' : '建好驿站'}
        </ActionButton>
      </View>

      {station ? (
        <StationPoster station={station} unsaved={formDiffers(values, base)} />
      ) : (
        <Text className="yz-station-form__after">建好驿站后，这里会出现它的海报，可以下载打印。</Text>
      )}
    </View>
  )
}

export interface StationEditorProps {
  /** The station to edit; null for 新建驿站. */
  stationId: string | null
  onCreated: (station: StaffStation) => void
  onSignIn: () => void
  onBackToList: () => void
}

/** A station's edit page (or a new station's), with its poster below the form. */
export function StationEditor({ stationId, onCreated, onSignIn, onBackToList }: StationEditorProps) {
  const query = useQuery(stationAdminQueries.list())

  if (query.isPending) return <PageLoading text="正在加载驿站信息…" />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 401) {
      return <PageEmpty title="请先登录" message="用驿站工作人员的账号登录后，管理驿站和海报。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (query.error instanceof ApiError && query.error.status === 403) {
      return <PageEmpty title="这里是驿站工作人员的页面" message={query.error.message} />
    }
    return <PageError title="驿站没有加载出来" error={query.error} onRetry={() => void query.refetch()} />
  }

  const { items, district } = query.data
  const station = stationId ? (items.find((item) => item.id === stationId) ?? null) : null
  if (stationId && !station) {
    if (query.isFetching) return <PageLoading text="正在加载驿站信息…" />
    return <PageEmpty title="没有找到这个驿站" message="它可能已经不归您负责。请回到驿站列表重新打开。" action={{ text: '回到驿站列表', onClick: onBackToList }} />
  }
  return <StationForm key={station?.id ?? 'new'} station={station} scopeDistrict={district} districts={districtChoices(items)} onCreated={onCreated} />
}
