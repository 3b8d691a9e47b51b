import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { API_PREFIX, HealthSchema, api } from '../../src/shared/contracts/index'
import { forEachDatabase, getJson, request, startServer, type TestServer } from './helper'

forEachDatabase('health and OpenAPI', (target) => {
  let server: TestServer
  before(async () => {
    server = await startServer(target)
  })
  after(() => server.close())

  test('health answers ok', async () => {
    assert.deepEqual(await getJson(server, `${API_PREFIX}/health`, HealthSchema), { status: 'ok' })
  })

  test('the OpenAPI document lists every operation of the contract', async () => {
    const res = await request(server, `${API_PREFIX}/openapi.json`)
    assert.equal(res.status, 200)
    const doc = res.body as {
      openapi: string
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; security?: unknown; parameters: { name: string; in: string; required: boolean }[]; requestBody?: unknown }>>
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> }
    }
    assert.match(doc.openapi, /^3\./)
    assert.ok(doc.components.schemas.ErrorBody)
    assert.ok(doc.components.securitySchemes.bearer)
    for (const endpoint of Object.values(api)) {
      const path = API_PREFIX + endpoint.path.replace(/:(\w+)/g, '{$1}')
      const op = doc.paths[path]?.[endpoint.method.toLowerCase()]
      assert.ok(op, `${endpoint.operationId} at ${endpoint.method} ${path}`)
      assert.equal(op.operationId, endpoint.operationId)
      assert.ok(op.responses[String(endpoint.status)], `${endpoint.operationId} success response`)
      assert.deepEqual(op.responses['500'], {
        description: op.responses['500'] && (op.responses['500'] as { description: string }).description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
      })
      assert.equal(Boolean(op.security), endpoint.auth === 'bearer', `${endpoint.operationId} security`)
      assert.equal(Boolean(op.requestBody), Boolean(endpoint.body ?? endpoint.upload), `${endpoint.operationId} body`)
      // Every operation-specific error code is documented under the status it comes with.
      for (const [status, codes] of Object.entries(endpoint.errors ?? {})) {
        const description = (op.responses[status] as { description?: string } | undefined)?.description ?? ''
        for (const code of codes) assert.ok(description.includes(code), `${endpoint.operationId}: ${code} under ${status}`)
      }
      assert.ok(!Object.keys(op.responses).includes('4XX'), `${endpoint.operationId}: every error has its own status`)
    }
    const wechat = doc.paths[`${API_PREFIX}/auth/wechat`]!.post!
    assert.match((wechat.responses['401'] as { description: string }).description, /WECHAT_LOGIN_FAILED/)
    assert.match((wechat.responses['502'] as { description: string }).description, /WECHAT_LOGIN_FAILED/)
    const listJobs = doc.paths[`${API_PREFIX}/jobs`]!.get!
    const limit = listJobs.parameters.find((p) => p.name === 'limit')
    assert.deepEqual({ in: limit?.in, required: limit?.required }, { in: 'query', required: false })
    const devOtp = doc.paths[`${API_PREFIX}/dev/otp`]!.get!
    assert.deepEqual(devOtp.parameters.map((p) => [p.name, p.in, p.required]), [['phone', 'query', true]])
    const getStation = doc.paths[`${API_PREFIX}/stations/{id}`]!.get!
    assert.deepEqual(getStation.parameters.find((p) => p.in === 'path'), {
      ...getStation.parameters.find((p) => p.in === 'path'),
      name: 'id',
      required: true,
    })
  })
})
