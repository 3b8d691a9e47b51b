import '@testing-library/jest-dom'
import { cleanup } from '@testing-library/react'
import { taroTest } from './taro'

beforeEach(() => {
  taroTest.reset()
})

afterEach(() => {
  cleanup()
})
