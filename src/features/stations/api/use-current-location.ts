import { queryOptions, useQuery } from '@tanstack/react-query'
import { getCurrentLocation } from '@/shared/platform'

const FIVE_MINUTES = 5 * 60_000

/** The person's position, asked once and remembered for a few minutes (null: refused or unavailable). */
export const locationQuery = queryOptions({
  queryKey: ['location'] as const,
  queryFn: () => getCurrentLocation(),
  staleTime: FIVE_MINUTES,
  gcTime: FIVE_MINUTES * 2,
  retry: false,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
})

/** `pending` while the phone is still being asked; then the position or null. */
export function useCurrentLocation() {
  const { data, isPending } = useQuery(locationQuery)
  return { pending: isPending, location: data ?? null }
}
