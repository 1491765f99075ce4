import { EDITION_FORMATS, labelOf, type EditionFormat } from '@/model/vocabulary'

import styles from './FormatBadge.module.css'

/** The format spelled out in words, with colour only as a second cue. */
export function FormatBadge({ format }: { format: EditionFormat }) {
  return <span className={`${styles.badge} ${styles[format]}`}>{labelOf(EDITION_FORMATS, format)}</span>
}
