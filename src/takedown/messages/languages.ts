export const MESSAGE_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '简体中文 (Simplified Chinese)' },
] as const
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number]['value']
/** The languages named in Chinese, for the admin in Chinese. */
export const MESSAGE_LANGUAGES_ZH: Record<MessageLanguage, string> = { en: '英文', zh: '简体中文' }

export const asLanguage = (value: unknown): MessageLanguage => (value === 'zh' ? 'zh' : 'en')
