import { StaffStationListSchema, StaffStationSchema, type StaffStation } from '@/shared/contracts'
import { uuid } from '../../../../test/jest/fixtures'

/** A station as staff see it; parsed with the contract so a fixture can never be one the server would not send. */
export function buildStaffStation(overrides: Partial<StaffStation> = {}): StaffStation {
  return StaffStationSchema.parse({
    id: uuid(),
    code: 'LZ01',
    name: '英雄南路零工驿站',
    district: '潞州区',
    address: '潞州区英雄南路 112 号',
    location: { lat: 36.19542, lng: 113.11647 },
    hours: '每天 6:30–18:00',
    phone: '0355-2021101',
    openJobCount: 3,
    createdAt: '2025-03-01T08:00:00+08:00',
    updatedAt: '2025-03-01T08:00:00+08:00',
    ...overrides,
  })
}

export function buildStaffStationList(items: StaffStation[], district: string | null) {
  return StaffStationListSchema.parse({ items, district })
}
