// babel-plugin-import's customName for NutUI under jest, as in babel.config.js: one component's
// ES module each (a file path, because jest hands babel options to its workers as JSON).
module.exports = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`
