import { EmployerProfileSchema, type EmployerProfile } from '@/shared/contracts'

/** An enterprise as `GET /me/employer` answers, unverified with no licence unless told otherwise. */
export function buildEmployerProfile(overrides: Partial<EmployerProfile> = {}): EmployerProfile {
  return EmployerProfileSchema.parse({
    id: '3f0c1b4e-8d2a-4c55-9a70-1f2e3d4c5b6a',
    kind: 'enterprise',
    name: '长治市恒通物流有限公司',
    creditCode: '91350100M000100Y43',
    creditCodeValid: true,
    contactName: '王经理',
    contactPhone: '13800000002',
    address: '潞州区英雄中路 100 号',
    district: '潞州区',
    verificationStatus: 'unverified',
    verificationNote: null,
    verifiedAt: null,
    licence: null,
    canPublish: false,
    ...overrides,
  })
}
