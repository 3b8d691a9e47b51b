import { z } from 'zod/mini'

/**
 * Mini-programs forbid `eval` and `new Function` (https://github.com/NervJS/taro/issues/8394), which
 * zod 4 uses to compile fast object parsers. Each object schema decides when it is created, so this
 * module must run before any schema exists: app.tsx imports it first.
 */
z.config({ jitless: true })

export { z }
