export default definePageConfig({
  navigationBarTitleText: '我的补贴申请',
  // Pull down to see a change meanwhile (受理, 通过, 已发放).
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
