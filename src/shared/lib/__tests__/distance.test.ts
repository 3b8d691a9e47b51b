import { formatDistance } from '../distance'

describe('formatDistance', () => {
  it.each([
    [null, null],
    [undefined, null],
    [-5, null],
    [0, '不到 100 米'],
    [99, '不到 100 米'],
    [149, '约 100 米'],
    [850, '约 900 米'],
    [960, '约 1 公里'],
    [1234, '约 1.2 公里'],
    [9960, '约 10 公里'],
    [15_400, '约 15 公里'],
  ])('%s m reads %s', (meters, text) => {
    expect(formatDistance(meters)).toBe(text)
  })
})
