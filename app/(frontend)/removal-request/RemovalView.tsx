import type { Metadata } from 'next'

import { ConfirmNotice } from './confirm/ConfirmNotice'
import { RemovalForm } from './RemovalForm'
import { removalTexts } from './strings'
import styles from '../_forms/forms.module.css'
import type { Locale } from '@/site/locales'
import { getTakedownTerms } from '@/site/takedownTerms'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'
import { REFERENCE_PATTERN } from '@/takedown/reference'

// The removal notice pages in either language: /removal-request and /zh/removal-request render these.

type Query = Promise<Record<string, string | string[] | undefined>>

export const removalMetadata = (locale: Locale): Metadata => {
  const t = removalTexts(locale)
  return { title: t.title, description: t.description, robots: { index: false } }
}

export async function RemovalView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { url } = await searchParams
  const t = removalTexts(locale)
  // Each visit gets its own anti-robot challenge.
  const [challenge, terms] = [JSON.stringify(await newChallenge()), await getTakedownTerms()]
  return (
    <article>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>{t.process(terms)}</p>
      <RemovalForm
        challenge={challenge}
        question={noScriptQuestion(locale)}
        initialUrl={typeof url === 'string' ? url.slice(0, 2000) : ''}
        locale={locale}
      />
      <p className={styles.hint}>{t.privacy(terms.retentionMonths)}</p>
    </article>
  )
}

export const removalSentMetadata = (locale: Locale): Metadata => ({
  title: removalTexts(locale).sentPageTitle,
  robots: { index: false },
})

export async function RemovalSentView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { ref } = await searchParams
  const t = removalTexts(locale)
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : null
  return (
    <article className={styles.panel}>
      <h1>{t.sentTitle}</h1>
      {reference ? (
        <p>
          {t.yourReference[0]}
          <span className={styles.reference}>{reference}</span>
          {t.yourReference[1]}
        </p>
      ) : null}
      <p>
        {t.sentBody} <strong>{t.sentNothing}</strong> {t.sentSpam}
      </p>
    </article>
  )
}

export const confirmMetadata = (locale: Locale): Metadata => ({
  title: removalTexts(locale).confirmTitle,
  robots: { index: false },
})

/**
 * The emailed link opens this page; confirming takes a button press, so mail scanners that
 * open links on their own cannot confirm a notice for someone.
 */
export async function ConfirmView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { token } = await searchParams
  return (
    <article>
      <h1>{removalTexts(locale).confirmTitle}</h1>
      <ConfirmNotice token={typeof token === 'string' ? token.slice(0, 100) : ''} locale={locale} />
    </article>
  )
}
