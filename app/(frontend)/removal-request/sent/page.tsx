import type { Metadata } from 'next'

import styles from '../../_forms/forms.module.css'
import { REFERENCE_PATTERN } from '@/takedown/reference'

export const metadata: Metadata = { title: 'Removal notice received', robots: { index: false } }

type Props = { searchParams: Promise<{ ref?: string | string[] }> }

export default async function RemovalSentPage({ searchParams }: Props) {
  const { ref } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : null
  return (
    <article className={styles.panel}>
      <h1>Please confirm your email address</h1>
      {reference ? (
        <p>
          Your reference is <span className={styles.reference}>{reference}</span>. Keep it for any question about this
          notice.
        </p>
      ) : null}
      <p>
        We have sent you an email with a confirmation link.{' '}
        <strong>Nothing happens to the content until you open that link.</strong> If no email arrives within a few
        minutes, look in your spam folder, or send the notice again.
      </p>
    </article>
  )
}
