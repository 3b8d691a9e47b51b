import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

/**
 * Field encryption for sensitive values at rest (ID numbers, PIPL): AES-256-GCM, a fresh random
 * 12-byte IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` (each part base64). The tag makes any
 * change to the stored text, or decryption with another key, an error instead of wrong plaintext.
 */
const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
export const FIELD_KEY_BYTES = 32

export class FieldDecryptError extends Error {
  constructor(message = 'encrypted field cannot be decrypted (tampered, or another key)') {
    super(message)
    this.name = 'FieldDecryptError'
  }
}

/** A base64 key of exactly 32 bytes, or an error naming what is wrong. */
export function parseFieldKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64')
  if (key.length !== FIELD_KEY_BYTES || key.toString('base64') !== base64.replace(/\s/g, '')) {
    throw new Error(`expected ${FIELD_KEY_BYTES} bytes in base64 (e.g. \`openssl rand -base64 32\`)`)
  }
  return key
}

export function encryptField(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':')
}

export function decryptField(stored: string, key: Buffer): string {
  const parts = stored.split(':')
  if (parts.length !== 4 || parts[0] !== VERSION) throw new FieldDecryptError('encrypted field has an unknown format')
  const [, ivText, tagText, bodyText] = parts as [string, string, string, string]
  const iv = Buffer.from(ivText, 'base64')
  const tag = Buffer.from(tagText, 'base64')
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new FieldDecryptError('encrypted field has an unknown format')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    throw new FieldDecryptError()
  }
}

/**
 * A keyed hash of a value (HMAC-SHA-256, hex) for lookups and uniqueness without storing the value:
 * the key is derived from `secret` for `purpose`, so the same secret gives unrelated keys per use.
 */
export function fieldHash(value: string, secret: string, purpose: string): string {
  const key = createHmac('sha256', secret).update(`yizhan-field-hash:${purpose}`).digest()
  return createHmac('sha256', key).update(value).digest('hex')
}
