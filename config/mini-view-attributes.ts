import path from 'node:path'
import type { IPluginContext, TaroPlatform, TaroPlatformBase } from '@tarojs/service'
import attributes from '../src/shared/platform/mini-view-attributes.json'

const runtimeModule = path.resolve(__dirname, '..', 'src', 'shared', 'platform', 'mini-view-attributes.ts')

/**
 * Taro plugin: gives the weapp `view` WeChat's `aria-role` / `aria-label`. The same way Taro's own
 * plugins extend a platform (@tarojs/plugin-html): `onSetupClose` hands over the platform once its
 * template knows its components; the template gets the attributes here, and the runtime gets them from
 * src/shared/platform/mini-view-attributes.ts, added to the platform's runtime modules so that it runs
 * before the app. Both read one JSON file, so the short data keys cannot drift apart.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatform) {
      if (platform.platform !== 'weapp') return
      const weapp = platform as TaroPlatformBase
      weapp.template.mergeComponents(ctx, attributes)
      weapp.runtimePath = [...[weapp.runtimePath].flat(), runtimeModule]
    },
  })
}
