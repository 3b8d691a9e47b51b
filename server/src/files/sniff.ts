/**
 * What a file is, from its first bytes. The name and the type a client declares are whatever the
 * client says (a text file renamed .png arrives as image/png); the signature is what the bytes are.
 */
const SIGNATURES: readonly { mimeType: string; bytes: readonly number[] }[] = [
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // "%PDF-"
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
]

/** Labels for messages to people. */
export const FILE_TYPE_LABELS: Record<string, string> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'application/pdf': 'PDF' }

/** The type recognised from the content, or null when it is none of the kinds we know. */
export function sniffMimeType(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))
  return match?.mimeType ?? null
}
