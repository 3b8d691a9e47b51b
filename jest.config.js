/**
 * Unit and component tests (`npm run test:unit`). Taro components run as their plain-React H5
 * implementations and `@tarojs/taro` is a test double (test/jest/taro.ts), so pages render in jsdom.
 */
const path = require('node:path')

/** Packages that ship untranspiled ES modules and must go through babel-jest. */
const esmPackages = [
  '@tarojs',
  '@nutui',
  '@tanstack',
  '@swc/helpers',
  '@react-spring',
  '@use-gesture',
  'zod',
  'dayjs',
  'classnames',
  'tslib',
  'lodash-es',
]

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/test/jest'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  setupFiles: ['<rootDir>/test/jest/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/jest/setup.ts'],
  // Our own babel options rather than babel.config.js: babel-preset-taro targets the Taro build
  // (webpack, platform defines); jest needs CommonJS for node and the same TSX.
  transform: {
    '^.+\\.[cm]?[jt]sx?$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [
          ['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }],
          ['@babel/preset-react', { runtime: 'automatic' }],
          ['@babel/preset-typescript', { allowDeclareFields: true }],
        ],
        // NutUI one component at a time, as the build imports it: its full bundle drags in lottie.
        plugins: [
          [
            'import',
            {
              libraryName: '@nutui/nutui-react-taro',
              customName: path.join(__dirname, 'test', 'jest', 'nutui-name.js'),
              style: false,
              camel2DashComponentName: false,
            },
            'nutui-react-taro',
          ],
        ],
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.map((p) => p.replace('/', '\\/')).join('|')})/)`],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/jest/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/jest/taro-components.tsx',
    '^@nutui/nutui-react-taro$': '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
    '^lottie-web$': '<rootDir>/test/jest/lottie-stub.ts',
    '\\.(css|scss|sass|less)$': '<rootDir>/test/jest/style-mock.ts',
    '\\.scss\\.js$': '<rootDir>/test/jest/style-mock.ts',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/jest/file-mock.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  // Taro's compile-time flags (normally webpack defines); the H5 components read some of them.
  globals: {
    ENABLE_INNER_HTML: false,
    ENABLE_ADJACENT_HTML: false,
    ENABLE_SIZE_APIS: false,
    ENABLE_TEMPLATE_CONTENT: false,
    ENABLE_CLONE_NODE: false,
    ENABLE_CONTAINS: false,
    ENABLE_MUTATION_OBSERVER: false,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  cacheDirectory: path.join(__dirname, 'node_modules', '.cache', 'jest'),
}
