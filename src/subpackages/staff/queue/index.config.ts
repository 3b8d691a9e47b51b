export default definePageConfig({
  navigationBarTitleText: '驿站工作台',
  // Pull down for what came in meanwhile: new posts to review, reports, the counts.
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
