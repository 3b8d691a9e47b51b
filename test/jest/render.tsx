import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createQueryClient } from '@/shared/api/query-client'
import { taroTest } from './taro'

/**
 * Renders a page or component as the app does, with a fresh query client (the app's own, so meta
 * invalidation and error handling are real; retries off so a failure shows at once).
 */
export function renderWithClient(ui: ReactElement): RenderResult & { client: QueryClient } {
  const client = createQueryClient()
  client.setDefaultOptions({
    ...client.getDefaultOptions(),
    queries: { ...client.getDefaultOptions().queries, retry: false },
  })
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

/** Renders a page as if opened at `path` with this query. */
export function renderPage(Page: () => ReactElement, path: string, params: Record<string, string> = {}) {
  taroTest.setRoute(path, params)
  return renderWithClient(<Page />)
}
