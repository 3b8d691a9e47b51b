export default definePageConfig({
  navigationBarTitleText: '政策管理',
})
