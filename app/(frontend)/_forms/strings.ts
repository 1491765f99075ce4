import type { Locale } from '@/site/locales'

// The words every public form shares, per language (each form's own words sit beside it in strings.ts).
const en = {
  required: ' (required)',
  robotLegend: 'Check that you are not a robot',
  trap: 'Leave this field empty',
  /** The ALTCHA widget's own words (its `strings` attribute); null keeps its English. */
  altcha: null as Record<string, string> | null,
}
const zh: typeof en = {
  required: '（必填）',
  robotLegend: '请证明您不是机器人',
  trap: '此栏请留空',
  altcha: {
    label: '我不是机器人',
    verifying: '正在验证…',
    verified: '已验证',
    error: '验证失败，请稍后再试。',
    expired: '验证已过期，请重试。',
    verificationRequired: '请先完成验证。',
    waitAlert: '正在验证，请稍候。',
  },
}

export const formTexts = (locale: Locale) => (locale === 'zh' ? zh : en)
