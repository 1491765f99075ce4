export const MESSAGE_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '简体中文 (Simplified Chinese)' },
] as const
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number]['value']

export const asLanguage = (value: unknown): MessageLanguage => (value === 'zh' ? 'zh' : 'en')
