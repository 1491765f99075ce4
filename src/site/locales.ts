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

export function stripLocale(path: string): string {
  if (path === '/zh') return '/'
  if (path.startsWith('/zh?')) return `/${path.slice(3)}`
  return path.startsWith('/zh/') ? path.slice(3) : path
}
