import { JobPageSchema, StationListSchema, type Job, type Station } from '../../src/shared/contracts/index'

export type { Job, Station }

/**
 * What the seeded demo server has to show: the first station (nearest the city centre) with open
 * jobs, its newest jobs, and all stations — read through the API and checked by the contract.
 */
export async function stationWithJobs(origin: string): Promise<{ station: Station; jobs: Job[]; stations: Station[] }> {
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(origin + path)
    if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${await res.text()}`)
    return res.json()
  }
  const { items: stations } = StationListSchema.parse(await get('/api/v1/stations'))
  for (const station of stations) {
    const { items: jobs } = JobPageSchema.parse(await get(`/api/v1/jobs?stationId=${station.id}&limit=10`))
    if (jobs.length > 0) return { station, jobs, stations }
  }
  throw new Error('no seeded station has open jobs')
}
