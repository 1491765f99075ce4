import styles from './SearchForm.module.css'
import { dictionary, routesFor } from '@/site/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'

/** A plain GET form: works without JavaScript; "type and press Enter". Searches the index of its language. */
export function SearchForm({
  defaultValue = '',
  compact = false,
  locale = DEFAULT_LOCALE,
}: {
  defaultValue?: string
  compact?: boolean
  locale?: Locale
}) {
  const id = compact ? 'site-search' : 'page-search'
  const t = dictionary(locale)
  return (
    <form
      role="search"
      action={routesFor(locale).search()}
      method="get"
      className={compact ? `${styles.form} ${styles.compact}` : styles.form}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : styles.label}>
        {t.searchLabel}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder={t.searchPlaceholder}
          className={styles.input}
          autoComplete="off"
        />
        <button type="submit" className={styles.button}>
          {t.search}
        </button>
      </div>
    </form>
  )
}
