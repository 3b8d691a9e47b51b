import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { request } from '@/shared/api/request'
import { type Session } from '@/shared/contracts'
import { authEndpoints } from '@/shared/contracts/auth'
import { wechatLoginCode } from '@/shared/platform'
import { getToken, setToken } from '@/shared/session/token-store'
import { authQueries } from './session'

function startSession(queryClient: QueryClient, session: Session): void {
  setToken(session.token)
  queryClient.setQueryData(authQueries.me().queryKey, session.user)
}

/** 获取验证码: asks the server to text a 6-digit code. */
export function useRequestOtp() {
  return useMutation({
    mutationFn: (phone: string) => request(authEndpoints.requestOtp, { body: { phone } }),
  })
}

/** Phone + code sign-in; stores the token and the person. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) => request(authEndpoints.login, { body }),
    onSuccess: (session) => startSession(queryClient, session),
  })
}

/** 微信一键登录 (mini-program only): a fresh wx.login code exchanged for our own token. */
export function useWechatLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => request(authEndpoints.wechatLogin, { body: { code: await wechatLoginCode() } }),
    onSuccess: (session) => startSession(queryClient, session),
  })
}

/**
 * 微信手机号快捷登录 (mini-program only): the code from a `getPhoneNumber` button. The server links a
 * phone only to a signed-in account, so a WeChat sign-in comes first; the session it answers with (the
 * account that phone belongs to, now joined to this WeChat) replaces the stored one. If the phone step
 * fails, the interim WeChat session is revoked and whoever was signed in before stays signed in.
 */
export function useWechatPhoneLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (phoneCode: string) => {
      const before = getToken()
      const wechat = await request(authEndpoints.wechatLogin, { body: { code: await wechatLoginCode() } })
      setToken(wechat.token)
      try {
        return await request(authEndpoints.wechatPhone, { body: { code: phoneCode } })
      } catch (error) {
        await request(authEndpoints.logout, {}).catch(() => undefined)
        setToken(before)
        throw error
      }
    },
    onSuccess: (session) => startSession(queryClient, session),
  })
}

/**
 * 退出登录: revokes the token on the server. The person is signed out on this phone whatever the server
 * says — a failed network must not keep them signed in.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => request(authEndpoints.logout, {}),
    onSettled: () => setToken(null),
  })
}
