// Compiles dist/weapp with Tencent's miniprogram-ci, offline, and prints one JSON line last:
// {"ok":true,"files":[...]} or {"ok":false,"error":"..."}.
// Plain JavaScript on purpose: miniprogram-ci forks native helpers that inherit node's flags and die
// under `--import tsx`. It also leaves handles open, so this script exits explicitly.
import { createRequire } from 'node:module'
import ci from 'miniprogram-ci'

const projectPath = process.argv[2]

function report(result, code) {
  process.stdout.write(`\n${JSON.stringify(result)}\n`)
  process.exit(code)
}

if (!projectPath) report({ ok: false, error: 'usage: node weapp-compile-child.mjs <dist/weapp>' }, 2)

// Offline. Its one online look-up, the allowed file extensions (servicewechat.com), falls back to the
// built-in list after a failure, but only after ~20 s of retries: answer it with that list directly,
// and send anything else to a closed local port so it fails at once.
ci.proxy('http://127.0.0.1:9')
try {
  const whiteList = createRequire(import.meta.url)('miniprogram-ci/dist/utils/white_ext_list.js')
  whiteList.getWhiteExtList = async () => ({
    GameWhiteList: new Set(whiteList.GameWhiteList),
    MiniProgramWhiteList: new Set(whiteList.MiniProgramWhiteList),
  })
} catch {
  // A miniprogram-ci without that module: only slower.
}

try {
  const project = new ci.Project({
    projectPath,
    type: 'miniProgram',
    appid: 'touristappid',
    // getCompiledResult signs nothing, but the constructor wants a key.
    privateKey: 'offline-placeholder',
    ignores: ['node_modules/**/*'],
  })
  // The default attr() asks WeChat's servers about the appid; these defaults are what it would get.
  project.attr = async () => structuredClone(ci.DefaultProjectAttr)
  const result = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: { es6: true, minifyWXML: true, minifyWXSS: true },
  })
  report({ ok: true, files: Object.keys(result).sort() }, 0)
} catch (error) {
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : typeof error === 'object' ? JSON.stringify(error) : String(error)
  report({ ok: false, error: message }, 1)
}
