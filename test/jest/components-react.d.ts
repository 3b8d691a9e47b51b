// Taro's H5 React components, imported one by one in taro-components.tsx: typed as the public ones.
declare module '@tarojs/components-react/dist/components/button/index.js' {
  export { Button as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/icon/index.js' {
  export { Icon as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/image/index.js' {
  export { Image as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/input/index.js' {
  export { Input as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/scroll-view/index.js' {
  export { ScrollView as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/text/index.js' {
  export { Text as default } from '@tarojs/components'
}
declare module '@tarojs/components-react/dist/components/view/index.js' {
  export { View as default } from '@tarojs/components'
}
