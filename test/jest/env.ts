/** Runs before each test file's modules load: the platform our code sees under jest. */
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
