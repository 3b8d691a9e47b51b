import { z } from 'zod/mini'
import {
  API_PREFIX,
  ErrorBodySchema,
  type Endpoint,
  type EndpointUpload,
} from '../../../src/shared/contracts/index'

type JsonSchema = Record<string, unknown>

export interface OpenApiInfo {
  title: string
  version: string
  description?: string
}

/** Fastify style `:id` → OpenAPI style `{id}`. */
const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  // 'any' keeps the document buildable if a schema holds something JSON Schema cannot say (a transform).
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' })
  return rest
}

/**
 * Path and query parameters. Types come from the output side (a query `limit` is a number after
 * coercion, which is what the client must send), required-ness from the input side (a field with
 * a default may be left out).
 */
function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query' | 'header'): JsonSchema[] {
  if (!schema) return []
  const output = jsonSchema(schema, 'output')
  const input = jsonSchema(schema, 'input')
  const props = (output.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((input.required ?? []) as string[])
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    }
  })
}

const ERROR_DESCRIPTION: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已失效',
  403: '没有权限',
  404: '要找的内容不存在',
  409: '与当前状态冲突',
  413: '请求内容太大',
  415: '请求内容类型不支持',
  422: '内容不符合规定（如岗位信息未通过审核规则）',
  429: '请求太频繁',
  500: '服务内部错误',
  502: '上游服务出错',
  503: '服务暂时不可用',
}

/** The error responses an operation can give, each carrying the shared error body. */
function errorResponses(endpoint: Endpoint): Record<string, JsonSchema> {
  const byStatus = new Map<string, string[]>()
  const add = (status: string, code: string) => byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  if (endpoint.params || endpoint.query || endpoint.body || endpoint.headers || endpoint.upload) add('400', 'VALIDATION_FAILED')
  if (endpoint.body) {
    add('400', 'MALFORMED_JSON')
    add('413', 'PAYLOAD_TOO_LARGE')
    add('415', 'UNSUPPORTED_MEDIA_TYPE')
  }
  if (endpoint.upload) add('415', 'UNSUPPORTED_MEDIA_TYPE')
  if (endpoint.auth === 'bearer') add('401', 'UNAUTHORIZED')
  for (const [status, codes] of Object.entries(endpoint.errors ?? {})) for (const code of codes) add(status, code)
  add('500', 'INTERNAL')
  const responses: Record<string, JsonSchema> = {}
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a.localeCompare(b))) {
    const label = ERROR_DESCRIPTION[Number(status)] ?? '错误'
    responses[status] = {
      description: `${label}：${[...new Set(codes)].join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    }
  }
  return responses
}

/** A file upload: multipart/form-data with one binary field, of the types and size the endpoint takes. */
function uploadBody(upload: EndpointUpload): JsonSchema {
  const megabytes = Math.round((upload.maxBytes / 1024 / 1024) * 10) / 10
  return {
    required: true,
    description: `一个文件（${upload.mimeTypes.join('、')}，按文件内容判断类型），最大 ${megabytes} MB`,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: [upload.field],
          properties: { [upload.field]: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
        encoding: { [upload.field]: { contentType: upload.mimeTypes.join(', ') } },
      },
    },
  }
}

function successResponse(endpoint: Endpoint): JsonSchema {
  if (endpoint.status === 204) return { description: '成功（无内容）' }
  // A file's bytes: a media type with no schema is binary content in OpenAPI 3.1.
  if (endpoint.download) return { description: '成功：文件内容', content: Object.fromEntries(endpoint.download.mimeTypes.map((t) => [t, {}])) }
  return { description: '成功', content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } } }
}

function operation(endpoint: Endpoint): JsonSchema {
  const success = successResponse(endpoint)
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: endpoint.tags,
    ...(endpoint.auth === 'bearer' ? { security: [{ bearer: [] }] } : {}),
    parameters: [...parameters(endpoint.params, 'path'), ...parameters(endpoint.query, 'query'), ...parameters(endpoint.headers, 'header')],
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } } } }
      : endpoint.upload
        ? { requestBody: uploadBody(endpoint.upload) }
        : {}),
    responses: { [String(endpoint.status)]: success, ...errorResponses(endpoint) },
  }
}

/**
 * The OpenAPI 3.1 document of the public API, computed from the contract's operation table alone:
 * the same schemas the server validates with and the app parses with.
 */
export function generateOpenApi(operations: Record<string, Endpoint>, info: OpenApiInfo): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const endpoint of Object.values(operations)) {
    const path = API_PREFIX + toOpenApiPath(endpoint.path)
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(endpoint) }
  }
  const tags = [...new Set(Object.values(operations).flatMap((e) => e.tags))].map((name) => ({ name }))
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags,
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(ErrorBodySchema, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: '登录后得到的不透明令牌：Authorization: Bearer <token>' },
      },
    },
  }
}
