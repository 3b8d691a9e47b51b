export default definePageConfig({
  navigationBarTitleText: '政策管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
