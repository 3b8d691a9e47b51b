import type { FastifyInstance } from 'fastify'
import { API_PREFIX, api } from '../../../../src/shared/contracts/index'
import { generateOpenApi } from '../../openapi/generate'

/** `GET /api/v1/openapi.json`: computed once from the contract; it cannot change while running. */
export default async function openapiRoutes(app: FastifyInstance) {
  const document = generateOpenApi(api, {
    title: '驿站 公共就业服务 API',
    version: '1.0.0',
    description: '零工驿站、岗位与登录的公开接口。任何城市的后端实现同一份契约，应用即可接入。',
  })
  app.get(`${API_PREFIX}/openapi.json`, async () => document)
}
