import type { FastifyRequest } from 'fastify'
// The request methods @fastify/multipart adds (isMultipart, file)
import type {} from '@fastify/multipart'
import type { EndpointUpload } from '../../../src/shared/contracts/index'
import { HttpError } from '../http/errors'
import { FILE_TYPE_LABELS, sniffMimeType } from './sniff'

/** A file received by an upload endpoint; `mimetype` is what its bytes are, not what the client said. */
export interface UploadedFile {
  buffer: Buffer
  filename: string
  mimetype: string
}

const codeOf = (err: unknown) => (err as { code?: unknown } | null)?.code

/**
 * Reads the one file part of a multipart request (needs @fastify/multipart registered in the route's
 * context), stopping at `maxBytes`, and checks its type by its first bytes.
 */
export async function readUpload(request: FastifyRequest, upload: EndpointUpload): Promise<UploadedFile> {
  if (typeof request.isMultipart !== 'function') throw new Error('@fastify/multipart is not registered for this route')
  if (!request.isMultipart()) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传文件')
  }
  const megabytes = Math.round((upload.maxBytes / 1024 / 1024) * 10) / 10
  const tooLarge = () => new HttpError(413, upload.errors.tooLarge, `文件太大，最大 ${megabytes} MB`)
  const missing = () => new HttpError(400, 'VALIDATION_FAILED', '请选择要上传的文件', { [upload.field]: '请选择要上传的文件' })
  let buffer: Buffer
  let filename: string
  try {
    // A few small form fields may come along (wx.uploadFile's formData); only the one file is read.
    const part = await request.file({ limits: { fileSize: upload.maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 } })
    if (!part || part.fieldname !== upload.field) throw missing()
    filename = part.filename
    buffer = await part.toBuffer()
    // toBuffer() checks for truncation only as chunks arrive: when the bytes over the limit are cut
    // from the last chunk, it returns the first maxBytes without an error. The stream still says so.
    if (part.file.truncated) throw tooLarge()
  } catch (err) {
    if (err instanceof HttpError) throw err
    if (codeOf(err) === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge()
    if (codeOf(err) === 'FST_PARTS_LIMIT' || codeOf(err) === 'FST_FILES_LIMIT' || codeOf(err) === 'FST_FIELDS_LIMIT') {
      throw new HttpError(400, 'VALIDATION_FAILED', '一次只能上传一个文件', { [upload.field]: '一次只能上传一个文件' })
    }
    if (codeOf(err) === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传文件')
    throw err
  }
  const mimetype = sniffMimeType(buffer)
  if (!mimetype || !upload.mimeTypes.includes(mimetype)) {
    const allowed = upload.mimeTypes.map((t) => FILE_TYPE_LABELS[t] ?? t).join('、')
    throw new HttpError(400, upload.errors.typeNotAllowed, `只能上传 ${allowed} 文件（照片或扫描件）`)
  }
  return { buffer, filename, mimetype }
}
