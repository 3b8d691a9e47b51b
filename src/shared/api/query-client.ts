import { environmentManager, MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { showNotice } from '@/shared/platform/notice'
import { errorMessage, isRetryable, type AppError } from './errors'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AppError
    mutationMeta: {
      /** Query keys (prefixes) to refetch once this mutation succeeds: one feature refreshing another's data without importing it. */
      invalidates?: readonly QueryKey[]
    }
  }
}

const MAX_RETRIES = 2

/** Toasts are for failures the person did not ask for: a page keeps its data, the refresh failed. */
function toastBackgroundError(error: unknown): void {
  showNotice(errorMessage(error))
}

/**
 * TanStack Query treats a runtime without `window` as a server (no refetching, retries off). Taro's
 * mini-program runtime only has its own stand-in for `window`, so say plainly that this is a client.
 */
environmentManager.setIsServer(() => false)

/** One per app (a fresh one per test): retries only what can succeed, toasts only background failures. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (query.state.data !== undefined) toastBackgroundError(error)
      },
    }),
    mutationCache: new MutationCache({
      async onSuccess(_data, _variables, _context, mutation) {
        const keys = mutation.meta?.invalidates ?? []
        await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })))
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        // Our own focus and online events drive refetching (managers.ts).
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
      mutations: {
        retry: false,
      },
    },
  })
  return client
}

export const queryClient = createQueryClient()
