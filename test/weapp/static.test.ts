import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { before, describe, it } from 'node:test'
import { requireBuild } from '../support/paths'
import { PACKAGE_LIMIT_BYTES, kib, packageSizes, readAppJson, subpackagesOf, type AppJson } from '../support/weapp-size'

/** What Taro emits for every page: logic, template and config (a .wxss only when the page has styles). */
const PAGE_FILES = ['.js', '.wxml', '.json']

describe('dist/weapp as WeChat loads it', () => {
  let dir = ''
  let app: AppJson

  before(() => {
    dir = requireBuild('weapp')
    app = readAppJson(dir)
  })

  it('app.json lists pages, and the tab pages sit in the main package', () => {
    assert.ok(Array.isArray(app.pages) && app.pages.length > 0, 'app.json has no pages')
    for (const page of ['pages/home/index', 'pages/me/index', 'pages/station/index']) {
      assert.ok(app.pages.includes(page), `${page} is not in the main package`)
    }
    const tabs = app.tabBar?.list ?? []
    assert.ok(tabs.length >= 2 && tabs.length <= 5, `WeChat wants 2–5 tabs, app.json has ${tabs.length}`)
    for (const tab of tabs) assert.ok(app.pages.includes(tab.pagePath), `tab page ${tab.pagePath} is not in the main package's pages`)
  })

  it('every page, in the main package and in each subpackage, has its files', () => {
    const pages = [...app.pages, ...subpackagesOf(app).flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/+$/, '')}/${page}`))]
    const missing = pages.flatMap((page) => PAGE_FILES.map((ext) => page + ext).filter((file) => !existsSync(path.join(dir, file))))
    assert.deepEqual(missing, [], `page files missing from dist/weapp: ${missing.join(', ')}`)
    for (const page of pages) {
      const config = readFileSync(path.join(dir, `${page}.json`), 'utf8')
      assert.doesNotThrow(() => JSON.parse(config), `${page}.json is not JSON`)
    }
  })

  it('the app-level files Taro needs are there', () => {
    for (const file of ['app.js', 'app.json', 'runtime.js', 'taro.js', 'vendors.js', 'common.js', 'base.wxml']) {
      assert.ok(existsSync(path.join(dir, file)), `${file} is missing from dist/weapp`)
    }
  })

  it('every tab bar icon file exists', () => {
    const icons = (app.tabBar?.list ?? []).flatMap((tab) => [tab.iconPath, tab.selectedIconPath]).filter((icon): icon is string => !!icon)
    const missing = icons.filter((icon) => !existsSync(path.join(dir, icon)))
    assert.deepEqual(missing, [], `tab bar icons missing: ${missing.join(', ')}`)
  })

  it('the main package and each subpackage are under 2 MB', () => {
    const sizes = packageSizes(dir)
    assert.equal(sizes.length, 1 + subpackagesOf(app).length)
    const over = sizes.filter((size) => size.bytes >= PACKAGE_LIMIT_BYTES).map((size) => `${size.name}: ${kib(size.bytes)}`)
    assert.deepEqual(over, [], `over WeChat's 2 MB package limit: ${over.join(', ')}`)
    const main = sizes.find((size) => size.name === 'main')!
    assert.ok(main.files > 0 && main.bytes > 0)
  })
})
