import { createHash } from 'node:crypto'
import type { PosterStation } from './layout'
import { renderPosterPdf } from './pdf'
import { renderPosterPng } from './png'

export type PosterFormat = 'png' | 'pdf'

export const POSTER_MIME_TYPES: Record<PosterFormat, string> = { png: 'image/png', pdf: 'application/pdf' }

/** Bump when the layout changes: old ETags must stop matching. */
const LAYOUT_VERSION = 1

/** A station's poster URL: the H5 page `/s/CODE` that the QR code opens. */
export const stationPageUrl = (publicBase: string, code: string) => `${publicBase.replace(/\/+$/, '')}/s/${encodeURIComponent(code)}`

export interface Poster {
  /** Strong ETag of what this poster shows (the printed fields, the URL, the layout), quoted. */
  etag: string
  /** Rendered on first use, then kept while the cache holds it. */
  bytes(): Promise<Buffer<ArrayBuffer>>
}

/**
 * Posters by what they show, the last `capacity` used kept in memory (a PNG is ~200 kB, a PDF ~30 kB):
 * a station's poster is asked for again and again while staff print it, and drawing one takes ~0.1 s
 * of CPU. Keyed by content rather than updated_at, so a change to any printed field is a new poster.
 * Concurrent requests for the same poster share one rendering.
 */
export function createPosterCache(capacity = 32) {
  const entries = new Map<string, Promise<Buffer<ArrayBuffer>>>()

  return {
    poster(station: PosterStation, url: string, format: PosterFormat): Poster {
      const key = createHash('sha256')
        .update(JSON.stringify([LAYOUT_VERSION, format, station.code, station.name, station.address, station.hours, station.phone, url]))
        .digest('base64url')
        .slice(0, 27)
      return {
        etag: `"${format}-${key}"`,
        bytes() {
          const cached = entries.get(key)
          if (cached) {
            // Map order is insertion order: re-inserting marks it most recently used.
            entries.delete(key)
            entries.set(key, cached)
            return cached
          }
          const rendering = format === 'png' ? renderPosterPng(station, url) : renderPosterPdf(station, url)
          entries.set(key, rendering)
          // A failed rendering is not kept: the next request tries again.
          rendering.catch(() => entries.delete(key))
          while (entries.size > capacity) entries.delete(entries.keys().next().value!)
          return rendering
        },
      }
    },
    get size() {
      return entries.size
    },
  }
}
export type PosterCache = ReturnType<typeof createPosterCache>
