// Order matters: zod must be configured before any schema exists (mini-programs forbid `new Function`).
// AbortController reaches the mini-program build through webpack's ProvidePlugin (config/index.ts),
// and old browsers without one through installAbortControllerWhereMissing below.
import '@/shared/lib/zod'
import '@/shared/lib/dayjs'
import { installAbortControllerWhereMissing } from '@/shared/platform/abort-controller'
import { adoptPrintedStationUrl } from '@/shared/platform/first-screen'
import type { PropsWithChildren } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { installQueryManagers } from '@/shared/api/managers'
import { queryClient } from '@/shared/api/query-client'
import './app.scss'

installAbortControllerWhereMissing()
// Before the router reads the address: the H5 router then opens a printed station URL's page.
adoptPrintedStationUrl()
installQueryManagers()

function App({ children }: PropsWithChildren) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

export default App
