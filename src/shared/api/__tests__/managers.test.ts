type Query = typeof import('@tanstack/react-query')
type Managers = typeof import('../managers')
type TaroDouble = typeof import('@tarojs/taro')['taroTest']

/** Loads the managers as the mini-program build sees them (TARO_ENV is read when modules load). */
function loadAs(env: 'weapp' | 'h5'): { query: Query; managers: Managers; taroTest: TaroDouble } {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  try {
    let loaded!: { query: Query; managers: Managers; taroTest: TaroDouble }
    jest.isolateModules(() => {
      loaded = {
        query: require('@tanstack/react-query') as Query,
        managers: require('../managers') as Managers,
        // The isolated registry has its own Taro double.
        taroTest: (require('@tarojs/taro') as { taroTest: TaroDouble }).taroTest,
      }
    })
    return loaded
  } finally {
    process.env.TARO_ENV = previous
  }
}

describe('focus and online managers', () => {
  it('in the mini-program, follow app show/hide and the network status', async () => {
    const { query, managers, taroTest } = loadAs('weapp')
    managers.installQueryManagers()
    await Promise.resolve()
    expect(query.focusManager.isFocused()).toBe(true)
    expect(query.onlineManager.isOnline()).toBe(true)

    taroTest.hide()
    expect(query.focusManager.isFocused()).toBe(false)
    taroTest.show()
    expect(query.focusManager.isFocused()).toBe(true)

    taroTest.setNetwork(false)
    expect(query.onlineManager.isOnline()).toBe(false)
    taroTest.setNetwork(true)
    expect(query.onlineManager.isOnline()).toBe(true)
  })

  it('in the browser, leave TanStack Query listening to the browser itself', () => {
    const { query, managers, taroTest } = loadAs('h5')
    managers.installQueryManagers()
    taroTest.hide()
    taroTest.setNetwork(false)
    expect(query.focusManager.isFocused()).toBe(true)
    expect(query.onlineManager.isOnline()).toBe(true)
  })
})
