// babel-preset-taro: https://docs.taro.zone/docs/babel-config
//
// The mini-program keeps Taro's default targets (ES5, iOS 9 / Android 5): DevTools' own ES6 transform
// is off in project.config.json and old WeChat engines remain in use. The H5 app targets browsers with
// ES2017 (async/await, classes), as in every WebView of the last years; that drops regenerator and
// class helpers from the first load. ES2018+ syntax (object spread, `?.`, `#private`) is still compiled.
const h5Targets = { chrome: '61', ios: '11', safari: '11', firefox: '60' }

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'h5' ? { targets: h5Targets } : {}) }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/es/packages',
        // NutUI React Taro 3.0.20 ships dist/es/packages/<lowercase name>/ (its docs say dist/esm).
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        style: 'css',
        camel2DashComponentName: false,
      },
      'nutui-react-taro',
    ],
  ],
}
