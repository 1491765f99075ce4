import type { Metadata } from 'next'
import Link from 'next/link'

import { ContactForm } from './ContactForm'
import { contactTexts } from './strings'
import styles from '../_forms/forms.module.css'
import { NoticesContact } from '@/components/site/NoticesContact'
import { localizePath, type Locale } from '@/site/locales'
import { getTakedownTerms } from '@/site/takedownTerms'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'
import { REFERENCE_PATTERN } from '@/takedown/reference'

// The contact pages in either language: /contact and /zh/contact render these.

export const contactMetadata = (locale: Locale): Metadata => {
  const t = contactTexts(locale)
  return { title: t.title, description: t.description }
}

type Query = Promise<Record<string, string | string[] | undefined>>

export async function ContactView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { page } = await searchParams
  const t = contactTexts(locale)
  const terms = await getTakedownTerms()
  return (
    <article>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        {t.removalBefore}
        <Link href={localizePath('/removal-request', locale)}>{t.removalLink}</Link>
        {t.removalAfter}
      </p>
      <ContactForm
        challenge={JSON.stringify(await newChallenge())}
        question={noScriptQuestion(locale)}
        initialPage={typeof page === 'string' ? page.slice(0, 2000) : ''}
        locale={locale}
      />
      <p className={styles.hint}>{t.privacy(terms.retentionMonths)}</p>
      <NoticesContact contact={terms.noticesContact} locale={locale} />
    </article>
  )
}

export const contactSentMetadata = (locale: Locale): Metadata => ({
  title: contactTexts(locale).sentPageTitle,
  robots: { index: false },
})

export async function ContactSentView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { ref } = await searchParams
  const t = contactTexts(locale)
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : null
  return (
    <article className={styles.panel}>
      <h1>{t.sentTitle}</h1>
      {reference ? (
        <p>
          {t.yourReference}
          <span className={styles.reference}>{reference}</span>
        </p>
      ) : null}
      <p>{t.sentBody}</p>
    </article>
  )
}
