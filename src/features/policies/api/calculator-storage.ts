import Taro from '@tarojs/taro'
import { parseStoredCalculator, type CalculatorState } from '../model/calculator'

const KEY = 'yizhan.policies.calculator'

/** The calculator's answers as last left on this phone (no account needed), or a fresh start. */
export function loadCalculator(): CalculatorState {
  try {
    return parseStoredCalculator(Taro.getStorageSync(KEY) as unknown)
  } catch {
    return parseStoredCalculator(null)
  }
}

export function saveCalculator(state: CalculatorState): void {
  try {
    if (state.asked.length === 0) Taro.removeStorageSync(KEY)
    else Taro.setStorageSync(KEY, { answers: state.answers, asked: state.asked })
  } catch {
    // Storage full or unavailable: the answers on screen still work, only the copy on the phone is missing.
  }
}
