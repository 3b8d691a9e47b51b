export default definePageConfig({
  navigationBarTitleText: '政策',
  // Pull down to refresh the list (the policy list listens for it).
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
