import Link from 'next/link'

import styles from './Component.module.css'
import type { CallToActionBlock } from '@/payload-types'

export function CallToAction({ heading, text, linkLabel, linkUrl }: CallToActionBlock) {
  const external = /^https?:\/\//.test(linkUrl)
  return (
    <section className={styles.cta}>
      <h2 className={styles.heading}>{heading}</h2>
      {text ? <p className={styles.text}>{text}</p> : null}
      {external ? (
        <a className={styles.link} href={linkUrl} rel="noopener noreferrer">
          {linkLabel}
        </a>
      ) : (
        <Link className={styles.link} href={linkUrl}>
          {linkLabel}
        </Link>
      )}
    </section>
  )
}
