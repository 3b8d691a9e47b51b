import { forbidden } from '../http/errors'

/** District staff deciding on something of another district. */
export const outOfScope = () => forbidden('这不在你负责的区域内，请交给所在区的驿站处理')
