#!/usr/bin/env node
// `npm test`: every test layer, in the order that fails fastest. Builds the apps first, because
// the mini-program check and the end-to-end tests run against the real builds.
// Prints one closing line, "N passed, N failed", summed over every layer that reports counts.
import { spawn } from 'node:child_process'

const steps = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit and component tests (jest)', script: 'test:unit' },
  { name: 'server tests (PGlite' + (process.env.DATABASE_URL ? ' and PostgreSQL)' : ')'), script: 'test:server' },
  { name: 'build the mini-program', script: 'build:weapp', env: { NODE_ENV: 'production', TARO_APP_API_BASE: 'http://localhost:3000' } },
  { name: 'build the H5 app', script: 'build:h5', env: { NODE_ENV: 'production', TARO_APP_API_BASE: '' } },
  { name: 'mini-program runtime check', script: 'test:weapp' },
  { name: 'end-to-end (Chromium)', script: 'test:e2e' },
]

function runStep(step) {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn('npm', ['run', '--silent', step.script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env, FORCE_COLOR: '0' },
    })
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        const text = chunk.toString()
        output += text
        ;(stream === child.stdout ? process.stdout : process.stderr).write(text)
      })
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** Test counts from jest ("Tests: 3 failed, 40 passed, 43 total") and node's runner ("# pass 40"). */
function counts(output) {
  const jest = /^Tests:\s+(.*)$/m.exec(output)
  if (jest) {
    const n = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(jest[1])?.[1] ?? 0)
    return { passed: n('passed'), failed: n('failed') }
  }
  const pass = [...output.matchAll(/^# pass (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0)
  const fail = [...output.matchAll(/^# fail (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0)
  return pass || fail ? { passed: pass, failed: fail } : null
}

const summary = []
let passed = 0
let failed = 0
let broken = false
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`)
  const started = Date.now()
  const { code, output } = await runStep(step)
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  const c = counts(output)
  if (c) {
    passed += c.passed
    failed += c.failed
  }
  summary.push(`${code === 0 ? '✓' : '✗'} ${step.name} (${seconds} s${c ? `, ${c.passed} passed, ${c.failed} failed` : ''})`)
  if (code !== 0) {
    broken = true
    if (!c || c.failed === 0) failed += 1 // a step that failed without failing tests (lint, build) still counts
    break
  }
}

console.log('\n━━ summary ━━')
for (const line of summary) console.log(line)
if (broken && summary.length < steps.length) console.log(`(stopped after the first failing step; ${steps.length - summary.length} not run)`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(broken ? 1 : 0)
