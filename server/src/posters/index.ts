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

export type RenderPoster = (format: PosterFormat, station: PosterStation, url: string) => Promise<Buffer<ArrayBuffer>>

const renderPoster: RenderPoster = (format, station, url) => (format === 'png' ? renderPosterPng(station, url) : renderPosterPdf(station, url))

/** Too many posters being drawn at once: the caller answers 503 and the client tries again. */
export class PosterBusyError extends Error {
  constructor() {
    super('too many posters being drawn')
    this.name = 'PosterBusyError'
  }
}

export interface Poster {
  /** Strong ETag of what this poster shows (the printed fields, the URL, the layout), quoted. */
  etag: string
  /** Rendered on first use, then kept while the cache holds it. */
  bytes(): Promise<Buffer<ArrayBuffer>>
}

export interface PosterCacheOptions {
  /** Posters kept (a PNG is ~200 kB, a PDF ~30 kB). */
  capacity?: number
  /** Drawn at once; a drawing takes ~0.1 s of CPU, the PDF's on the event loop. */
  maxRendering?: number
  /** Waiting to be drawn beyond those; more is refused (PosterBusyError). */
  maxWaiting?: number
  render?: RenderPoster
}

/**
 * Posters by what they show, the last `capacity` used kept in memory: a station's poster is asked for
 * again and again while staff print it. Keyed by content rather than updated_at, so a change to any
 * printed field is a new poster. Concurrent requests for one poster share its rendering, and only a
 * few are drawn at a time: posters are public, and without PUBLIC_BASE_URL each Host is a new poster.
 */
export function createPosterCache(options: PosterCacheOptions = {}) {
  const { capacity = 32, maxRendering = 2, maxWaiting = 16, render = renderPoster } = options
  const entries = new Map<string, Promise<Buffer<ArrayBuffer>>>()
  let rendering = 0
  const waiting: (() => void)[] = []

  async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (rendering >= maxRendering) {
      if (waiting.length >= maxWaiting) throw new PosterBusyError()
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
    rendering += 1
    try {
      return await work()
    } finally {
      rendering -= 1
      waiting.shift()?.()
    }
  }

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
          const drawing = limited(() => render(format, station, url))
          entries.set(key, drawing)
          // A failed or refused drawing is not kept: the next request tries again.
          drawing.catch(() => {
            if (entries.get(key) === drawing) entries.delete(key)
          })
          while (entries.size > capacity) entries.delete(entries.keys().next().value!)
          return drawing
        },
      }
    },
    get size() {
      return entries.size
    },
  }
}
export type PosterCache = ReturnType<typeof createPosterCache>
