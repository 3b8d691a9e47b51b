/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.svg' {
  const src: string
  export default src
}
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Replaced at build time by Taro: the platform being built. */
    TARO_ENV?: 'weapp' | 'h5'
    /** Base URL of the API (no trailing slash); empty means the H5 app's own origin. */
    TARO_APP_API_BASE?: string
    /** WeChat appid written into dist/weapp/project.config.json; `touristappid` when unset. */
    TARO_APP_ID?: string
  }
}
