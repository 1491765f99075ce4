// The languages of the record. English is the default and the fallback; Chinese pages live under /zh.

export const CONTENT_LOCALES = [
  { code: 'en', label: 'English', htmlLang: 'en', ogLocale: 'en_GB', prefix: '' },
  { code: 'zh', label: '简体中文', htmlLang: 'zh-Hans', ogLocale: 'zh_CN', prefix: '/zh' },
] as const

export type Locale = (typeof CONTENT_LOCALES)[number]['code']

export const DEFAULT_LOCALE: Locale = 'en'

export function localeInfo(locale: Locale) {
  return CONTENT_LOCALES.find((l) => l.code === locale)!
}

/** The same page in another language: '/editions/2019' → '/zh/editions/2019' and back. */
export function localizePath(path: string, locale: Locale): string {
  const bare = stripLocale(path)
  const prefix = localeInfo(locale).prefix
  return prefix ? (bare === '/' ? prefix : `${prefix}${bare}`) : bare
}

/**
 * Pages that exist in English only: the forms and the report, whose legal wording is kept in one
 * language. Their counterpart in another language is that language's home page.
 */
const ENGLISH_ONLY = ['/contact', '/removal-request', '/counter-notice', '/transparency']

/**
 * The Chinese not-found page's own address, as its header sees it when the server sends it in
 * place of a missing page (src/server/notFoundRepair.ts): its counterpart is the other home page.
 */
const NOT_FOUND_PAGES = ['/not-found-page']

/** Where "this page in `locale`" leads: the same page, or the home page when it has no twin. */
export function counterpartPath(path: string, locale: Locale): string {
  const bare = stripLocale(path)
  if (NOT_FOUND_PAGES.includes(bare)) return localizePath('/', locale)
  const englishOnly = ENGLISH_ONLY.some(
    (prefix) => bare === prefix || bare.startsWith(`${prefix}/`) || bare.startsWith(`${prefix}?`),
  )
  return localizePath(englishOnly && locale !== DEFAULT_LOCALE ? '/' : bare, locale)
}

export function stripLocale(path: string): string {
  if (path === '/zh') return '/'
  if (path.startsWith('/zh?')) return `/${path.slice(3)}`
  return path.startsWith('/zh/') ? path.slice(3) : path
}

/** The language of an address: Chinese under /zh, as stripLocale reads it. */
export function localeOfPath(path: string): Locale {
  return stripLocale(path) === path ? DEFAULT_LOCALE : 'zh'
}
