/** One HTTP request as the request function hands it to the platform's transport. */
export interface Outgoing {
  url: string
  method: string
  header: Record<string, string>
  /** Sent as JSON; undefined for none. */
  body?: unknown
  timeoutMs: number
  signal?: AbortSignal
}

/** The server's answer: its status and its body read as JSON (null or raw text when it is not JSON). */
export interface Answer {
  statusCode: number
  data: unknown
}

class AbortErrorLike extends Error {
  override readonly name = 'AbortError'
}

/** What a request aborted through `signal` rejects with: the signal's reason, as `fetch` does. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new AbortErrorLike('The request was aborted')
}
