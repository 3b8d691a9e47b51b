/**
 * Call inside a `describe`: each of its tests runs the code as the mini-program would, reading
 * `process.env.TARO_ENV === 'weapp'` where it runs (what was read when modules loaded stays as it was;
 * for that, import ./as-weapp first instead). The browser's value comes back after each test.
 */
export function weappDuringEachTest(): void {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = env
  })
}
