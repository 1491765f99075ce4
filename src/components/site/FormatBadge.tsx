import styles from './FormatBadge.module.css'
import type { EditionFormat } from '@/model/vocabulary'
import { dictionary } from '@/site/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'

/** The format spelled out in words, with colour only as a second cue. */
export function FormatBadge({ format, locale = DEFAULT_LOCALE }: { format: EditionFormat; locale?: Locale }) {
  return <span className={`${styles.badge} ${styles[format]}`}>{dictionary(locale).format_(format)}</span>
}
