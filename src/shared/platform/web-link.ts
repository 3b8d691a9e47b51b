/**
 * A link to a page of the H5 app that anyone can open in a browser, signed in or not (the app uses
 * the hash router: `/#/pages/...`). Null in the mini-program, where sharing goes through WeChat's
 * own share sheet with the page path instead.
 */
export function webPageLink(pagePath: string): string | null {
  if (process.env.TARO_ENV === 'weapp') return null
  if (typeof window === 'undefined' || !window.location) return null
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${pagePath.startsWith('/') ? pagePath : `/${pagePath}`}`
}
