import { MATERIAL_MAX_BYTES, MATERIAL_MIME_TYPES } from '@/shared/contracts/subsidies'

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Why a chosen material photo would be refused, before it is sent: not a JPG or PNG, or over 5 MB.
 * Null when it may go; a type the platform does not tell goes too (the server reads the bytes).
 */
export function materialFileProblem(file: { sizeBytes: number; mimeType: string | null }): string | null {
  if (file.mimeType && !(MATERIAL_MIME_TYPES as readonly string[]).includes(file.mimeType)) {
    return '这张不是 JPG 或 PNG 照片，请换一张（截图、HEIC 或 PDF 文件传不上去）'
  }
  if (file.sizeBytes > MATERIAL_MAX_BYTES) {
    return `这张照片有 ${megabytes(file.sizeBytes)}，超过了 ${megabytes(MATERIAL_MAX_BYTES)}。请重新拍一张，或选照片时不要勾“原图”`
  }
  return null
}
