export default definePageConfig({
  navigationBarTitleText: '登记用人单位',
})
