import { DEMO_CITY } from './seed/city'
import { z } from 'zod'

const AUTH_SECRET_MIN_LENGTH = 32

/**
 * AUTH_SECRET outside production when none is set. It is public (it is right here), so keys made with
 * it protect nothing: fine for a laptop or a test run, refused in production.
 */
export const DEV_AUTH_SECRET = 'yizhan-development-auth-secret-not-for-production'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Real PostgreSQL. Without it the server runs on PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
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
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().optional(),
  WECHAT_SECRET: z.string().optional(),
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
  h5Dir: string
  logLevel: string
  demoMode: boolean
  seedOnStart: boolean
  trustProxy: boolean | string
  wechat: { apiBase: string; appId: string | undefined; secret: string | undefined }
  sms: { apiBase: string | undefined; apiKey: string | undefined }
  /** The key for phone numbers and IP addresses in the sign-in tables. */
  authSecret: string
  /** Browser origins allowed to call the API (the app's own origin needs no entry). */
  corsOrigins: readonly string[] | '*'
  /** The city centre; the demo city's (长治市) unless CITY_CENTRE says otherwise. */
  cityCentre: { lat: number; lng: number }
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
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    h5Dir: e.H5_DIR,
    logLevel: e.LOG_LEVEL,
    demoMode,
    seedOnStart: e.SEED_ON_START ? e.SEED_ON_START === 'true' : demoMode,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    wechat: { apiBase: e.WECHAT_API_BASE, appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET },
    sms: { apiBase: e.SMS_API_BASE, apiKey: e.SMS_API_KEY },
    authSecret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    corsOrigins: e.CORS_ORIGINS?.trim() === '*' ? '*' : (e.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    cityCentre: e.CITY_CENTRE ? pointOf(e.CITY_CENTRE) : DEMO_CITY.centre,
  }
}
