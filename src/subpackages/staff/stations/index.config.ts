export default definePageConfig({
  navigationBarTitleText: '驿站与海报',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
