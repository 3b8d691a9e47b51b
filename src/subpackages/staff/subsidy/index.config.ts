export default definePageConfig({
  navigationBarTitleText: '补贴申请审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
