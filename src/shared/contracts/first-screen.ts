import { z } from 'zod/mini'
import { JobPageSchema } from './jobs'
import { StationSchema } from './stations'

/**
 * What a server that also serves the H5 app may put into the page it answers a printed station URL
 * (`/s/CODE`) with, as `<script id="yz-first-screen" type="application/json">`: the station and the
 * first page of its jobs, exactly as `getStationByCode` and `listJobs({ stationId })` would answer
 * without a location. It saves a worker on 3G two round trips; an app served without it asks the API.
 */
export const StationFirstScreenSchema = z.object({
  code: z.string(),
  /** Null when no station has this code (the app says so and shows the nearby ones). */
  station: z.nullable(StationSchema),
  jobs: z.nullable(JobPageSchema),
})
export type StationFirstScreen = z.infer<typeof StationFirstScreenSchema>

export const FIRST_SCREEN_ELEMENT_ID = 'yz-first-screen'

/**
 * A plain-HTML picture of the same first screen (station name, first jobs) the server may put before
 * the app's root element, shown before any script has run; the app removes it once it has drawn the
 * page itself.
 */
export const FIRST_SCREEN_SHELL_ID = 'yz-first-screen-shell'
