import Taro from '@tarojs/taro'

const TOKEN_KEY = 'yizhan.session.token'
type Listener = (token: string | null) => void
const listeners = new Set<Listener>()

/** The bearer token of the signed-in person, kept in storage so it survives restarts. */
export function getToken(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(TOKEN_KEY)
    return typeof value === 'string' && value ? value : null
  } catch {
    return null
  }
}

export function setToken(token: string | null): void {
  if (token) Taro.setStorageSync(TOKEN_KEY, token)
  else Taro.removeStorageSync(TOKEN_KEY)
  for (const listener of listeners) listener(token)
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
