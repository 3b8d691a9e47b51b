import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { startE2E, stationWithJobs, visibleText, type E2E, type Job, type Station } from '../support/e2e'

/** What a thumb and an older eye need (适老化通用设计规范 outside the elder mode): CSS px. */
const MIN_TARGET = 44
const MIN_TEXT = 16

interface Measured {
  controls: number
  small: string[]
  smallText: string[]
}

/**
 * Every visible control (anything with the button or link role, native or not) and every visible
 * piece of text on the page, as Chromium lays them out. A string, not a function: the test runner's
 * TypeScript transform would wrap a function's inner helpers in calls the page does not have.
 */
const MEASURE = `(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[aria-hidden="true"]')
  }
  const name = (el) => (el.getAttribute('aria-label') || el.innerText || el.getAttribute('class') || el.tagName).replace(/\\s+/g, ' ').slice(0, 40)
  const controls = [...document.querySelectorAll('[role=button],[role=link],button,a[href],input,taro-button-core')].filter(visible)
  const small = controls
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, box]) => box.width < ${MIN_TARGET} || box.height < ${MIN_TARGET})
    .map(([el, box]) => name(el) + ': ' + Math.round(box.width) + '×' + Math.round(box.height))
  const smallText = new Set()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement
    if (!walker.currentNode.data.trim() || !el || !visible(el)) continue
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (size < ${MIN_TEXT}) smallText.add(name(el) + ': ' + size + 'px')
  }
  return { controls: controls.length, small, smallText: [...smallText] }
})()`

async function measure(page: Page): Promise<Measured> {
  return (await page.evaluate(MEASURE)) as Measured
}

describe('H5: touch targets ≥ 44×44 px and text ≥ 16 px on the station entry screens', () => {
  let e2e: E2E
  let station: Station
  let jobs: Job[]

  before(async () => {
    e2e = await startE2E()
    ;({ station, jobs } = await stationWithJobs(e2e))
  })
  after(async () => {
    await e2e?.close()
  })

  const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'home (nearby stations and jobs, tab bar)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/`)
        await page.getByRole('link', { name: jobs[0]!.title }).first().waitFor()
      },
    },
    {
      name: 'a station from its QR code (回首页, call, jobs)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/s/${station.code}`)
        await page.getByRole('link', { name: jobs[0]!.title }).first().waitFor()
      },
    },
    {
      name: 'an unknown station code (nearby stations)',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/s/NOSUCH99`)
        await page.getByRole('button', { name: /查看全部/ }).waitFor()
      },
    },
    {
      name: 'a job from a shared link',
      open: async (page) => {
        await page.goto(`${e2e.server.origin}/#/subpackages/jobs/detail/index?id=${jobs[0]!.id}`)
        await visibleText(page, '工作内容').waitFor()
      },
    },
  ]

  for (const screen of screens) {
    it(screen.name, async (t) => {
      await e2e.withPage(t, async (page) => {
        await screen.open(page)
        const { controls, small, smallText } = await measure(page)
        assert.ok(controls > 0, 'found no controls to measure')
        assert.deepEqual(small, [], `controls smaller than ${MIN_TARGET}×${MIN_TARGET} px:\n${small.join('\n')}`)
        assert.deepEqual(smallText, [], `text smaller than ${MIN_TEXT} px:\n${smallText.join('\n')}`)
      })
    })
  }
})
