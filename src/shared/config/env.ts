/**
 * Where the API lives. TARO_APP_API_BASE points the app at any city's server implementing the
 * contract (e.g. https://jobs.example.gov.cn); empty means the origin the H5 app was served from.
 * The mini-program needs an absolute https URL in production (DevTools accepts localhost).
 */
export const API_BASE: string = (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')

/** A request that has had no answer after this long fails as a network error. */
export const REQUEST_TIMEOUT_MS = 15_000
