import Taro from '@tarojs/taro'
import { EmployerProfileSchema, LICENCE_MAX_BYTES, api } from '@/shared/contracts'
import { getToken, setToken } from '@/shared/session/token-store'
import { ApiError, ContractError, NetworkError } from '../errors'
import { UPLOAD_TIMEOUT_MS, upload } from '../upload'

const TOKEN = 'tok_0123456789abcdef0123456789'

const profile = EmployerProfileSchema.parse({
  id: '3f0c1b4e-8d2a-4c55-9a70-1f2e3d4c5b6a',
  kind: 'enterprise',
  name: '长治市恒通物流有限公司',
  creditCode: '91350100M000100Y43',
  creditCodeValid: true,
  contactName: '王经理',
  contactPhone: '13800000002',
  address: '潞州区英雄中路 100 号',
  district: '潞州区',
  verificationStatus: 'pending',
  verificationNote: null,
  verifiedAt: null,
  licence: { uploadedAt: '2026-11-20T09:00:00+08:00', mimeType: 'image/jpeg', sizeBytes: 120_000 },
  canPublish: false,
})

interface UploadCall {
  url: string
  filePath: string
  name: string
  header: Record<string, string>
  timeout?: number
  withCredentials?: boolean
}

type Outcome = { statusCode: number; data: string } | { errMsg: string }

/**
 * Taro.uploadFile as both platforms behave: the body comes back as text, the task reports progress
 * to whoever listens, a failure rejects with an errMsg.
 */
function fakeUploadFile(outcome: Outcome, progress: number[] = []) {
  const calls: UploadCall[] = []
  ;(Taro as unknown as { uploadFile: unknown }).uploadFile = (options: UploadCall) => {
    calls.push(options)
    const listeners: ((update: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void)[] = []
    const task = new Promise((resolve, reject) => {
      setTimeout(() => {
        for (const value of progress) for (const listener of listeners) listener({ progress: value, totalBytesSent: value, totalBytesExpectedToSend: 100 })
        if ('errMsg' in outcome) reject(outcome)
        else resolve({ ...outcome, errMsg: 'uploadFile:ok' })
      }, 0)
    }) as Promise<unknown> & { progress: (listener: (typeof listeners)[number]) => void }
    task.progress = (listener) => void listeners.push(listener)
    return task
  }
  return calls
}

afterEach(() => {
  delete (Taro as unknown as { uploadFile?: unknown }).uploadFile
})

describe('upload', () => {
  it('sends the file as multipart in the contract’s field, to the contract’s URL, with the bearer token', async () => {
    setToken(TOKEN)
    const calls = fakeUploadFile({ statusCode: 200, data: JSON.stringify(profile) })

    const result = await upload(api.uploadEmployerLicence, { filePath: 'wxfile://tmp_licence.jpg' })

    expect(result).toEqual(profile)
    expect(calls).toHaveLength(1)
    const [call] = calls
    expect(call?.url).toBe('/api/v1/me/employer/licence')
    expect(call?.name).toBe('file')
    expect(call?.filePath).toBe('wxfile://tmp_licence.jpg')
    expect(call?.header.Authorization).toBe(`Bearer ${TOKEN}`)
    // The platform writes the multipart Content-Type with its boundary; ours would break it.
    expect(call?.header['Content-Type']).toBeUndefined()
    expect(call?.timeout).toBe(UPLOAD_TIMEOUT_MS)
    expect(call?.withCredentials).toBe(false)
  })

  it('reports progress as whole percentages', async () => {
    setToken(TOKEN)
    fakeUploadFile({ statusCode: 200, data: JSON.stringify(profile) }, [12.4, 57, 100])
    const seen: number[] = []

    await upload(api.uploadEmployerLicence, { filePath: 'blob:http://localhost/1' }, { onProgress: (percent) => seen.push(percent) })

    expect(seen).toEqual([12, 57, 100])
  })

  it('turns the server’s refusal into an ApiError with its Chinese message', async () => {
    setToken(TOKEN)
    fakeUploadFile({ statusCode: 413, data: JSON.stringify({ error: { code: 'LICENCE_TOO_LARGE', message: '文件太大，最大 5 MB' } }) })

    const error = await upload(api.uploadEmployerLicence, { filePath: 'x.jpg' }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 413, code: 'LICENCE_TOO_LARGE', message: '文件太大，最大 5 MB' })
    expect(LICENCE_MAX_BYTES).toBe(5 * 1024 * 1024)
  })

  it('a 413 from a proxy (no JSON) still says the file is too big', async () => {
    setToken(TOKEN)
    fakeUploadFile({ statusCode: 413, data: '<html>413 Request Entity Too Large</html>' })

    await expect(upload(api.uploadEmployerLicence, { filePath: 'x.jpg' })).rejects.toMatchObject({ status: 413, message: '文件太大了，请换一个小一点的文件' })
  })

  it('a 401 signs out', async () => {
    setToken(TOKEN)
    fakeUploadFile({ statusCode: 401, data: JSON.stringify({ error: { code: 'UNAUTHORIZED', message: '请先登录' } }) })

    await expect(upload(api.uploadEmployerLicence, { filePath: 'x.jpg' })).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    expect(getToken()).toBeNull()
  })

  it('no answer is a NetworkError, a timeout said as one', async () => {
    fakeUploadFile({ errMsg: 'uploadFile:fail timeout' })
    const error = await upload(api.uploadEmployerLicence, { filePath: 'x.jpg' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).timedOut).toBe(true)
  })

  it('an answer not in the contract’s shape is a ContractError', async () => {
    fakeUploadFile({ statusCode: 200, data: JSON.stringify({ id: 'nope' }) })
    await expect(upload(api.uploadEmployerLicence, { filePath: 'x.jpg' })).rejects.toBeInstanceOf(ContractError)
  })
})
