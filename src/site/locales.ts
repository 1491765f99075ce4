// The languages of the record. English is the default and the fallback; Chinese pages live under /zh.

/** Where the Chinese pages live; the one place the prefix is written. */
export const ZH_PREFIX = '/zh'

export const CONTENT_LOCALES = [
  { code: 'en', label: 'English', htmlLang: 'en', ogLocale: 'en_GB', prefix: '' },
  { code: 'zh', label: '简体中文', htmlLang: 'zh-Hans', ogLocale: 'zh_CN', prefix: ZH_PREFIX },
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
 * The Chinese not-found page's own address, as its header sees it when the server sends it in
 * place of a missing page (src/server/notFoundRepair.ts): its counterpart is the other home page.
 */
const NOT_FOUND_PAGES = ['/not-found-page']

/** Where "this page in `locale`" leads: the same page (every page has a twin), or the other home page from not-found. */
export function counterpartPath(path: string, locale: Locale): string {
  const bare = stripLocale(path)
  if (NOT_FOUND_PAGES.includes(bare)) return localizePath('/', locale)
  return localizePath(bare, locale)
}

/** The address without its language prefix: '/zh/editions/2019' → '/editions/2019', '/zh?q=x' → '/?q=x'. */
export function stripLocale(path: string): string {
  for (const { prefix } of CONTENT_LOCALES) {
    if (!prefix) continue
    if (path === prefix) return '/'
    if (path.startsWith(`${prefix}?`)) return `/${path.slice(prefix.length)}`
    if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length)
  }
  return path
}

/** The language of an address: Chinese under /zh, as stripLocale reads it. */
export function localeOfPath(path: string): Locale {
  return stripLocale(path) === path ? DEFAULT_LOCALE : 'zh'
}
