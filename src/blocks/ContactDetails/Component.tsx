import styles from './Component.module.css'
import type { ContactDetailsBlock } from '@/payload-types'

export function ContactDetails({ heading, email, phone, address, note }: ContactDetailsBlock) {
  const hasDetails = Boolean(email || phone || address)
  return (
    <section className={styles.contact}>
      {heading ? <h2 className={styles.heading}>{heading}</h2> : null}
      {hasDetails ? (
        <dl className={styles.list}>
          {email ? (
            <>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${email}`}>{email}</a>
              </dd>
            </>
          ) : null}
          {phone ? (
            <>
              <dt>Phone</dt>
              <dd>{phone}</dd>
            </>
          ) : null}
          {address ? (
            <>
              <dt>Address</dt>
              <dd className={styles.address}>{address}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {note ? <p className={styles.note}>{note}</p> : null}
    </section>
  )
}
