export default definePageConfig({
  navigationBarTitleText: '单位信息与认证',
})
