import { LICENCE_MAX_BYTES, LICENCE_MIME_TYPES, type EmployerKind } from '@/shared/contracts'

/** The phone flow sends photos only; a PDF scan the server also takes is for staff at a station. */
export const PHOTO_TYPES: readonly string[] = LICENCE_MIME_TYPES.filter((type) => type.startsWith('image/'))

const TYPE_LABELS: Record<string, string> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'application/pdf': 'PDF' }

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** What the document is called for each kind: a business licence, or for a person their proof of identity. */
export const licenceName = (kind: EmployerKind) => (kind === 'enterprise' ? '营业执照' : '身份证明')

/**
 * Why a chosen photo would be refused, before sending it: too big, or not a JPG or PNG. Null when it
 * may go (an unknown type goes too: the server judges by the bytes).
 */
export function licenceFileProblem(file: { sizeBytes: number; mimeType: string | null }): string | null {
  if (file.mimeType && !PHOTO_TYPES.includes(file.mimeType)) {
    return `只能上传 ${PHOTO_TYPES.map((type) => TYPE_LABELS[type] ?? type).join(' 或 ')} 格式的照片，请换一张`
  }
  if (file.sizeBytes > LICENCE_MAX_BYTES) {
    return `照片太大了（${megabytes(file.sizeBytes)}），最大 ${megabytes(LICENCE_MAX_BYTES)}。请重新拍一张，或选照片时不要选“原图”`
  }
  return null
}

/** The stored file in a line: its kind and size. */
export function licenceFileText(licence: { mimeType: string; sizeBytes: number }): string {
  const kind = licence.mimeType === 'application/pdf' ? 'PDF 文件' : '照片'
  return `${kind}，${licence.sizeBytes < 1024 * 1024 ? `${Math.max(1, Math.round(licence.sizeBytes / 1024))} KB` : megabytes(licence.sizeBytes)}`
}
