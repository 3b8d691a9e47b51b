// Policy push (政策找人) on PostgreSQL: a temporary database with 100,000 consenting profiles (a
// realistic mix: about four in ten graduates of the last five years, the rest not; twelve districts;
// a third consenting to WeChat pushes; a few muting the category or having withdrawn consent), one
// city-wide policy published through the store as staff do, then the run worker (policies/push.ts)
// worked until the run is done: how long until every matching person's message is queued.
import { cityDate } from '../server/src/city-time'
import { createPostgresDb } from '../server/src/db/postgres'
import { migrate } from '../server/src/db/migrate'
import type { Db } from '../server/src/db/types'
import { createPolicy, publishPolicy } from '../server/src/policies/store'
import { workPolicyRuns } from '../server/src/policies/push'
import { REGIONS } from '../src/shared/eligibility/index'
import { createTemporaryDatabase } from '../test/support/postgres'

export const PUSH_PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000)

export interface PushBenchResult {
  profiles: number
  loadSeconds: number
  publishMs: number
  /** From the publish request to the last batch's commit. */
  seconds: number
  batches: number
  messages: number
  pushes: number
  /** The people the policy fits, counted by SQL independently of the worker. */
  expected: number
}

const DISTRICTS = Object.keys(REGIONS).filter((r) => REGIONS[r] === '长治市')

/** Users, profiles and consents for `n` people, generated in the database. */
async function loadProfiles(db: Db, n: number, thisYear: number) {
  await db.query(
    `insert into users (role, phone, display_name)
     select 'worker', '150' || lpad(g::text, 8, '0'), '居民' || g from generate_series(1, $1::int) g`,
    [n],
  )
  // n: the person's number, so the mix is the same every run.
  await db.query(
    `insert into profiles (user_id, birth_date, groups, graduation_year, household_region, residence_region, employment,
                           business_started_known, enrolled_in_course, muted_policy_categories)
     select id,
            (current_date - make_interval(years => case when n % 10 < 4 then 21 + n % 9 else 18 + n % 42 end, days => n % 365))::date,
            case when n % 10 < 4 then '{"graduate": true}'::jsonb
                 else jsonb_build_object('graduate', false, 'rural_migrant', n % 3 = 0, 'registered_unemployed', n % 5 = 0) end,
            case when n % 10 < 4 then $1::int - n % 5 end,
            ($2::text[])[1 + n % 12], ($2::text[])[1 + (n / 7) % 12],
            (array['unemployed', 'employed', 'self_employed', 'student'])[1 + n % 4],
            true, n % 6 = 0,
            case when n % 50 = 0 then array['job_seeking_subsidy'] else '{}'::text[] end
       from (select id, (row_number() over (order by phone))::int as n from users where role = 'worker') u`,
    [thisYear, DISTRICTS],
  )
  await db.query(`insert into consents (user_id, purpose, granted, policy_version) select user_id, 'policy_matching', true, '2026-12' from profiles`)
  await db.query(
    `insert into consents (user_id, purpose, granted, policy_version)
     select user_id, 'wechat_push', true, '2026-12' from profiles where hashtext(user_id::text) % 3 = 0`,
  )
  // Some changed their mind: the latest decision counts.
  await db.query(
    `insert into consents (user_id, purpose, granted, policy_version)
     select user_id, 'policy_matching', false, '2026-12' from profiles where hashtext(user_id::text) % 20 = 7`,
  )
  await db.query('analyze')
}

export async function pushBench(serverUrl: string): Promise<PushBenchResult> {
  const database = await createTemporaryDatabase(serverUrl, 'yizhan_bench_push')
  const db = createPostgresDb(database.url, 5)
  try {
    await migrate(db)
    const today = cityDate(new Date())
    const thisYear = Number(today.slice(0, 4))
    const loadStarted = Date.now()
    await loadProfiles(db, PUSH_PROFILES, thisYear)
    const loadSeconds = (Date.now() - loadStarted) / 1000
    const [staff] = await db.query<{ id: string }>(`insert into users (role, display_name, staff_scope) values ('staff', '市人社局', 'city') returning id`)
    const scope = { staffId: staff!.id, district: null }

    const draft = await db.transaction((tx) =>
      createPolicy(
        tx,
        scope,
        {
          title: '高校毕业生求职创业补贴',
          issuer: '长治市人力资源和社会保障局',
          docNumber: '长人社发〔2026〕12号',
          region: '长治市',
          category: 'job_seeking_subsidy',
          audience: '毕业两年内、35 周岁以下的高校毕业生',
          amount: { kind: 'fixed', fen: 100_000 },
          materials: ['身份证', '毕业证'],
          applyMethod: { kind: 'offline', place: '长治市政务服务中心二楼人社窗口', hours: '周一至周五 9:00–17:00' },
          effectiveFrom: today,
          expiresOn: null,
          fullText: [{ type: 'paragraph', text: '为支持高校毕业生求职创业，制定本办法。' }],
          conditions: { all: [{ group: 'graduate' }, { graduatedWithinYears: 2 }, { age: { min: 16, max: 35 } }] },
        },
        today,
      ),
    )
    const started = Date.now()
    await db.transaction((tx) => publishPolicy(tx, scope, draft.id, today))
    const publishMs = Date.now() - started
    let batches = 0
    let messages = 0
    let pushes = 0
    for (;;) {
      const round = await workPolicyRuns(db, new Date())
      if (round.batches === 0) break
      batches += round.batches
      messages += round.messages
      pushes += round.pushes
    }
    const seconds = (Date.now() - started) / 1000
    const [expected] = await db.query<{ n: number }>(
      `select count(*)::int as n from profiles p
        where (p.groups ->> 'graduate')::boolean and p.graduation_year >= $1
          and p.birth_date > current_date - interval '36 years'
          and not ('job_seeking_subsidy' = any(p.muted_policy_categories))
          and (select k.granted from consents k where k.user_id = p.user_id and k.purpose = 'policy_matching' order by k.id desc limit 1)`,
      [thisYear - 2],
    )
    return { profiles: PUSH_PROFILES, loadSeconds, publishMs, seconds, batches, messages, pushes, expected: expected!.n }
  } finally {
    await db.close()
    await database.drop()
  }
}
