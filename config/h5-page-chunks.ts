import type { Compiler } from 'webpack'

/** Written beside index.html: for each page, the files its lazily loaded chunks consist of. */
export const PAGE_CHUNKS_FILE = 'page-chunks.json'

/**
 * Webpack plugin for the H5 build: writes `page-chunks.json`, `{ "pages/station/index": ["js/….js",
 * "css/….css"] }`, from the chunk groups Taro's router creates with `import()` per page. The server
 * reads it to preload a page's own chunk with the document that opens that page (`/s/CODE`): on 3G
 * that saves the round trip the browser would otherwise start only after app.js has run.
 *
 * With `H5_BUNDLE_STATS=path.json` it also writes every chunk's modules and their sizes there, for
 * looking at what a bundle holds (`node scripts/bundle-report.mjs path.json`).
 */
export class H5PageChunksPlugin {
  apply(compiler: Compiler) {
    const { webpack } = compiler
    compiler.hooks.thisCompilation.tap('H5PageChunksPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'H5PageChunksPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const pages: Record<string, string[]> = {}
          for (const group of compilation.chunkGroups) {
            if (group.isInitial()) continue
            for (const origin of group.origins) {
              const page = pageOf(origin.request)
              if (!page) continue
              const files = group.getFiles().filter((file) => /\.(js|css)$/.test(file))
              pages[page] = [...new Set([...(pages[page] ?? []), ...files])].sort()
            }
          }
          const json = JSON.stringify(pages, null, 2) + '\n'
          compilation.emitAsset(PAGE_CHUNKS_FILE, new webpack.sources.RawSource(json))
        },
      )
    })
    const statsFile = process.env.H5_BUNDLE_STATS
    if (statsFile) {
      compiler.hooks.done.tapPromise('H5PageChunksPlugin', async ({ compilation }) => {
        const { writeFile } = await import('node:fs/promises')
        const { chunkGraph } = compilation
        const chunks = [...compilation.chunks].map((chunk) => ({
          files: [...chunk.files],
          initial: chunk.canBeInitial(),
          // A concatenated module lists what it holds; each part's size is its own source's.
          modules: chunkGraph.getChunkModules(chunk).flatMap((module) => {
            const parts = (module as { modules?: Iterable<typeof module> }).modules
            return [...(parts ?? [module])].map((part) => ({ name: part.nameForCondition() ?? part.identifier(), size: part.size() }))
          }),
        }))
        await writeFile(statsFile, JSON.stringify({ chunks }))
      })
    }
  }
}

/** `./pages/station/index` or an absolute path ending in `src/pages/station/index` → `pages/station/index`. */
function pageOf(request: string | undefined): string | null {
  if (!request) return null
  const match = /(?:^|[/\\])((?:pages|subpackages)[/\\].+?)(?:\.[jt]sx?)?$/.exec(request.replace(/^.*!/, ''))
  return match ? match[1]!.replace(/\\/g, '/') : null
}
