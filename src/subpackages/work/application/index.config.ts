export default definePageConfig({
  navigationBarTitleText: '报名详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
