import { entryPages, subpackages, tabPages } from './shared/config/routes'

const tab = (pagePath: string, text: string, icon: string) => ({
  pagePath,
  text,
  iconPath: `assets/tabbar/${icon}.png`,
  selectedIconPath: `assets/tabbar/${icon}-active.png`,
})

export default defineAppConfig({
  // The first page is the one a plain launch opens.
  pages: [tabPages.home, tabPages.policy, tabPages.live, tabPages.training, tabPages.me, entryPages.station],
  subPackages: Object.values(subpackages).map(({ root, pages }) => ({ root, pages: Object.values(pages) })),
  window: {
    navigationBarTitleText: '驿站',
    navigationBarBackgroundColor: '#0a6e5c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#5f6368',
    selectedColor: '#0a6e5c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      tab(tabPages.home, '首页', 'home'),
      tab(tabPages.policy, '政策', 'policy'),
      tab(tabPages.live, '直播', 'live'),
      tab(tabPages.training, '培训', 'training'),
      tab(tabPages.me, '我的', 'me'),
    ],
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的零工驿站和附近的工作' },
  },
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
