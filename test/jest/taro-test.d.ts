// Under jest `@tarojs/taro` is test/jest/taro.ts: tests may import its `taroTest` handle from there.
import type { taroTest as handle } from './taro'

declare module '@tarojs/taro' {
  interface TaroStatic {
    taroTest: typeof handle
  }
}
