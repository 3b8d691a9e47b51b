#!/usr/bin/env node
// What an H5 bundle holds: `H5_BUNDLE_STATS=/tmp/stats.json npx taro build --type h5`, then
// `node scripts/bundle-report.mjs /tmp/stats.json [chunk file prefix…]`. Sizes are of the modules
// before minification (webpack's own figures): good for comparing, not for bytes on the wire.
import { readFileSync } from 'node:fs'

const [statsFile, ...only] = process.argv.slice(2)
if (!statsFile) {
  console.error('usage: node scripts/bundle-report.mjs stats.json [chunk file prefix…]')
  process.exit(2)
}
const stats = JSON.parse(readFileSync(statsFile, 'utf8'))

/** A module's package (`zod`, `@nutui/nutui-react-taro`) or its folder under src (`src/features/jobs`). */
function ownerOf(name) {
  const path = name.replace(/^.*!/, '')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (pkg) return pkg[1]
  const src = /\/src\/((?:[^/]+\/){0,2})/.exec(path)
  return src ? `src/${src[1].replace(/\/$/, '')}` : path
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
for (const chunk of stats.chunks) {
  const files = chunk.files.filter((f) => f.endsWith('.js'))
  if (only.length && !files.some((f) => only.some((p) => f.includes(p)))) continue
  const byOwner = new Map()
  let total = 0
  for (const m of chunk.modules) {
    byOwner.set(ownerOf(m.name), (byOwner.get(ownerOf(m.name)) ?? 0) + m.size)
    total += m.size
  }
  console.log(`\n${files.join(', ')} (${chunk.initial ? 'initial' : 'lazy'}) ${kib(total)}`)
  for (const [owner, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${kib(size).padStart(10)}  ${owner}`)
  }
}
