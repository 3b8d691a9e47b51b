/**
 * A fake API server for component tests, behind the Taro.request test double. Handlers are keyed by
 * the contract's operationId and get the decoded path params, query and body; answers default to the
 * operation's success status. Unhandled requests answer 404 like the real server does.
 */
import { API_PREFIX, api, type Api, type OperationId } from '@/shared/contracts'
import { taroTest, type FakeRequest, type FakeResponse } from './taro'

export interface FakeCall {
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  headers: Record<string, string>
}
export type Reply = { status: number; body?: unknown } | { networkError: string }
type Handler = (call: FakeCall) => Reply | unknown | Promise<Reply | unknown>
export type Handlers = Partial<Record<OperationId, Handler>>

export const reply = {
  ok: (body: unknown, status = 200): Reply => ({ status, body }),
  error: (status: number, code: string, message: string, fields?: Record<string, string>): Reply => ({
    status,
    body: { error: { code, message, ...(fields ? { fields } : {}) } },
  }),
  networkError: (errMsg = 'request:fail timeout'): Reply => ({ networkError: errMsg }),
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && ('networkError' in value || ('status' in value && typeof (value as { status: unknown }).status === 'number' && Object.keys(value).every((k) => k === 'status' || k === 'body')))
}

const routes = (Object.keys(api) as OperationId[]).map((operationId) => {
  const endpoint = api[operationId] as Api[OperationId]
  const names: string[] = []
  const pattern = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    names.push(name)
    return '([^/?]+)'
  })
  return { operationId, endpoint, names, regex: new RegExp(`^${API_PREFIX}${pattern}$`) }
})

function match(request: FakeRequest) {
  const [pathWithOrigin = '', search = ''] = request.url.split('?')
  const path = pathWithOrigin.replace(/^https?:\/\/[^/]+/, '')
  for (const route of routes) {
    if (route.endpoint.method !== request.method) continue
    const found = route.regex.exec(path)
    if (!found) continue
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]))
    const query = Object.fromEntries(new URLSearchParams(search))
    return { route, params, query }
  }
  return null
}

/** Answer the app's requests from these handlers for the rest of the test. */
export function serveApi(handlers: Handlers): void {
  taroTest.setTransport(async (request): Promise<FakeResponse> => {
    const found = match(request)
    const handler = found && handlers[found.route.operationId]
    if (!found || !handler) {
      return { statusCode: 404, data: { error: { code: 'ROUTE_NOT_FOUND', message: '没有这个接口' } } }
    }
    const result = await handler({ params: found.params, query: found.query, body: request.data, headers: request.header })
    const answer: Reply = isReply(result) ? result : { status: found.route.endpoint.status, body: result }
    if ('networkError' in answer) throw { errMsg: answer.networkError }
    return { statusCode: answer.status, data: answer.body }
  })
}

/** The requests the app made for one operation, decoded. */
export function callsTo(operationId: OperationId): FakeCall[] {
  return taroTest.requests.flatMap((request) => {
    const found = match(request)
    return found && found.route.operationId === operationId ? [{ params: found.params, query: found.query, body: request.data, headers: request.header }] : []
  })
}
