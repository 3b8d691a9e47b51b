import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import vm from 'node:vm'
import { requireBuild } from '../support/paths'

/** Every script file under dir, relative to it. */
function scripts(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name)
    if (entry.isDirectory()) return scripts(dir, rel)
    return entry.name.endsWith('.js') ? [rel] : []
  })
}

describe('dist/h5 as a browser receives it', () => {
  let dir = ''
  before(() => {
    dir = requireBuild('h5')
  })

  it('every script parses (a minifier can emit syntax a browser rejects, e.g. quoted #private fields)', () => {
    const broken: string[] = []
    for (const file of scripts(dir)) {
      try {
        // Compiles without running: a syntax check by the same engine family as Chromium's.
        new vm.Script(readFileSync(path.join(dir, file), 'utf8'), { filename: file })
      } catch (error) {
        broken.push(`${file}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    assert.deepEqual(broken, [], `scripts that do not parse:\n${broken.join('\n')}`)
  })

  it('index.html declares zh-CN and one viewport that allows zooming', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
    assert.match(html, /<html[^>]*\blang="zh-CN"/)
    const viewports = html.match(/<meta[^>]+name="viewport"[^>]*>/g) ?? []
    assert.equal(viewports.length, 1, `expected one viewport tag, found ${viewports.length}`)
    assert.doesNotMatch(viewports[0]!, /user-scalable\s*=\s*(no|0)/, 'the viewport forbids zooming')
  })
})
