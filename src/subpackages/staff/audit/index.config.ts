export default definePageConfig({
  navigationBarTitleText: '审核记录',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
