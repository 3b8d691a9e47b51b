export default definePageConfig({
  navigationBarTitleText: '驿站 · 找零工',
  // Pull down to refresh the feed (the job list listens for it).
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
