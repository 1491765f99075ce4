import { routes } from '@/site/routes'

import styles from './SearchForm.module.css'

/** A plain GET form: works without JavaScript; "type and press Enter". */
export function SearchForm({ defaultValue = '', compact = false }: { defaultValue?: string; compact?: boolean }) {
  const id = compact ? 'site-search' : 'page-search'
  return (
    <form role="search" action={routes.search()} method="get" className={compact ? `${styles.form} ${styles.compact}` : styles.form}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : styles.label}>
        Search the archive
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder="Type and press Enter"
          className={styles.input}
          autoComplete="off"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </form>
  )
}
