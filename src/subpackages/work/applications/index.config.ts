export default definePageConfig({
  navigationBarTitleText: '我的报名',
  // Pull down to see a status that changed meanwhile (hired, rejected).
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
