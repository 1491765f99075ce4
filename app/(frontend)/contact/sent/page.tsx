import type { Metadata } from 'next'

import styles from '../../_forms/forms.module.css'
import { REFERENCE_PATTERN } from '@/takedown/reference'

export const metadata: Metadata = { title: 'Message sent', robots: { index: false } }

type Props = { searchParams: Promise<{ ref?: string | string[] }> }

export default async function ContactSentPage({ searchParams }: Props) {
  const { ref } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : null
  return (
    <article className={styles.panel}>
      <h1>Thank you, your message is on its way</h1>
      {reference ? (
        <p>
          Your reference is <span className={styles.reference}>{reference}</span>.
        </p>
      ) : null}
      <p>We will reply by email.</p>
    </article>
  )
}
