import { queryOptions } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { api } from '@/shared/contracts'

const HOUR_MS = 3_600_000

export const postingQueries = {
  all: () => ['posting'] as const,

  /** One of my posts in any status (a draft too), with its last screening and what staff said. */
  myJob: (id: string) =>
    queryOptions({
      queryKey: [...postingQueries.all(), 'job', id] as const,
      queryFn: ({ signal }) => request(api.getMyJob, { params: { id } }, { signal }),
    }),

  /** Whether I may publish (a verified employer) or only write drafts; asked afresh on each visit. */
  myEmployer: () =>
    queryOptions({
      queryKey: [...postingQueries.all(), 'employer'] as const,
      queryFn: ({ signal }) => request(api.getMyEmployer, {}, { signal }),
      staleTime: 0,
    }),

  /** The shared list of trades: it changes seldom (a new version now and then). */
  trades: () =>
    queryOptions({
      queryKey: [...postingQueries.all(), 'trades'] as const,
      queryFn: ({ signal }) => request(api.listTrades, {}, { signal }),
      staleTime: HOUR_MS,
    }),

  /** The city's stations, to list a post under one and take its place. */
  stations: () =>
    queryOptions({
      queryKey: [...postingQueries.all(), 'stations'] as const,
      queryFn: ({ signal }) => request(api.listStations, { query: {} }, { signal }),
      staleTime: HOUR_MS,
    }),
}
