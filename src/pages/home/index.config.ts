export default definePageConfig({
  navigationBarTitleText: '驿站 · 找零工',
})
