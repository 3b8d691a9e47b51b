import { existsSync } from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(__dirname, '..', '..')
/** The builds under test; TEST_WEAPP_DIR / TEST_H5_DIR point the checks at another build (e.g. to see them fail). */
export const weappDir = path.resolve(process.env.TEST_WEAPP_DIR ?? path.join(repoRoot, 'dist', 'weapp'))
export const h5Dir = path.resolve(process.env.TEST_H5_DIR ?? path.join(repoRoot, 'dist', 'h5'))
export const resultsDir = path.join(repoRoot, 'test-results')

const buildScripts = { weapp: 'npm run build:weapp', h5: 'npm run build:h5' } as const

/**
 * The path of a finished build, or a clear error saying how to make it. These checks test what
 * was built; they never build (npm test builds first).
 */
export function requireBuild(kind: keyof typeof buildScripts): string {
  const dir = kind === 'weapp' ? weappDir : h5Dir
  const marker = path.join(dir, kind === 'weapp' ? 'app.json' : 'index.html')
  if (!existsSync(marker)) {
    throw new Error(`${path.relative(repoRoot, marker)} is missing: run \`${buildScripts[kind]}\` first (\`npm test\` builds before testing).`)
  }
  return dir
}
