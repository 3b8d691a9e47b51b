#!/usr/bin/env node
// Taro can print an error, build nothing and still exit 0 (e.g. a RegExp in compile.include).
// `node scripts/check-build.mjs weapp|h5` fails unless the build's outputs are really there.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = process.argv[2]
const problems = []

function need(file, what) {
  if (!existsSync(file) || !statSync(file).isFile() || statSync(file).size === 0) problems.push(`${what}: ${relative(root, file)} is missing or empty`)
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    problems.push(`${relative(root, file)} is not valid JSON (${error.message})`)
    return null
  }
}

function sizeOf(dir, skip = () => false) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (skip(path)) continue
    total += entry.isDirectory() ? sizeOf(path, skip) : statSync(path).size
  }
  return total
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

/**
 * Taro's config check fails before it empties dist/, so a rejected config leaves the previous build in
 * place. The build's entry must be newer than the build configuration it should have used. (Only the
 * configuration: comparing with every source file would fail whenever someone saves during a build.)
 */
function needFresh(output) {
  if (!existsSync(output)) return
  const built = statSync(output).mtimeMs
  const configs = ['babel.config.js', 'package.json', 'project.config.json', 'src/app.config.ts', 'src/index.html']
    .concat(readdirSync(join(root, 'config')).map((name) => `config/${name}`))
    .map((file) => join(root, file))
    .filter((file) => existsSync(file))
  const newer = configs.filter((file) => statSync(file).mtimeMs > built)
  if (newer.length) problems.push(`${relative(root, output)} is older than ${newer.map((file) => relative(root, file)).join(', ')}: this is a previous build`)
}

function checkWeapp() {
  const dist = join(root, 'dist/weapp')
  need(join(dist, 'app.json'), 'app config')
  need(join(dist, 'app.js'), 'app script')
  needFresh(join(dist, 'app.js'))
  if (!existsSync(join(dist, 'app.json'))) return
  const app = readJson(join(dist, 'app.json'))
  if (!app) return
  const pages = [...(app.pages ?? [])]
  const subRoots = []
  for (const sub of app.subPackages ?? app.subpackages ?? []) {
    subRoots.push(join(dist, sub.root))
    for (const page of sub.pages ?? []) pages.push(`${sub.root.replace(/\/$/, '')}/${page}`)
  }
  if (pages.length === 0) problems.push('app.json lists no pages')
  for (const page of pages) {
    for (const ext of ['js', 'wxml', 'json']) need(join(dist, `${page}.${ext}`), `page ${page}`)
  }
  for (const item of app.tabBar?.list ?? []) {
    if (!pages.includes(item.pagePath)) problems.push(`tab ${item.text} points at ${item.pagePath}, which app.json does not list`)
    for (const key of ['iconPath', 'selectedIconPath']) if (item[key]) need(join(dist, item[key]), `tab ${item.text} ${key}`)
  }
  if (problems.length) return
  const main = sizeOf(dist, (path) => subRoots.includes(path) || path.endsWith('.map') || path.endsWith('project.config.json'))
  const lines = [`main package ${kib(main)} (limit 2048 KiB)`]
  if (main > 2 * 1024 * 1024) problems.push(`main package is ${kib(main)}, over WeChat's 2 MB limit`)
  for (const sub of subRoots) {
    const size = existsSync(sub) ? sizeOf(sub, (path) => path.endsWith('.map')) : 0
    lines.push(`subpackage ${relative(dist, sub)} ${kib(size)}`)
    if (size > 2 * 1024 * 1024) problems.push(`subpackage ${relative(dist, sub)} is ${kib(size)}, over WeChat's 2 MB limit`)
  }
  return `${pages.length} pages; ${lines.join('; ')}`
}

function checkH5() {
  const dist = join(root, 'dist/h5')
  const indexFile = join(dist, 'index.html')
  need(indexFile, 'H5 entry')
  needFresh(indexFile)
  if (!existsSync(indexFile)) return
  const html = readFileSync(indexFile, 'utf8')
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])
  if (scripts.length === 0) problems.push('dist/h5/index.html loads no script')
  let bytes = 0
  for (const src of scripts) {
    if (/^(https?:)?\/\//.test(src)) continue
    const file = join(dist, src.replace(/^\//, '').split(/[?#]/)[0])
    need(file, `script ${src}`)
    if (existsSync(file)) bytes += statSync(file).size
  }
  if (!/<html[^>]*\blang="zh-CN"/.test(html)) problems.push('dist/h5/index.html lacks lang="zh-CN" (is src/index.html used?)')
  return `${scripts.length} entry scripts, ${kib(bytes)} raw`
}

if (target !== 'weapp' && target !== 'h5') {
  console.error('usage: node scripts/check-build.mjs weapp|h5')
  process.exit(2)
}
const summary = target === 'weapp' ? checkWeapp() : checkH5()
if (problems.length) {
  console.error(`✗ The ${target} build is incomplete — Taro may have failed while exiting 0. Scroll up for its error.`)
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(`✓ ${target} build complete: ${summary}`)
