import Taro from '@tarojs/taro'
import { parseStationDraft, type StationDraft } from '../model/station-form'

/** One draft per station being edited, and one for a new station. */
const draftKey = (stationId: string | null) => `yizhan.station-admin.draft.${stationId ?? 'new'}`

/** Storage can throw (full, or cleared mid-call): losing a draft never breaks the form. */
export function loadStationDraft(stationId: string | null): StationDraft | null {
  try {
    return parseStationDraft(Taro.getStorageSync(draftKey(stationId)) as unknown)
  } catch {
    return null
  }
}

export function saveStationDraft(stationId: string | null, draft: StationDraft): void {
  try {
    Taro.setStorageSync(draftKey(stationId), draft)
  } catch {
    // The form still holds what was typed; only a restart would lose it.
  }
}

export function clearStationDraft(stationId: string | null): void {
  try {
    Taro.removeStorageSync(draftKey(stationId))
  } catch {
    // As above.
  }
}
