import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { H5PageChunksPlugin } from './h5-page-chunks'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const fromRoot = (...parts: string[]) => path.resolve(root, ...parts)

/**
 * Packages shipped as ES2020+ (`#private` fields, `??=`). Taro skips node_modules by default; the
 * older WeChat JS engines choke on that syntax and Taro's H5 terser settings turn `#private` into a
 * syntax error. Taro's config check rejects RegExps here and then builds nothing: absolute paths only.
 */
const modernPackages = ['@tanstack/query-core', '@tanstack/react-query', 'zod'].map((name) => fromRoot('node_modules', name))

/**
 * Only TARO_APP_* variables reach the client. Taro reads them from `.env*` files only; this passes the
 * shell's too (`TARO_APP_API_BASE=https://... npm run build:weapp`), and always defines the API base so
 * `process.env.TARO_APP_API_BASE` is replaced at build time even when unset (there is no `process` in
 * the mini-program or the browser).
 */
function clientEnv(): Record<string, string> {
  const env: Record<string, string> = { TARO_APP_API_BASE: JSON.stringify('') }
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('TARO_APP_') && value !== undefined) env[key] = JSON.stringify(value)
  }
  return env
}

/**
 * WeChat has no AbortController, and TanStack Query needs one for every fetch
 * (https://github.com/TanStack/query/issues/5837, https://github.com/NervJS/taro/issues/15025).
 * ProvidePlugin hands our polyfill to any module that names the globals, node_modules included.
 */
const abortPolyfill = fromRoot('src/shared/platform/abort-controller.ts')

/**
 * The contract modules only declare schemas and endpoint tables. Marked free of side effects, a name
 * imported through `@/shared/contracts` bundles only the module that declares it, so the first screen
 * (and the mini-program's main package) does not carry every operation of the API: app code takes
 * endpoints from their own module's table (`jobEndpoints.listJobs`), not from the merged `api`.
 */
const contractsSideEffectFree = (chain: WebpackChain) => sideEffectFree(chain, 'contractsSideEffectFree', /[\\/]src[\\/]shared[\\/]contracts[\\/]/)

/** The part of webpack-chain's Config used here. */
type WebpackChain = { module: { rule(name: string): { test(t: RegExp): { set(key: string, value: unknown): unknown } } } }

/** webpack's `sideEffects: false` for the modules matching `test` (webpack-chain has no typed setter for it). */
function sideEffectFree(chain: WebpackChain, name: string, test: RegExp) {
  chain.module.rule(name).test(test).set('sideEffects', false)
}

export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'yizhan',
    date: '2026-11-23',
    // NutUI is drawn at 375; our own styles at 750 (1 design px = 1 rpx).
    designWidth(input) {
      const file = typeof input === 'object' && input !== null && 'file' in input ? String(input.file ?? '') : ''
      return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT: a build elsewhere (e.g. to compare two builds) without touching dist/.
    outputRoot: process.env.TARO_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    // The second adds WeChat's aria-role / aria-label to `view` (see the file).
    plugins: ['@tarojs/plugin-html', fromRoot('config/mini-view-attributes.ts')],
    env: clientEnv(),
    alias: { '@': fromRoot('src') },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    sass: {},
    mini: {
      compile: { include: modernPackages },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain, webpack) {
        chain.plugin('abortControllerPolyfill').use(webpack.ProvidePlugin, [
          { AbortController: [abortPolyfill, 'AbortController'], AbortSignal: [abortPolyfill, 'AbortSignal'] },
        ])
        contractsSideEffectFree(chain)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routes work on any static host; the server sends /s/CODE to /#/pages/station/index?code=CODE.
      router: { mode: 'hash' },
      compile: { include: modernPackages },
      esnextModules: ['@nutui'],
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.plugin('pageChunks').use(H5PageChunksPlugin)
        // Taro's system-info module imports the `platform` user-agent parser (42 KB) for
        // getDeviceInfo alone; the first screen asks only getWindowInfo from that module. Marked
        // free of side effects, the parser is bundled only where a function that reads it is used.
        sideEffectFree(chain, 'uaParserSideEffectFree', /[\\/]node_modules[\\/]platform[\\/]/)
        contractsSideEffectFree(chain)
      },
    },
  }
  return merge({}, base, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
