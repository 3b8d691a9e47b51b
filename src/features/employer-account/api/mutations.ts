import { useMutation, useQueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { upload } from '@/shared/api/upload'
import { api, type RegisterEmployerBody, type UpdateEmployerBody } from '@/shared/contracts'
import { employerAccountQueries } from './employer-account-queries'

/**
 * Registering makes the signed-in person an employer: `GET /me` (the auth feature's, under `auth`) says
 * so once asked again, and 我的 shows the employer's entries. The employer's job lists (under `employer`)
 * start anew. Both are refreshed through `meta`, by key.
 */
const AUTH_KEY = ['auth'] as const
const EMPLOYER_KEY = ['employer'] as const

/** 登记用人单位. The answer is my employer's profile, kept for the profile page that opens next. */
export function useRegisterEmployer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RegisterEmployerBody) => request(api.registerEmployer, { body }),
    meta: { invalidates: [AUTH_KEY, EMPLOYER_KEY] },
    onSuccess: (profile) => queryClient.setQueryData(employerAccountQueries.mine().queryKey, profile),
  })
}

/** Changes the employer's contact details (only the fields sent). */
export function useUpdateMyEmployer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateEmployerBody) => request(api.updateMyEmployer, { body }),
    onSuccess: (profile) => queryClient.setQueryData(employerAccountQueries.mine().queryKey, profile),
  })
}

export interface UploadLicenceInput {
  filePath: string
  onProgress?: (percent: number) => void
}

/** Uploads the licence photo; the answer (now 审核中, usually) replaces the profile on screen. */
export function useUploadLicence() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ filePath, onProgress }: UploadLicenceInput) => upload(api.uploadEmployerLicence, { filePath }, { onProgress }),
    onSuccess: (profile) => queryClient.setQueryData(employerAccountQueries.mine().queryKey, profile),
  })
}
