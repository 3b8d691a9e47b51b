export default definePageConfig({
  navigationBarTitleText: '我发布的岗位',
  enablePullDownRefresh: true,
})
