import type { Locale } from '@/site/locales'

// The words every public form shares, per language (each form's own words sit beside it in strings.ts).
const en = {
  required: ' (required)',
  robotLegend: 'Check that you are not a robot',
  trap: 'Leave this field empty',
}
const zh: typeof en = {
  required: '（必填）',
  robotLegend: '请证明您不是机器人',
  trap: '此栏请留空',
}

export const formTexts = (locale: Locale) => (locale === 'zh' ? zh : en)
