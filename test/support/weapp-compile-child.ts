// Compiles dist/weapp with Tencent's miniprogram-ci, offline, and prints one JSON line:
// { ok: true, files: [...] } or { ok: false, error: "..." }. Run as a child process: miniprogram-ci
// leaves handles open, so this script exits explicitly.
import ci from 'miniprogram-ci'

async function main(projectPath: string) {
  const project = new ci.Project({
    projectPath,
    type: 'miniProgram',
    appid: 'touristappid',
    // getCompiledResult never signs anything, but the constructor wants a key.
    privateKey: 'offline-placeholder',
    ignores: ['node_modules/**/*'],
  })
  // The default attr() asks WeChat's servers about the appid; the defaults are what an unknown appid gets.
  project.attr = async () => structuredClone(ci.DefaultProjectAttr)
  const result = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: { es6: true, minifyWXML: true, minifyWXSS: true },
  })
  return Object.keys(result).sort()
}

const dir = process.argv[2]
if (!dir) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: 'usage: weapp-compile-child.ts <dist/weapp>' })}\n`)
  process.exit(2)
}
main(dir).then(
  (files) => {
    process.stdout.write(`${JSON.stringify({ ok: true, files })}\n`)
    process.exit(0)
  },
  (error: unknown) => {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : typeof error === 'object' ? JSON.stringify(error) : String(error)
    process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`)
    process.exit(1)
  },
)
