import { dictionary } from '@/site/i18n'
import type { Locale } from '@/site/locales'

/** Says so when a page in Chinese shows English text because a translation is missing. */
export function UntranslatedNotice({ locale, fields }: { locale: Locale; fields: string[] }) {
  if (!fields.length) return null
  return (
    <p className="untranslated-notice" role="note" data-untranslated={fields.join(' ')}>
      {dictionary(locale).untranslated}
    </p>
  )
}
