import { join } from 'node:path'
import { z } from 'zod'
import type { SubscribeTemplateKind } from '../../src/shared/contracts/index'
import { parseFieldKey } from './crypto/field'
import { DEMO_CITY } from './seed/city'

const AUTH_SECRET_MIN_LENGTH = 32

/**
 * AUTH_SECRET outside production when none is set. It is public (it is right here), so keys made with
 * it protect nothing: fine for a laptop or a test run, refused in production.
 */
export const DEV_AUTH_SECRET = 'yizhan-development-auth-secret-not-for-production'

/**
 * PROFILE_KEY outside production when none is set: 32 public bytes (`yizhan-dev-profile-key-public!!!`),
 * so ID numbers encrypted with it are protected from nobody. Fine for a laptop or a test run, refused in production.
 */
export const DEV_PROFILE_KEY = 'eWl6aGFuLWRldi1wcm9maWxlLWtleS1wdWJsaWMhISE='

const FIELD_MAP_PATTERN = /^[a-zA-Z]+:[a-z_]+\d+(,[a-zA-Z]+:[a-z_]+\d+)*$/
const FIELD_MAP_MESSAGE = 'expected "value:key,..." e.g. job:thing1,result:phrase2'

/**
 * Where each value of a push goes in the account's template. Template keys are the account's own
 * (picked from WeChat's template library), so they are configurable; these match the templates
 * 录用结果通知 (岗位名称, 录用结果, 用人单位, 备注) and 上工提醒 (岗位名称, 上工时间, 集合地点, 温馨提示).
 */
export const DEFAULT_TEMPLATE_FIELDS: Record<SubscribeTemplateKind, Record<string, string>> = {
  application_result: { job: 'thing1', result: 'phrase2', employer: 'thing3', note: 'thing4' },
  work_reminder: { job: 'thing1', time: 'time2', place: 'thing3', note: 'thing4' },
  // 政策推送 (政策名称, 补贴金额, 温馨提示) and 申领进度通知 (政策名称, 办理状态, 备注).
  policy_match: { policy: 'thing1', amount: 'thing2', note: 'thing3' },
  subsidy_progress: { policy: 'thing1', status: 'phrase2', note: 'thing3' },
}

/** The environment variable naming each kind's template id (`…_FIELDS` beside it maps its values). */
const TEMPLATE_ENV: Record<SubscribeTemplateKind, `WECHAT_TEMPLATE_${string}`> = {
  application_result: 'WECHAT_TEMPLATE_APPLICATION_RESULT',
  work_reminder: 'WECHAT_TEMPLATE_WORK_REMINDER',
  policy_match: 'WECHAT_TEMPLATE_POLICY_MATCH',
  subsidy_progress: 'WECHAT_TEMPLATE_SUBSIDY_PROGRESS',
}

function fieldMapOf(value: string | undefined, fallback: Record<string, string>): Record<string, string> {
  if (!value) return fallback
  return Object.fromEntries(value.split(',').map((pair) => pair.split(':') as [string, string]))
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Real PostgreSQL. Without it the server runs on PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  /** Uploaded files (business licences). Default: `files` in DATA_DIR, or `.data/files` when the database is in memory. */
  FILES_DIR: z.string().min(1).optional(),
  /** Where the built H5 app is served from. */
  H5_DIR: z.string().default('dist/h5'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo mode: SMS codes go to the log and GET /api/v1/dev/otp. Defaults on without DATABASE_URL outside production. */
  DEMO_MODE: z.enum(['true', 'false']).optional(),
  /**
   * Keys phone numbers and IP addresses in the sign-in tables (HMAC-SHA-256). Required in production,
   * the same for every server process; elsewhere DEV_AUTH_SECRET stands in. Changing it voids the
   * codes in flight and restarts the rate-limit counts (both short-lived); sessions are not affected.
   */
  AUTH_SECRET: z.string().min(AUTH_SECRET_MIN_LENGTH, `at least ${AUTH_SECRET_MIN_LENGTH} characters (e.g. \`openssl rand -base64 48\`)`).optional(),
  /**
   * Encrypts ID numbers in profiles at rest (AES-256-GCM): 32 random bytes in base64. Required in
   * production, the same for every server process, kept out of the database; elsewhere DEV_PROFILE_KEY.
   */
  PROFILE_KEY: z.string().optional(),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().optional(),
  WECHAT_SECRET: z.string().optional(),
  /** The account's subscribe-message template ids; a kind without one is never pushed (the in-app message stays). */
  WECHAT_TEMPLATE_APPLICATION_RESULT: z.string().min(1).optional(),
  WECHAT_TEMPLATE_WORK_REMINDER: z.string().min(1).optional(),
  WECHAT_TEMPLATE_POLICY_MATCH: z.string().min(1).optional(),
  WECHAT_TEMPLATE_SUBSIDY_PROGRESS: z.string().min(1).optional(),
  /** Which template key each value goes to, `value:key,...` (e.g. `job:thing1,result:phrase2`); defaults below. */
  WECHAT_TEMPLATE_APPLICATION_RESULT_FIELDS: z.string().regex(FIELD_MAP_PATTERN, FIELD_MAP_MESSAGE).optional(),
  WECHAT_TEMPLATE_WORK_REMINDER_FIELDS: z.string().regex(FIELD_MAP_PATTERN, FIELD_MAP_MESSAGE).optional(),
  WECHAT_TEMPLATE_POLICY_MATCH_FIELDS: z.string().regex(FIELD_MAP_PATTERN, FIELD_MAP_MESSAGE).optional(),
  WECHAT_TEMPLATE_SUBSIDY_PROGRESS_FIELDS: z.string().regex(FIELD_MAP_PATTERN, FIELD_MAP_MESSAGE).optional(),
  /** Which version of the mini-program a tapped subscribe message opens. */
  WECHAT_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
  /** The outbox worker (pushes, evening-before reminders) runs in this process unless `false`. */
  OUTBOX_WORKER: z.enum(['true', 'false']).default('true'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /**
   * How long (ms) an anonymous job-list answer is reused for the same query in this process, and the
   * max-age it is sent with; 0 turns it off. Capped at a minute: places left may lag by this much.
   */
  JOBS_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** HTTP SMS gateway for sign-in codes (outside demo mode). */
  SMS_API_BASE: z.string().url().optional(),
  SMS_API_KEY: z.string().optional(),
  /** Seed the demo city into an empty database on start. */
  SEED_ON_START: z.enum(['true', 'false']).optional(),
  /**
   * Behind a load balancer: whose X-Forwarded-For to believe, so that per-IP rate limits see the
   * client, not the proxy. `true` (any), or comma-separated proxy addresses/CIDRs. Default: none.
   */
  TRUST_PROXY: z.string().optional(),
  /** Origins whose H5 apps may call this API from the browser: comma-separated, or `*`. */
  CORS_ORIGINS: z.string().optional(),
  /**
   * Where people reach the H5 app, e.g. https://yizhan.example.cn: station posters print `<this>/s/CODE`
   * in their QR code. Unset: the address the request came to (a proxy's Host and scheme only with TRUST_PROXY).
   */
  PUBLIC_BASE_URL: z.string().url().regex(/^https?:\/\//, 'expected an http(s) URL').optional(),
  /** Where distances are measured from when a client gives no location: `lat,lng` (GCJ-02). */
  CITY_CENTRE: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'expected "lat,lng", e.g. 36.1954,113.1163')
    .optional(),
})

function pointOf(value: string): { lat: number; lng: number } {
  const [lat, lng] = value.split(',').map(Number) as [number, number]
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw new Error(`Invalid environment:\n  CITY_CENTRE: out of range (${value})`)
  return { lat, lng }
}

function trustProxyOf(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false
  return value === 'true' ? true : value
}

export type Config = {
  env: 'development' | 'test' | 'production'
  host: string
  port: number
  databaseUrl: string | undefined
  dataDir: string
  /** Where uploaded files are kept, named by their SHA-256 (the database has only their hash and type). */
  filesDir: string
  h5Dir: string
  logLevel: string
  demoMode: boolean
  seedOnStart: boolean
  trustProxy: boolean | string
  wechat: { apiBase: string; appId: string | undefined; secret: string | undefined }
  sms: { apiBase: string | undefined; apiKey: string | undefined }
  /** The key for phone numbers and IP addresses in the sign-in tables. */
  authSecret: string
  /** The key that encrypts ID numbers in profiles (32 bytes). */
  profileKey: Buffer
  /** Browser origins allowed to call the API (the app's own origin needs no entry). */
  corsOrigins: readonly string[] | '*'
  /** The city centre; the demo city's (长治市) unless CITY_CENTRE says otherwise. */
  cityCentre: { lat: number; lng: number }
  /** Subscribe-message templates by kind (only the configured ones), and the mini-program version they open. */
  wechatSubscribe: {
    templates: Partial<Record<SubscribeTemplateKind, { templateId: string; fields: Record<string, string> }>>
    miniprogramState: 'formal' | 'trial' | 'developer'
  }
  /** The outbox worker: whether this process runs it, and how often it looks for work. */
  outbox: { enabled: boolean; pollMs: number }
  /** How long an anonymous job-list answer is reused (0: never). */
  jobsCacheMs: number
  /** The H5 app's public address without a trailing slash; undefined: taken from each request. */
  publicBaseUrl: string | undefined
}

/** Reads and checks the environment once; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const demoDefault = !e.DATABASE_URL && e.NODE_ENV !== 'production'
  const demoMode = e.DEMO_MODE ? e.DEMO_MODE === 'true' : demoDefault
  if (demoMode && e.NODE_ENV === 'production') {
    throw new Error('DEMO_MODE cannot be on in production: it exposes sign-in codes')
  }
  if (e.NODE_ENV === 'production' && (!e.AUTH_SECRET || e.AUTH_SECRET === DEV_AUTH_SECRET)) {
    throw new Error(
      `AUTH_SECRET is required in production: a random string of at least ${AUTH_SECRET_MIN_LENGTH} characters ` +
        '(e.g. `openssl rand -base64 48`), the same for every server process and kept out of the database',
    )
  }
  if (e.NODE_ENV === 'production' && (!e.PROFILE_KEY || e.PROFILE_KEY === DEV_PROFILE_KEY)) {
    throw new Error(
      'PROFILE_KEY is required in production: 32 random bytes in base64 (e.g. `openssl rand -base64 32`), ' +
        'the same for every server process and kept out of the database; it encrypts ID numbers at rest',
    )
  }
  let profileKey: Buffer
  try {
    profileKey = parseFieldKey(e.PROFILE_KEY ?? DEV_PROFILE_KEY)
  } catch (err) {
    throw new Error(`Invalid environment:\n  PROFILE_KEY: ${(err as Error).message}`)
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    filesDir: e.FILES_DIR ?? (e.DATA_DIR.startsWith('memory://') ? join('.data', 'files') : join(e.DATA_DIR, 'files')),
    h5Dir: e.H5_DIR,
    logLevel: e.LOG_LEVEL,
    demoMode,
    seedOnStart: e.SEED_ON_START ? e.SEED_ON_START === 'true' : demoMode,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    wechat: { apiBase: e.WECHAT_API_BASE, appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET },
    sms: { apiBase: e.SMS_API_BASE, apiKey: e.SMS_API_KEY },
    authSecret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    profileKey,
    corsOrigins: e.CORS_ORIGINS?.trim() === '*' ? '*' : (e.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    cityCentre: e.CITY_CENTRE ? pointOf(e.CITY_CENTRE) : DEMO_CITY.centre,
    wechatSubscribe: {
      templates: Object.fromEntries(
        (Object.keys(TEMPLATE_ENV) as SubscribeTemplateKind[]).flatMap((kind) => {
          const templateId = e[TEMPLATE_ENV[kind] as keyof typeof e] as string | undefined
          const fields = e[`${TEMPLATE_ENV[kind]}_FIELDS` as keyof typeof e] as string | undefined
          return templateId ? [[kind, { templateId, fields: fieldMapOf(fields, DEFAULT_TEMPLATE_FIELDS[kind]) }]] : []
        }),
      ),
      miniprogramState: e.WECHAT_MINIPROGRAM_STATE,
    },
    outbox: { enabled: e.OUTBOX_WORKER === 'true', pollMs: e.OUTBOX_POLL_MS },
    jobsCacheMs: e.JOBS_CACHE_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
  }
}
