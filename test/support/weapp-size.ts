import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** WeChat's limit for the main package and for each subpackage. */
export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024
/** DevTools warns from here on. */
export const PACKAGE_WARN_BYTES = 1.5 * 1024 * 1024

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[]; name?: string; independent?: boolean }[]
  subpackages?: AppJson['subPackages']
  tabBar?: { list: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] }
  [key: string]: unknown
}

export function readAppJson(weappDir: string): AppJson {
  return JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as AppJson
}

/** app.json accepts both spellings. */
export function subpackagesOf(app: AppJson) {
  return app.subPackages ?? app.subpackages ?? []
}

export interface PackageSize {
  /** `main`, or the subpackage's root. */
  name: string
  bytes: number
  files: number
}

/** Files WeChat does not upload with the code: DevTools' project files and source maps. */
function uploaded(rel: string): boolean {
  return !/(^|\/)project(\.private)?\.config\.json$/.test(rel) && !rel.endsWith('.map')
}

function listFiles(dir: string, prefix = ''): { rel: string; bytes: number }[] {
  const out: { rel: string; bytes: number }[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(full, rel))
    else if (entry.isFile()) out.push({ rel, bytes: statSync(full).size })
  }
  return out
}

/**
 * Package sizes the way WeChat counts them: the sum of the file sizes under each subpackage root,
 * and everything else in the main package.
 */
export function packageSizes(weappDir: string): PackageSize[] {
  const roots = subpackagesOf(readAppJson(weappDir)).map((s) => s.root.replace(/^\/+|\/+$/g, ''))
  const sizes = new Map<string, PackageSize>([['main', { name: 'main', bytes: 0, files: 0 }]])
  for (const root of roots) sizes.set(root, { name: root, bytes: 0, files: 0 })
  for (const file of listFiles(weappDir)) {
    if (!uploaded(file.rel)) continue
    const root = roots.find((r) => file.rel.startsWith(`${r}/`)) ?? 'main'
    const size = sizes.get(root)!
    size.bytes += file.bytes
    size.files += 1
  }
  return [...sizes.values()]
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
