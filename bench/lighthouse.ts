import { execFile } from 'node:child_process'
import path from 'node:path'
import { CHROMIUM_PATH } from '../test/support/browser'
import { repoRoot } from '../test/support/paths'

export interface LighthouseResult {
  url: string
  /** 0–100, Lighthouse's mobile performance score. */
  performance: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Main-thread time spent evaluating scripts. */
  scriptEvaluationMs: number
}

interface Audit {
  numericValue?: number
}
interface LighthouseReport {
  categories: { performance: { score: number | null } }
  audits: Record<string, Audit & { details?: { items?: { group?: string; duration?: number }[] } }>
}

/**
 * Lighthouse (the exact devDependency version) on `url`: mobile form factor and its default
 * throttling (150 ms round trips, 1.6 Mbps, 4× CPU, simulated), performance only, against Debian's
 * Chromium, offline (PLATFORM.md). About 12 s a run.
 */
export function lighthouse(url: string): Promise<LighthouseResult> {
  const cli = path.join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const args = [
    cli,
    url,
    '--only-categories=performance',
    '--output=json',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
  ]
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`lighthouse failed on ${url}: ${stderr.split('\n').find(Boolean) ?? error.message}`))
        try {
          const report = JSON.parse(stdout) as LighthouseReport
          const value = (id: string) => report.audits[id]?.numericValue ?? NaN
          const breakdown = report.audits['mainthread-work-breakdown']?.details?.items ?? []
          resolve({
            url,
            performance: Math.round((report.categories.performance.score ?? 0) * 100),
            lcpMs: value('largest-contentful-paint'),
            tbtMs: value('total-blocking-time'),
            cls: value('cumulative-layout-shift'),
            scriptEvaluationMs: breakdown.find((item) => item.group === 'scriptEvaluation')?.duration ?? NaN,
          })
        } catch (parseError) {
          reject(parseError instanceof Error ? parseError : new Error(String(parseError)))
        }
      },
    )
  })
}
