import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { startApiInProcess, type InProcessApi } from '../support/api'
import { stationWithJobs } from '../support/demo-data'
import { requireBuild } from '../support/paths'
import { WeappSandbox } from '../support/weapp-sandbox'

/**
 * WeChat's screen reader learns a card's role and name from `aria-role` / `aria-label` on its `view`.
 * Taro keeps every attribute of a node under a short data key (`p0`, `p1`, ...) numbered over the
 * sorted attribute list, once in the build (base.wxml reads `i.p3`) and once in the runtime (which
 * writes `p3`): both must know the same list, or the attributes land under keys the template reads
 * for something else. So these checks go through the template: which key does base.wxml read for an
 * attribute, and what does the running app put under that key.
 */

interface TaroNode {
  nn?: unknown
  cl?: string
  cn?: TaroNode[]
  [key: string]: unknown
}

/** The `view` tag of each of Taro's node templates in base.wxml, by the node number (`nn`) it renders. */
function viewTemplates(baseWxml: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const match of baseWxml.matchAll(/<template name="tmpl_0_(\w+)">\s*<view\b([^>]*)>/g)) out.set(match[1]!, match[2]!)
  return out
}

/** The data key a template's tag reads for `attribute`, e.g. `p3` for `hover-class="{{i.p3||'none'}}"`. */
function keyFor(tag: string, attribute: string): string | null {
  const match = new RegExp(`(?:^|\\s)${attribute}="\\{\\{(?:xs\\.\\w\\()?i\\.(\\w+)`).exec(tag)
  return match?.[1] ?? null
}

function findNode(node: TaroNode | undefined, predicate: (node: TaroNode) => boolean): TaroNode | null {
  if (!node) return null
  if (predicate(node)) return node
  for (const child of node.cn ?? []) {
    const found = findNode(child, predicate)
    if (found) return found
  }
  return null
}

describe('dist/weapp: cards reach WeChat\'s screen reader as links (aria-role, aria-label)', () => {
  let dir = ''
  let templates: Map<string, string>
  let api: InProcessApi
  const sandboxes: WeappSandbox[] = []

  before(async () => {
    dir = requireBuild('weapp')
    templates = viewTemplates(readFileSync(path.join(dir, 'base.wxml'), 'utf8'))
    api = await startApiInProcess()
  })

  after(async () => {
    for (const box of sandboxes) box.dispose()
    await api?.close()
  })

  it('base.wxml\'s view templates that take attributes bind aria-role and aria-label next to hover-class', () => {
    const withHover = [...templates].filter(([, tag]) => keyFor(tag, 'hover-class'))
    assert.ok(withHover.length > 0, 'base.wxml has no view template with hover-class')
    for (const [nn, tag] of withHover) {
      const keys = ['hover-class', 'aria-role', 'aria-label'].map((attribute) => keyFor(tag, attribute))
      assert.ok(keys.every(Boolean), `view template ${nn} lacks aria-role or aria-label: <view${tag}>`)
      assert.equal(new Set(keys).size, 3, `view template ${nn} reads two attributes from one key: <view${tag}>`)
    }
  })

  it('a rendered job card carries its link role and its pressed look under the keys base.wxml reads', async () => {
    const { station, jobs } = await stationWithJobs(api.origin)
    const job = jobs[0]!

    const box = new WeappSandbox({ dir, apiOrigin: api.origin })
    sandboxes.push(box)
    const page = box.openPage('pages/station/index', { scene: encodeURIComponent(`s=${station.code}`) })
    await page.waitForText((text) => text.includes(job.title))

    const root = page.data().root as TaroNode | undefined
    const card = findNode(root, (node) => (node.cl ?? '').split(' ').includes('yz-job-card'))
    assert.ok(card, 'no element with class yz-job-card in the page data')
    const tag = templates.get(String(card.nn))
    assert.ok(tag, `the job card's node number ${String(card.nn)} has no view template in base.wxml`)
    const value = (attribute: string) => {
      const key = keyFor(tag, attribute)
      assert.ok(key, `view template ${String(card.nn)} does not bind ${attribute}`)
      return card[key]
    }
    assert.equal(value('hover-class'), 'yz-tappable--pressed', `the card's data puts something else where hover-class is read: ${JSON.stringify(card, ['nn', 'cl', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'])}`)
    assert.equal(value('aria-role'), 'link')
    // The card's text is its name: Tappable passes no label, so aria-label reads an empty key.
    assert.equal(value('aria-label'), undefined)
  })
})
