#!/usr/bin/env node
// `npm start`: build the mini-program (dist/weapp, for WeChat DevTools) and the H5 app (dist/h5),
// then run the API server, which serves both the API and the H5 app on one port with an embedded
// database, migrated and seeded on first start. SKIP_BUILD=1 starts the server on the last build.
import { spawnSync, spawn } from 'node:child_process'

const port = process.env.PORT ?? '3000'

function run(script, env) {
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n✗ npm run ${script} failed (exit ${result.status}).`)
    process.exit(result.status ?? 1)
  }
}

if (process.env.SKIP_BUILD !== '1') {
  console.log('› Building the mini-program into dist/weapp …')
  // The mini-program cannot use relative URLs: point it at this server unless told otherwise.
  run('build:weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: process.env.TARO_APP_API_BASE ?? `http://localhost:${port}` })
  console.log('› Building the H5 app into dist/h5 …')
  run('build:h5', { NODE_ENV: 'production', TARO_APP_API_BASE: process.env.TARO_APP_API_BASE ?? '' })
}

console.log(`› Starting the server on http://localhost:${port} …`)
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))

// Once the server answers, say where to look (the server's own log lines are JSON for machines).
const origin = `http://localhost:${port}`
const demo = !process.env.DATABASE_URL && process.env.NODE_ENV !== 'production' && process.env.DEMO_MODE !== 'false'
for (let tries = 0; tries < 120; tries++) {
  await new Promise((resolve) => setTimeout(resolve, 500))
  const ok = await fetch(`${origin}/api/v1/health`).then((r) => r.ok, () => false)
  if (!ok) continue
  const lines = [
    `驿站 is running: ${origin}`,
    `  a gig station's QR link: ${origin}/s/LZ01`,
    `  API description:         ${origin}/api/v1/openapi.json`,
    `  mini-program:            open this folder in WeChat DevTools (build in dist/weapp)`,
  ]
  if (demo) {
    lines.push(
      '  demo accounts: 求职者 13800000001 · 13800000004 · 13800000005 | 用人单位 13800000002 · 13800000006 | 驿站工作人员 13800000003 (README says what each holds)',
      `  SMS codes: in this log ("demo mode: sign-in code") and at ${origin}/api/v1/dev/otp?phone=13800000001`,
    )
  }
  console.log(`\n${lines.join('\n')}\n`)
  break
}
