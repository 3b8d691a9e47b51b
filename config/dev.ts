import type { UserConfigExport } from '@tarojs/cli'

/** `taro build --watch`: readable output and source maps. */
export default {
  logger: { quiet: false, stats: false },
  mini: { enableSourceMap: true },
  h5: { devServer: { port: 10086 } },
} satisfies UserConfigExport<'webpack5'>
