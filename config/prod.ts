import type { UserConfigExport } from '@tarojs/cli'

/** Production builds: minified, no source maps shipped to phones. */
export default {
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false, enableExtract: true },
} satisfies UserConfigExport<'webpack5'>
