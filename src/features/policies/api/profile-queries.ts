import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { profileEndpoints } from '@/shared/contracts/profile'

export const profileQueries = {
  all: () => ['profile'] as const,
  /** 我的资料 with the consents and push settings (the ID number only masked). */
  mine: () =>
    queryOptions({
      queryKey: [...profileQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => request(profileEndpoints.getMyProfile, {}, { signal }),
    }),
}
