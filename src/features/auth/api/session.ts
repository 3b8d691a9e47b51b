import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import { request } from '@/shared/api/request'
import { authEndpoints } from '@/shared/contracts/auth'
import { getToken, onTokenChange } from '@/shared/session/token-store'

export const authQueries = {
  all: () => ['auth'] as const,
  /** The signed-in person. Only asked while there is a token. */
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => request(authEndpoints.me, {}, { signal }),
    }),
}

const subscribe = (onChange: () => void) => onTokenChange(() => onChange())

/** The stored token, re-rendering when it changes (sign-in, sign-out, or a 401 clearing it). */
export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, getToken)
}

/**
 * Who is signed in. `signedIn` follows the token at once; `user` comes from `GET /me`. When the token
 * goes (退出登录, or any 401 anywhere), the cached person goes with it.
 */
export function useMe() {
  const token = useToken()
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onTokenChange((next) => {
        if (!next) queryClient.removeQueries({ queryKey: authQueries.all() })
      }),
    [queryClient],
  )
  const query = useQuery({ ...authQueries.me(), enabled: token !== null })
  return { signedIn: token !== null, query }
}
