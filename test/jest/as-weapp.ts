/**
 * Import this first in a test file to run the code under test as the mini-program build sees it:
 * `process.env.TARO_ENV` is read where modules load (platform constants) and where they run.
 */
process.env.TARO_ENV = 'weapp'
process.env.TARO_PLATFORM = 'mini'
