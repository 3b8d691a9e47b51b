/**
 * WeChat's length limits for subscribe-message values, by the type prefix of the template key
 * (`thing1` → thing). A longer value makes WeChat refuse the whole message (47003).
 */
export const VALUE_LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32 }

/** Free text is cut with an ellipsis; phrases and codes are cut bare (an ellipsis would not fit their sense). */
const ELLIPSIS_TYPES = new Set(['thing', 'name'])

/** Cuts `value` to the limit of template key `key`, counting characters, not UTF-16 units. */
export function fitValue(key: string, value: string): string {
  const type = key.replace(/\d+$/, '')
  const limit = VALUE_LIMITS[type]
  const chars = [...value.trim()]
  if (limit === undefined || chars.length <= limit) return chars.join('')
  return ELLIPSIS_TYPES.has(type) ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('')
}

/**
 * A push's values (`{ job: '搬运工', result: '已录用' }`) under the template's keys (`{ thing1: …,
 * phrase2: … }`), each within its limit. Values the template has no key for are left out.
 */
export function templateData(payload: Record<string, unknown>, fields: Record<string, string>): Record<string, string> {
  const data: Record<string, string> = {}
  for (const [name, key] of Object.entries(fields)) {
    const value = payload[name]
    if (typeof value === 'string' && value.trim()) data[key] = fitValue(key, value)
  }
  return data
}

/**
 * The mini-program page a tapped push opens. Paths from src/shared/config/routes.ts, written out
 * because the server does not import the app's code.
 */
const LINK_PAGES: Record<string, string> = {
  application: 'subpackages/work/application/index',
  job: 'subpackages/jobs/detail/index',
  policy: 'subpackages/policies/detail/index',
  subsidy_application: 'subpackages/policies/application/index',
}
const MESSAGES_PAGE = 'subpackages/messages/list/index'

export function pageFor(link: { kind: string; id: string } | null): string {
  const page = link ? LINK_PAGES[link.kind] : undefined
  return page && link ? `${page}?id=${encodeURIComponent(link.id)}` : MESSAGES_PAGE
}
