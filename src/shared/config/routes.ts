/**
 * Every page of the app, in one place: app.config.ts builds `pages`, `subPackages` and the tabBar
 * from it, and navigation uses these paths (never string literals in features).
 */
export const tabPages = {
  home: 'pages/home/index',
  policy: 'pages/policy/index',
  live: 'pages/live/index',
  training: 'pages/training/index',
  me: 'pages/me/index',
} as const

/** Main-package pages that are not tabs: light entry pages a QR code or a share opens directly. */
export const entryPages = {
  /** A gig station's QR code lands here: `scene=s%3DCODE` (mini-program) or `?code=CODE` (H5). */
  station: 'pages/station/index',
} as const

/** WeChat subpackages: loaded on first visit, keeping the main package small. */
export const subpackages = {
  jobs: { root: 'subpackages/jobs', pages: { detail: 'detail/index', favorites: 'favorites/index' } },
  account: { root: 'subpackages/account', pages: { login: 'login/index' } },
  /** The worker's side of the hiring loop: my applications, one application (check-in, rating). */
  work: {
    root: 'subpackages/work',
    pages: { applications: 'applications/index', application: 'application/index', reports: 'reports/index' },
  },
  messages: { root: 'subpackages/messages', pages: { list: 'list/index' } },
  /**
   * The employer's side: becoming one (registration, licence), posting (the form), my jobs, a job's
   * applicants, the check-in code screen.
   */
  employer: {
    root: 'subpackages/employer',
    pages: {
      jobs: 'jobs/index',
      applicants: 'applicants/index',
      checkInCode: 'check-in-code/index',
      register: 'register/index',
      profile: 'profile/index',
      post: 'post/index',
    },
  },
  /** Station staff: the review queue and decisions, the audit log, sample audits, stations and posters. */
  staff: {
    root: 'subpackages/staff',
    pages: {
      queue: 'queue/index',
      audit: 'audit/index',
      samples: 'samples/index',
      stations: 'stations/index',
      station: 'station/index',
      policies: 'policies/index',
      policy: 'policy/index',
      subsidies: 'subsidies/index',
      subsidy: 'subsidy/index',
    },
  },
  /**
   * The policy library beyond the tab: one policy's full text, the 政策计算器, 适合我的政策, my profile and
   * consents, applying for a subsidy, and my applications.
   */
  policies: {
    root: 'subpackages/policies',
    pages: {
      detail: 'detail/index',
      calculator: 'calculator/index',
      matches: 'matches/index',
      profile: 'profile/index',
      apply: 'apply/index',
      applications: 'applications/index',
      application: 'application/index',
    },
  },
} as const

type Sub = typeof subpackages
export type SubpackageName = keyof Sub

/** Absolute page path (leading slash) for Taro.navigateTo & co. */
export function pagePath<S extends SubpackageName>(sub: S, page: keyof Sub[S]['pages']): string {
  const pkg = subpackages[sub]
  return `/${pkg.root}/${(pkg.pages as Record<string, string>)[page as string]}`
}

export const pageUrl = {
  home: `/${tabPages.home}`,
  me: `/${tabPages.me}`,
  station: (query: { code: string } | { id: string }) =>
    'code' in query ? `/${entryPages.station}?code=${encodeURIComponent(query.code)}` : `/${entryPages.station}?id=${encodeURIComponent(query.id)}`,
  /** A job; `report` opens its 举报 sheet (the way back after signing in to report). */
  jobDetail: (id: string, options: { report?: boolean } = {}) =>
    `${pagePath('jobs', 'detail')}?id=${encodeURIComponent(id)}${options.report ? '&report=1' : ''}`,
  favorites: pagePath('jobs', 'favorites'),
  myApplications: pagePath('work', 'applications'),
  application: (id: string) => `${pagePath('work', 'application')}?id=${encodeURIComponent(id)}`,
  messages: pagePath('messages', 'list'),
  employerJobs: pagePath('employer', 'jobs'),
  applicants: (jobId: string) => `${pagePath('employer', 'applicants')}?jobId=${encodeURIComponent(jobId)}`,
  employerRegister: pagePath('employer', 'register'),
  employerProfile: pagePath('employer', 'profile'),
  /** The posting form: a new post, a draft or post of mine (`id`), or a copy of one (`copyOf`). */
  postJob: (query: { id?: string; copyOf?: string } = {}) => {
    const pairs = Object.entries(query).filter(([, v]) => v)
    return `${pagePath('employer', 'post')}${pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&')}` : ''}`
  },
  myReports: pagePath('work', 'reports'),
  staffQueue: pagePath('staff', 'queue'),
  staffAudit: pagePath('staff', 'audit'),
  staffSamples: pagePath('staff', 'samples'),
  staffStations: pagePath('staff', 'stations'),
  /** A station's edit page, or a new station without an id. */
  staffStation: (id?: string) => `${pagePath('staff', 'station')}${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  checkInCode: (jobId: string) => `${pagePath('employer', 'checkInCode')}?jobId=${encodeURIComponent(jobId)}`,
  /** One policy (its detail page; also the path its share opens). */
  policy: (id: string) => `${pagePath('policies', 'detail')}?id=${encodeURIComponent(id)}`,
  policyCalculator: pagePath('policies', 'calculator'),
  policyMatches: pagePath('policies', 'matches'),
  /** 我的资料 (facts for matching), consents and push settings. */
  myProfile: pagePath('policies', 'profile'),
  /** The online application form of a policy (also where a needs-more application is resubmitted: `applicationId`). */
  applyForSubsidy: (policyId: string, applicationId?: string) =>
    `${pagePath('policies', 'apply')}?policyId=${encodeURIComponent(policyId)}${applicationId ? `&applicationId=${encodeURIComponent(applicationId)}` : ''}`,
  mySubsidyApplications: pagePath('policies', 'applications'),
  subsidyApplication: (id: string) => `${pagePath('policies', 'application')}?id=${encodeURIComponent(id)}`,
  staffPolicies: pagePath('staff', 'policies'),
  /** A policy's edit page, or a new policy without an id. */
  staffPolicy: (id?: string) => `${pagePath('staff', 'policy')}${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  staffSubsidies: pagePath('staff', 'subsidies'),
  staffSubsidy: (id: string) => `${pagePath('staff', 'subsidy')}?id=${encodeURIComponent(id)}`,
  login: (redirect?: string) => `${pagePath('account', 'login')}${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`,
}
