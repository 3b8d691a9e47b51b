import type { UserConfigExport } from '@tarojs/cli'

/** `taro build --watch`: readable output and source maps. */
export default {
  logger: { quiet: false, stats: false },
  mini: { enableSourceMap: true },
  // The dev server serves the app from memory; API calls go on to the API server (`npm run dev:server`).
  // hot: false — React fast refresh would need two more packages; a full reload on save is enough.
  h5: { devServer: { port: 10086, hot: false, proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}`, '/s/': `http://localhost:${process.env.PORT ?? 3000}` } } },
} satisfies UserConfigExport<'webpack5'>
