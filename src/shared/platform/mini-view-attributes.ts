/**
 * WeChat's screen-reader attributes on `view`
 * (https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html), which Taro 4.2's
 * weapp component list lacks. Both halves must learn the same list: the build writes the attributes
 * into the `view` templates of base.wxml, and the runtime turns prop names into the same short data
 * keys (`p0`, `p1`, ...) the templates read — the keys are the sorted attribute list, so a list known
 * to one half only shifts them (hover-class stops working). The build plugin
 * (config/mini-view-attributes.ts) does the first from the JSON and loads this module right after
 * Taro's weapp runtime for the second, before any page renders.
 */
import { mergeInternalComponents } from '@tarojs/shared'
import attributes from './mini-view-attributes.json'

mergeInternalComponents(attributes)
