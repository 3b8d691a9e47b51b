export default definePageConfig({
  navigationBarTitleText: '我的举报',
  // Pull down to see an answer that came meanwhile.
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
