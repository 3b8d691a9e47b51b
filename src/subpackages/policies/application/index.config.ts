export default definePageConfig({
  navigationBarTitleText: '补贴申请进度',
  // Pull down to see a change meanwhile.
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
