/**
 * Text normaliser for screening: posts that dodge a keyword with full-width letters, spaces or
 * separators between characters, numbers written in Chinese, or traditional characters read the
 * same as plain ones after this.
 */

/** Traditional forms of the characters the rules look for (only those; a full table is not needed). */
const TRADITIONAL_FORMS = '費證體檢訓練紹報貸轉單墊讚點購買裝設備擔銷無須僅優擾戶漢懷歲號聯繫係塊錢員後從資時結為給與們個異離計劃規婦險風偽騙這貳參陸萬兩絕額擬機車電動讓認試雜營廠僱傭務區長縣鄉貨產滿還發領辦補貼禮請詳談薦紀齡'
const SIMPLIFIED_FORMS = '费证体检训练绍报贷转单垫赞点购买装设备担销无须仅优扰户汉怀岁号联系系块钱员后从资时结为给与们个异离计划规妇险风伪骗这贰叁陆万两绝额拟机车电动让认试杂营厂雇佣务区长县乡货产满还发领办补贴礼请详谈荐纪龄'
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [...TRADITIONAL_FORMS].map((c, i) => [c, SIMPLIFIED_FORMS[i] ?? c]),
)

/** Look-alikes people use to slip past a filter. */
const LOOK_ALIKES: Record<string, string> = { '➕': '+', '＋': '+', '〇': '零', '○': '零' }

const DIGITS: Record<string, number> = {
  零: 0, '〇': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 }

const NUMERAL_CHARS = '零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万'
/**
 * A run of numerals (Chinese, or Arabic digits with a Chinese multiplier) before a unit of money,
 * time, age or count. Only there: 一起, 万一, 十分 stay words.
 */
const NUMBER_BEFORE_UNIT = new RegExp(
  `((?:\\d+(?:\\.\\d+)?)?[${NUMERAL_CHARS}]+)(?=元|块|圆|毛|角|岁|周岁|年|个月|月|天|日|小时|个小时|点|人|名|次|单|万|%)`,
  'g',
)

/**
 * The value of a numeral run: 二百 → 200, 两百五 → 250 (spoken short form), 一千二 → 1200,
 * 二〇〇 → 200 (digit by digit), 3千 → 3000, 1.5万 → 15000. NaN when it is not a number.
 */
export function parseChineseNumber(text: string): number {
  const arabic = /^(\d+(?:\.\d+)?)(.*)$/.exec(text)
  let total = 0
  let section = 0
  let digit: number | null = arabic ? Number(arabic[1]) : null
  let lastUnit = 0
  const rest = arabic ? (arabic[2] ?? '') : text
  const chars = [...rest]
  if (chars.length > 0 && chars.every((c) => c in DIGITS) && digit === null) {
    return Number(chars.map((c) => DIGITS[c]).join(''))
  }
  for (const c of chars) {
    const d = DIGITS[c]
    const unit = UNITS[c]
    if (d !== undefined) {
      digit = d
    } else if (unit === 10000) {
      total = (total + section + (digit ?? 0)) * 10000
      section = 0
      digit = null
      lastUnit = 10000
    } else if (unit !== undefined) {
      section += (digit ?? 1) * unit
      digit = null
      lastUnit = unit
    } else {
      return Number.NaN
    }
  }
  // 两百五 is 250 and 一千二 is 1200: a trailing digit counts one place below the last multiplier.
  const tail = digit === null ? 0 : lastUnit >= 100 && !/零.$/.test(rest) ? digit * (lastUnit / 10) : digit
  return total + section + tail
}

function numeralsToDigits(text: string): string {
  return text.replace(NUMBER_BEFORE_UNIT, (run) => {
    const value = parseChineseNumber(run)
    return Number.isFinite(value) ? String(value) : run
  })
}

function toHalfWidth(text: string): string {
  let out = ''
  for (const c of text) {
    const code = c.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += c
  }
  return out
}

const CJK = '\\u3400-\\u9fff'
/** Separators slipped between two characters: 押-金, 押*金, 押·金. Not . or , (they end clauses). */
const SEPARATORS_BETWEEN = new RegExp(`([${CJK}])[-_*·•~|/\\\\#^=\`'"…—]+(?=[${CJK}])`, 'g')

/**
 * Normalise a post's text for the screening rules: full-width to half-width, traditional key
 * characters to simplified, lower case, Chinese punctuation to ASCII (. , ; ! ? : stay as clause
 * ends), all white space and zero-width characters removed, separators between Chinese characters
 * removed, and numbers before a unit turned into digits (二百元 → 200元).
 */
export function normaliseText(text: string): string {
  let s = toHalfWidth(text)
  // NFKC folds the rest (Kangxi radicals such as ⾦, circled digits); some engines lack it.
  if (typeof s.normalize === 'function') s = s.normalize('NFKC')
  s = [...s].map((c) => TRADITIONAL[c] ?? LOOK_ALIKES[c] ?? c).join('')
  s = s.toLowerCase()
  s = s
    .replace(/[。｡]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[；]/g, ';')
    .replace(/[！]/g, '!')
    .replace(/[？]/g, '?')
    .replace(/[：]/g, ':')
    .replace(/[“”‘’「」『』【】《》]/g, '')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
  s = s.replace(SEPARATORS_BETWEEN, '$1')
  return numeralsToDigits(s)
}
