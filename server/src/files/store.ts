import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'

export interface StoredBytes {
  sha256: string
  /** Path relative to the store's directory, derived from the hash. */
  storageKey: string
  sizeBytes: number
}

/** Two hex digits of fan-out keep any one directory small. */
export const storageKeyOf = (sha256: string) => join('sha256', sha256.slice(0, 2), sha256)

export interface FileStore {
  dir: string
  /** Writes the bytes under their SHA-256 unless already there: the same bytes are stored once. */
  put(bytes: Uint8Array): Promise<StoredBytes>
  read(storageKey: string): Promise<Buffer>
}

/**
 * Files on disk, named by content. A file is written under a temporary name, flushed, then renamed
 * into place: rename is atomic on one file system, so a crash leaves at worst a stray temporary file,
 * never half a file under a hash's name.
 */
export function createFileStore(dir: string): FileStore {
  const root = resolve(dir)
  const pathOf = (storageKey: string) => {
    const path = resolve(root, storageKey)
    // Keys come from our own database, but a path outside the store is never read.
    if (!path.startsWith(root + sep)) throw new Error(`storage key outside the file store: ${storageKey}`)
    return path
  }
  return {
    dir: root,
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const storageKey = storageKeyOf(sha256)
      const target = pathOf(storageKey)
      const existing = await stat(target).catch(() => null)
      if (existing?.size === bytes.length) return { sha256, storageKey, sizeBytes: bytes.length }
      await mkdir(dirname(target), { recursive: true })
      // In the store's own directory: a rename across file systems would not be atomic.
      const tmpDir = join(root, 'tmp')
      await mkdir(tmpDir, { recursive: true })
      const tmp = join(tmpDir, `${sha256}.${randomUUID()}`)
      try {
        const handle = await open(tmp, 'wx')
        try {
          await handle.writeFile(bytes)
          await handle.sync()
        } finally {
          await handle.close()
        }
        await rename(tmp, target)
      } catch (err) {
        await rm(tmp, { force: true })
        throw err
      }
      return { sha256, storageKey, sizeBytes: bytes.length }
    },
    read: (storageKey) => readFile(pathOf(storageKey)),
  }
}
