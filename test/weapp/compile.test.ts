import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { it } from 'node:test'
import { promisify } from 'node:util'
import { repoRoot, requireBuild } from '../support/paths'
import { readAppJson, subpackagesOf } from '../support/weapp-size'

const run = promisify(execFile)

it('miniprogram-ci compiles dist/weapp (app.json schema, page files, JS, WXML, WXSS) without errors', { timeout: 180_000 }, async () => {
  const dir = requireBuild('weapp')
  // Not under tsx: miniprogram-ci's native helpers inherit node's flags and die with them.
  const child = path.join(repoRoot, 'test', 'support', 'weapp-compile-child.mjs')
  const { stdout } = await run(process.execPath, [child, dir], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } }).catch(
    (error: { stdout?: string; stderr?: string; message: string }) => {
      if (error.stdout) return { stdout: error.stdout }
      throw new Error(`the compile step crashed: ${error.message}\n${error.stderr ?? ''}`)
    },
  )
  const line = stdout.trim().split('\n').pop() ?? ''
  const result = JSON.parse(line) as { ok: true; files: string[] } | { ok: false; error: string }
  assert.ok(result.ok, `miniprogram-ci: ${'error' in result ? result.error : ''}`)

  // The compiled result holds every page's code and template: a page WeChat could not build would be absent.
  const app = readAppJson(dir)
  const pages = [...app.pages, ...subpackagesOf(app).flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/+$/, '')}/${page}`))]
  const files = new Set(result.files)
  const absent = pages.flatMap((page) => [`${page}.js`, `${page}.wxml`].filter((file) => !files.has(file)))
  assert.deepEqual(absent, [], `pages missing from the compiled result: ${absent.join(', ')}`)
})
