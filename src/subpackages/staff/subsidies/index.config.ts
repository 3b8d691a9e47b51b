export default definePageConfig({
  navigationBarTitleText: '补贴审核',
  // Pull down for applications that came in meanwhile.
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
