import assert from 'node:assert/strict'
import { inflateSync } from 'node:zlib'
import { after, before, beforeEach, describe, it } from 'node:test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { API_PREFIX, StaffStationListSchema, StaffStationSchema, StationSchema, type CreateStationBody, type StaffStation } from '../../src/shared/contracts/index'
import { createAccount, sessionFor, type TestAccount } from './accounts'
import { FakeWechat } from './fake-wechat'
import { bodyOf, call, errorOf, forEachDatabase, startServer, type TestServer } from './helper'

let phoneSeq = 0
/** A staff member of one district, or city-wide (null). accounts.ts makes staff without a scope, which 0008 forbids. */
async function staffAccount(server: TestServer, district: string | null): Promise<TestAccount> {
  phoneSeq += 1
  const [row] = await server.db.query<{ id: string }>(
    `insert into users (role, phone, display_name, staff_scope, staff_district) values ('staff', $1, $2, $3, $4) returning id`,
    [`137${String(process.pid % 10_000).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`, `工作人员${phoneSeq}`, district ? 'district' : 'city', district],
  )
  return sessionFor(server, row!.id)
}

async function employerAccount(server: TestServer): Promise<TestAccount> {
  const [row] = await server.db.query<{ id: string }>(
    `insert into employers (name, contact_name, contact_phone) values ('测试用人单位', '测试联系人', '13900000000') returning id`,
  )
  return createAccount(server, 'employer', { employerId: row!.id })
}

let codeSeq = 0
function stationBody(district: string, overrides: Partial<CreateStationBody> = {}): CreateStationBody {
  codeSeq += 1
  return {
    name: `${district}测试零工驿站${codeSeq}`,
    address: `长治市${district}测试路 ${codeSeq} 号`,
    district,
    location: { lat: 36.19 + codeSeq / 1000, lng: 113.11 },
    hours: '每天 6:30–18:00',
    phone: '0355-2021101',
    code: `t${codeSeq}x`,
    ...overrides,
  }
}

async function getBytes(server: TestServer, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url(API_PREFIX + path), { headers })
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) }
}

/** The text a PNG's QR code carries, read with a QR reader of its own (jsQR), or null. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height)?.data ?? null
}

/** Every stream of a PDF, inflated when compressed. */
function pdfStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1')
  const streams: string[] = []
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    const raw = pdf.subarray(start, end)
    try {
      streams.push(inflateSync(raw).toString('latin1'))
    } catch {
      streams.push(raw.toString('latin1'))
    }
  }
  return streams
}

const utf16Hex = (char: string) => char.charCodeAt(0).toString(16).padStart(4, '0')

forEachDatabase('stations edited by staff, posters and mini-program codes', (target) => {
  let server: TestServer
  let wechat: FakeWechat
  let cityStaff: TestAccount
  let luzhouStaff: TestAccount
  let worker: TestAccount
  let employer: TestAccount

  before(async () => {
    wechat = await new FakeWechat().start()
    // trustProxy: the poster's URL follows X-Forwarded-Proto/Host only because the proxy is trusted.
    server = await startServer(target, { config: { wechat: wechat.config, trustProxy: true } })
    cityStaff = await staffAccount(server, null)
    luzhouStaff = await staffAccount(server, '潞州区')
    worker = await createAccount(server, 'worker')
    employer = await employerAccount(server)
  })
  after(async () => {
    await server.close()
    await wechat.close()
  })
  beforeEach(() => {
    wechat.mode = 'normal'
    wechat.miniCodeCalls.length = 0
  })

  const create = async (as: TestAccount, body: CreateStationBody) => bodyOf(await call(server, 'POST', '/staff/stations', { as, body }), 201, StaffStationSchema)
  const auditRows = (id: string) =>
    server.db.query<{ staff_id: string; action: string; before: unknown; after: unknown }>(
      `select staff_id, action, before, after from staff_audit_log where target_kind = 'station' and target_id = $1 order by id`,
      [id],
    )

  describe('create, edit, list', () => {
    it('city-wide staff create a station in any district: stored in capitals, public at once, recorded with what it holds', async () => {
      const body = stationBody('武乡县', { code: 'wx9a' })
      const created = await create(cityStaff, body)
      assert.equal(created.code, 'WX9A')
      assert.equal(created.name, body.name)
      assert.equal(created.district, '武乡县')
      assert.deepEqual(created.location, body.location)
      assert.equal(created.openJobCount, 0)

      const pub = bodyOf(await call(server, 'GET', '/stations/by-code/wx9a'), 200, StationSchema)
      assert.equal(pub.id, created.id)
      assert.equal(pub.phone, body.phone)

      const rows = await auditRows(created.id)
      assert.equal(rows.length, 1)
      assert.equal(rows[0]!.staff_id, cityStaff.id)
      assert.equal(rows[0]!.action, 'station.create')
      assert.equal(rows[0]!.before, null)
      assert.deepEqual(rows[0]!.after, {
        code: 'WX9A', name: body.name, district: '武乡县', address: body.address, location: body.location, hours: body.hours, phone: body.phone,
      })
    })

    it('district staff create only in their district and list only its stations; city-wide staff list all', async () => {
      const refused = errorOf(await call(server, 'POST', '/staff/stations', { as: luzhouStaff, body: stationBody('上党区') }), 403)
      assert.equal(refused.code, 'STATION_OUT_OF_SCOPE')
      assert.match(refused.message, /潞州区/)
      assert.equal((await server.db.query(`select 1 from stations where district = '上党区'`)).length, 0)

      const mine = await create(luzhouStaff, stationBody('潞州区'))
      const other = await create(cityStaff, stationBody('上党区'))

      const theirs = bodyOf(await call(server, 'GET', '/staff/stations', { as: luzhouStaff }), 200, StaffStationListSchema)
      assert.equal(theirs.district, '潞州区')
      assert.ok(theirs.items.some((s) => s.id === mine.id))
      assert.ok(theirs.items.every((s) => s.district === '潞州区'))

      const all = bodyOf(await call(server, 'GET', '/staff/stations', { as: cityStaff }), 200, StaffStationListSchema)
      assert.equal(all.district, null)
      const ids = all.items.map((s) => s.id)
      assert.ok(ids.includes(mine.id) && ids.includes(other.id))
      const order = all.items.map((s) => `${s.district}|${s.code}`)
      assert.deepEqual(order, [...order].sort())
    })

    it('district staff edit only their own stations and cannot move one out; the log keeps the changed fields before and after', async () => {
      const mine = await create(cityStaff, stationBody('潞州区'))
      const other = await create(cityStaff, stationBody('屯留区'))

      const edited = bodyOf(
        await call(server, 'PATCH', `/staff/stations/${mine.id}`, { as: luzhouStaff, body: { hours: ' 周一至周六 7:30–17:30 ', phone: '13912345678' } }),
        200,
        StaffStationSchema,
      )
      assert.equal(edited.hours, '周一至周六 7:30–17:30')
      assert.equal(edited.phone, '13912345678')
      assert.equal(edited.name, mine.name)
      assert.ok(Date.parse(edited.updatedAt) >= Date.parse(mine.updatedAt))

      const rows = await auditRows(mine.id)
      assert.deepEqual(rows.map((r) => r.action), ['station.create', 'station.update'])
      assert.equal(rows[1]!.staff_id, luzhouStaff.id)
      assert.deepEqual(rows[1]!.before, { hours: mine.hours, phone: mine.phone })
      assert.deepEqual(rows[1]!.after, { hours: '周一至周六 7:30–17:30', phone: '13912345678' })

      // Saving what is already there changes nothing and records nothing.
      const same = bodyOf(await call(server, 'PATCH', `/staff/stations/${mine.id}`, { as: luzhouStaff, body: { phone: '13912345678' } }), 200, StaffStationSchema)
      assert.equal(same.updatedAt, edited.updatedAt)
      assert.equal((await auditRows(mine.id)).length, 2)

      const elsewhere = errorOf(await call(server, 'PATCH', `/staff/stations/${other.id}`, { as: luzhouStaff, body: { hours: '每天 8:00–17:00' } }), 403)
      assert.equal(elsewhere.code, 'STATION_OUT_OF_SCOPE')
      const moved = errorOf(await call(server, 'PATCH', `/staff/stations/${mine.id}`, { as: luzhouStaff, body: { district: '屯留区' } }), 403)
      assert.equal(moved.code, 'STATION_OUT_OF_SCOPE')
      const [stored] = await server.db.query<{ district: string; hours: string }>('select district, hours from stations where id = $1', [mine.id])
      assert.deepEqual(stored, { district: '潞州区', hours: '周一至周六 7:30–17:30' })
      const [otherStored] = await server.db.query<{ hours: string }>('select hours from stations where id = $1', [other.id])
      assert.equal(otherStored!.hours, other.hours)
      assert.equal((await auditRows(other.id)).length, 1)

      const byCity = bodyOf(await call(server, 'PATCH', `/staff/stations/${mine.id}`, { as: cityStaff, body: { district: '屯留区' } }), 200, StaffStationSchema)
      assert.equal(byCity.district, '屯留区')
      const last = (await auditRows(mine.id)).at(-1)!
      assert.deepEqual([last.staff_id, last.before, last.after], [cityStaff.id, { district: '潞州区' }, { district: '屯留区' }])
    })

    it('a code another station has, in any case, is 409 STATION_CODE_TAKEN on create and on edit; a station keeps its own', async () => {
      const first = await create(cityStaff, stationBody('潞城区', { code: 'DUP1' }))
      const second = await create(cityStaff, stationBody('潞城区'))
      const onCreate = errorOf(await call(server, 'POST', '/staff/stations', { as: cityStaff, body: stationBody('潞城区', { code: 'dup1' }) }), 409)
      assert.equal(onCreate.code, 'STATION_CODE_TAKEN')
      assert.match(onCreate.message, /DUP1/)
      const onEdit = errorOf(await call(server, 'PATCH', `/staff/stations/${second.id}`, { as: cityStaff, body: { code: 'Dup1' } }), 409)
      assert.equal(onEdit.code, 'STATION_CODE_TAKEN')
      assert.equal((await server.db.query(`select 1 from stations where upper(code) = 'DUP1'`)).length, 1)
      assert.equal((await auditRows(second.id)).length, 1)

      const same = bodyOf(await call(server, 'PATCH', `/staff/stations/${first.id}`, { as: cityStaff, body: { code: 'dup1', name: '潞城区新名字零工驿站' } }), 200, StaffStationSchema)
      assert.deepEqual([same.code, same.name], ['DUP1', '潞城区新名字零工驿站'])
      assert.deepEqual((await auditRows(first.id)).at(-1)!.after, { name: '潞城区新名字零工驿站' })
    })

    it('bad fields are 400 VALIDATION_FAILED with a Chinese message for each', async () => {
      const bad = errorOf(
        await call(server, 'POST', '/staff/stations', {
          as: cityStaff,
          body: { name: ' ', address: '长治', district: '', location: { lat: 95, lng: '113' }, hours: '全天', phone: '12345', code: 'a-1' },
        }),
        400,
      )
      assert.equal(bad.code, 'VALIDATION_FAILED')
      assert.deepEqual(bad.fields, {
        name: '请填写驿站名称',
        address: '地址至少 4 个字',
        district: '请填写所在区县',
        'location.lat': '纬度在 -90 到 90 之间',
        'location.lng': '请填写经度（数字）',
        phone: '电话格式不对：座机如 0355-2021101，手机为 11 位',
        code: '驿站码只含字母和数字',
      })
      const missing = errorOf(await call(server, 'POST', '/staff/stations', { as: cityStaff, body: {} }), 400)
      assert.deepEqual(missing.fields, {
        name: '请填写驿站名称',
        address: '请填写地址',
        district: '请填写所在区县',
        location: '请在地图上选好驿站的位置',
        hours: '请填写开放时间',
        phone: '请填写联系电话',
        code: '请填写驿站码',
      })
      const long = errorOf(await call(server, 'POST', '/staff/stations', { as: cityStaff, body: stationBody('潞州区', { name: '驿'.repeat(31), code: 'ABCDEFGHIJKLM' }) }), 400)
      assert.deepEqual(long.fields, { name: '驿站名称最多 30 个字', code: '驿站码最多 12 位' })

      const station = await create(cityStaff, stationBody('潞州区'))
      const empty = errorOf(await call(server, 'PATCH', `/staff/stations/${station.id}`, { as: cityStaff, body: {} }), 400)
      assert.equal(empty.message, '没有要修改的内容')
      const badPatch = errorOf(await call(server, 'PATCH', `/staff/stations/${station.id}`, { as: cityStaff, body: { phone: '0355' } }), 400)
      assert.deepEqual(badPatch.fields, { phone: '电话格式不对：座机如 0355-2021101，手机为 11 位' })
      assert.equal(errorOf(await call(server, 'PATCH', '/staff/stations/not-a-uuid', { as: cityStaff, body: { phone: '0355-2021101' } }), 400).fields?.id, '编号格式不对')
      assert.equal((await auditRows(station.id)).length, 1)
    })

    it('workers and employers are refused (403 FORBIDDEN) and strangers asked to sign in (401) on every staff operation', async () => {
      const station = await create(cityStaff, stationBody('潞州区'))
      const before = (await server.db.query('select count(*)::int as n from stations'))[0]
      const attempts: [string, string, unknown][] = [
        ['GET', '/staff/stations', undefined],
        ['POST', '/staff/stations', stationBody('潞州区')],
        ['PATCH', `/staff/stations/${station.id}`, { name: '被改掉的名字零工驿站' }],
        ['GET', `/staff/stations/${station.id}/mini-code.png`, undefined],
      ]
      for (const [method, path, body] of attempts) {
        for (const who of [worker, employer]) {
          assert.equal(errorOf(await call(server, method, path, { as: who, body }), 403).code, 'FORBIDDEN', `${who.role} ${method} ${path}`)
        }
        assert.equal(errorOf(await call(server, method, path, { body }), 401).code, 'UNAUTHORIZED', `anonymous ${method} ${path}`)
      }
      assert.deepEqual((await server.db.query('select count(*)::int as n from stations'))[0], before)
      assert.equal((await auditRows(station.id)).length, 1)
      assert.equal(wechat.miniCodeCalls.length, 0)
    })

    it('an unknown station is 404 STATION_NOT_FOUND for edits, codes and posters', async () => {
      const id = '00000000-0000-4000-8000-000000000000'
      assert.equal(errorOf(await call(server, 'PATCH', `/staff/stations/${id}`, { as: cityStaff, body: { hours: '每天 8:00–17:00' } }), 404).code, 'STATION_NOT_FOUND')
      assert.equal(errorOf(await call(server, 'GET', `/staff/stations/${id}/mini-code.png`, { as: cityStaff }), 404).code, 'STATION_NOT_FOUND')
      for (const format of ['png', 'pdf']) {
        assert.equal(errorOf(await call(server, 'GET', `/stations/${id}/poster.${format}`), 404).code, 'STATION_NOT_FOUND')
      }
    })
  })

  describe('posters', () => {
    let station: StaffStation
    before(async () => {
      station = await create(cityStaff, stationBody('潞州区', { name: '潞州区英雄南路零工驿站', code: 'pst1' }))
    })

    it('the PNG is A4 at 150 dpi and its QR code reads back exactly <the server>/s/CODE; ETag and 304 for a current copy', async () => {
      const res = await getBytes(server, `/stations/${station.id}/poster.png`)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'image/png')
      const image = PNG.sync.read(res.bytes)
      assert.deepEqual([image.width, image.height], [1240, 1754])
      assert.equal(decodeQr(res.bytes), `${server.baseUrl}/s/PST1`)

      const etag = res.headers.get('etag')
      assert.match(etag ?? '', /^"png-[A-Za-z0-9_-]+"$/)
      const again = await getBytes(server, `/stations/${station.id}/poster.png`, { 'if-none-match': etag! })
      assert.equal(again.status, 304)
      assert.equal(again.bytes.length, 0)
      const stale = await getBytes(server, `/stations/${station.id}/poster.png`, { 'if-none-match': '"png-old"' })
      assert.equal(stale.status, 200)
      assert.ok(stale.bytes.equals(res.bytes))
    })

    it('behind a trusted proxy the QR carries the address people used (X-Forwarded-Proto and Host)', async () => {
      const res = await getBytes(server, `/stations/${station.id}/poster.png`, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'yizhan.example.cn' })
      assert.equal(res.status, 200)
      assert.equal(decodeQr(res.bytes), 'https://yizhan.example.cn/s/PST1')
      const direct = await getBytes(server, `/stations/${station.id}/poster.png`)
      assert.notEqual(res.headers.get('etag'), direct.headers.get('etag'))
    })

    it('the PDF is one A4 page with the font embedded and a ToUnicode map that gives back the station name', async () => {
      const res = await getBytes(server, `/stations/${station.id}/poster.pdf`)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'application/pdf')
      assert.equal(res.bytes.subarray(0, 5).toString('latin1'), '%PDF-')
      const text = res.bytes.toString('latin1')
      assert.equal(text.match(/\/Type \/Page\b/g)?.length, 1)
      assert.match(text, /\/MediaBox \[0 0 595\.28 841\.89\]/)
      assert.match(text, /\/Subtype \/Type0/)
      assert.match(text, /\/FontFile2 \d+ 0 R/)
      assert.match(text, /\/ToUnicode \d+ 0 R/)
      const cmaps = pdfStreams(res.bytes).filter((s) => s.includes('begincmap')).join('\n').toLowerCase()
      assert.ok(cmaps.length > 0, 'a ToUnicode CMap stream')
      for (const char of `${station.name}扫码找附近零工驿站就业服务`) assert.ok(cmaps.includes(`<${utf16Hex(char)}>`), `ToUnicode maps back ${char}`)
      const etag = res.headers.get('etag')
      assert.match(etag ?? '', /^"pdf-/)
      assert.equal((await getBytes(server, `/stations/${station.id}/poster.pdf`, { 'if-none-match': etag! })).status, 304)
    })

    it('an edit of a printed field makes a new poster: new ETag, new QR when the code changes', async () => {
      const old = await getBytes(server, `/stations/${station.id}/poster.png`)
      bodyOf(await call(server, 'PATCH', `/staff/stations/${station.id}`, { as: cityStaff, body: { code: 'PST2' } }), 200, StaffStationSchema)
      const res = await getBytes(server, `/stations/${station.id}/poster.png`, { 'if-none-match': old.headers.get('etag')! })
      assert.equal(res.status, 200)
      assert.notEqual(res.headers.get('etag'), old.headers.get('etag'))
      assert.equal(decodeQr(res.bytes), `${server.baseUrl}/s/PST2`)
    })
  })

  describe('mini-program code', () => {
    it('asks WeChat for the station page with scene s=CODE and hands back its PNG', async () => {
      const station = await create(cityStaff, stationBody('潞州区', { code: 'mc1' }))
      const res = await fetch(server.url(`${API_PREFIX}/staff/stations/${station.id}/mini-code.png`), { headers: luzhouStaff.auth })
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'image/png')
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(wechat.miniCodePng))
      assert.equal(wechat.miniCodeCalls.length, 1)
      const { token, body } = wechat.miniCodeCalls[0]!
      assert.equal(token, wechat.token)
      assert.equal(body.scene, 's=MC1')
      assert.equal(body.page, 'pages/station/index')
      assert.equal(body.env_version, 'release')
      assert.equal(body.check_path, true)
    })

    it('district staff get codes of their own district only; WeChat failing is 502 WECHAT_UNAVAILABLE', async () => {
      const other = await create(cityStaff, stationBody('黎城县'))
      assert.equal(errorOf(await call(server, 'GET', `/staff/stations/${other.id}/mini-code.png`, { as: luzhouStaff }), 403).code, 'STATION_OUT_OF_SCOPE')
      assert.equal(wechat.miniCodeCalls.length, 0)
      wechat.mode = 'busy'
      assert.equal(errorOf(await call(server, 'GET', `/staff/stations/${other.id}/mini-code.png`, { as: cityStaff }), 502).code, 'WECHAT_UNAVAILABLE')
    })
  })
})

forEachDatabase('station posters with a configured public address, without WeChat', (target) => {
  let server: TestServer
  let cityStaff: TestAccount

  before(async () => {
    server = await startServer(target, { config: { publicBaseUrl: 'https://jobs.example.gov.cn/yizhan' } })
    cityStaff = await staffAccount(server, null)
  })
  after(async () => server.close())

  it('the QR carries PUBLIC_BASE_URL/s/CODE whatever the request says; no appid is 503 WECHAT_NOT_CONFIGURED', async () => {
    const station = bodyOf(await call(server, 'POST', '/staff/stations', { as: cityStaff, body: stationBody('潞州区', { code: 'cfg1' }) }), 201, StaffStationSchema)
    const res = await getBytes(server, `/stations/${station.id}/poster.png`, { 'x-forwarded-host': 'evil.example' })
    assert.equal(res.status, 200)
    assert.equal(decodeQr(res.bytes), 'https://jobs.example.gov.cn/yizhan/s/CFG1')
    const refused = errorOf(await call(server, 'GET', `/staff/stations/${station.id}/mini-code.png`, { as: cityStaff }), 503)
    assert.equal(refused.code, 'WECHAT_NOT_CONFIGURED')
  })
})
