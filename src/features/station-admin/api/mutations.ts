import { useMutation } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api, type CreateStationBody, type UpdateStationBody } from '@/shared/contracts'
import { stationAdminQueries } from './station-admin-queries'

/** The public station pages (features/stations) show what staff change: refreshed by key, not imported. */
const PUBLIC_STATIONS_KEY = ['stations'] as const

const refresh = { invalidates: [stationAdminQueries.all(), PUBLIC_STATIONS_KEY] }

/** 新建驿站; a district staff member's goes to their district (the server refuses another). */
export function useCreateStation() {
  return useMutation({
    mutationFn: (body: CreateStationBody) => request(api.createStation, { body }),
    meta: refresh,
  })
}

/** Saves the changed fields only. */
export function useUpdateStation() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStationBody }) => request(api.updateStation, { params: { id }, body }),
    meta: refresh,
  })
}
