import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { getCurrentLocation } from '@/shared/platform'
import { canChooseLocationOnMap, chooseLocationOnMap, type ChosenPlace } from '@/shared/platform/choose-location'
import { ActionButton, FieldMessage, TextField } from '@/shared/ui'
import type { StationErrors, StationFormValues } from '../model/station-form'

export interface LocationFieldProps {
  values: Pick<StationFormValues, 'lat' | 'lng'>
  errors: Pick<StationErrors, 'lat' | 'lng' | 'location'>
  /** New coordinates as typed (strings), and the place's address when a map gave one. */
  onChange: (change: { lat: string; lng: string; place?: ChosenPlace }) => void
  onBlur: () => void
}

/** Six decimals: about 10 cm, more than a station needs and short enough to read. */
const fixed = (value: number) => String(Number(value.toFixed(6)))

/**
 * Where the station is on the map. The mini-program picks it on WeChat's map; the browser has no map
 * picker, so the coordinates are typed (or taken from this device, standing at the station).
 */
export function LocationField({ values, errors, onChange, onBlur }: LocationFieldProps) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const chosen = values.lat.trim() !== '' && values.lng.trim() !== ''

  const chooseOnMap = async () => {
    setProblem(null)
    setBusy(true)
    try {
      const lat = Number(values.lat)
      const lng = Number(values.lng)
      const near = chosen && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null
      const place = await chooseLocationOnMap(near)
      if (place) onChange({ lat: fixed(place.lat), lng: fixed(place.lng), place })
    } catch {
      setProblem('没能打开地图。请确认允许了使用位置（右上角「…」→「设置」），再试一次')
    } finally {
      setBusy(false)
    }
  }

  const takeDevicePosition = async () => {
    setProblem(null)
    setBusy(true)
    try {
      const here = await getCurrentLocation()
      if (here) onChange({ lat: fixed(here.lat), lng: fixed(here.lng) })
      else setProblem('没有拿到这台设备的位置（可能没有允许使用位置），请直接填写经纬度')
    } finally {
      setBusy(false)
    }
  }

  const message = problem ?? errors.location ?? null

  if (canChooseLocationOnMap) {
    const mapProblem = message ?? errors.lat ?? errors.lng
    return (
      <View className="yz-station-form__field">
        <Text className="yz-station-form__label">位置</Text>
        <Text className="yz-station-form__hint">{chosen ? `已选好：纬度 ${values.lat}，经度 ${values.lng}` : '还没有选位置'}</Text>
        <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={busy} onClick={() => void chooseOnMap()}>
          {chosen ? '在地图上重新选' : '在地图上选位置'}
        </ActionButton>
        {mapProblem ? <FieldMessage tone="error" text={mapProblem} /> : null}
      </View>
    )
  }

  return (
    <View className="yz-station-form__group" role="group" aria-label="位置">
      <Text className="yz-station-form__label">位置</Text>
      <Text className="yz-station-form__hint">
        填写驿站门口的经纬度（高德地图或腾讯地图上点一下驿站即可看到），或者站在驿站门口点「用这台设备现在的位置」。
      </Text>
      <TextField
        className="yz-station-form__field"
        id="lat"
        label="纬度"
        type="digit"
        maxlength={12}
        placeholder="例如 36.195420"
        value={values.lat}
        error={errors.lat}
        onInput={(lat) => onChange({ lat, lng: values.lng })}
        onBlur={onBlur}
      />
      <TextField
        className="yz-station-form__field"
        id="lng"
        label="经度"
        type="digit"
        maxlength={12}
        placeholder="例如 113.116470"
        value={values.lng}
        error={errors.lng}
        onInput={(lng) => onChange({ lat: values.lat, lng })}
        onBlur={onBlur}
      />
      <ActionButton className="yz-button" type="primary" fill="outline" size="large" block loading={busy} onClick={() => void takeDevicePosition()}>
        用这台设备现在的位置
      </ActionButton>
      {message ? <FieldMessage tone="error" text={message} /> : null}
    </View>
  )
}
