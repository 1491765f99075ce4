import type { Metadata } from 'next'

import { CounterNoticeForm } from './CounterNoticeForm'
import { counterNoticeTexts } from './strings'
import styles from '../_forms/forms.module.css'
import type { Locale } from '@/site/locales'
import { getTakedownTerms } from '@/site/takedownTerms'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'

// The counter-notice pages in either language: /counter-notice and /zh/counter-notice render these.

export const counterNoticeMetadata = (locale: Locale): Metadata => ({
  title: counterNoticeTexts(locale).title,
  robots: { index: false },
})

type Query = Promise<Record<string, string | string[] | undefined>>

export async function CounterNoticeView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const { ref } = await searchParams
  const t = counterNoticeTexts(locale)
  const terms = await getTakedownTerms()
  return (
    <article>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro(terms.counterNoticeDays)}</p>
      <CounterNoticeForm
        challenge={JSON.stringify(await newChallenge())}
        question={noScriptQuestion(locale)}
        reference={typeof ref === 'string' ? ref.slice(0, 40) : ''}
        locale={locale}
      />
      <p className={styles.hint}>{t.privacy(terms.retentionMonths)}</p>
    </article>
  )
}

export const counterNoticeSentMetadata = (locale: Locale): Metadata => ({
  title: counterNoticeTexts(locale).sentTitle,
  robots: { index: false },
})

export async function CounterNoticeSentView({ searchParams, locale }: { searchParams: Query; locale: Locale }) {
  const t = counterNoticeTexts(locale)
  const { restore } = await searchParams
  // Only a date is shown from the address; a wrong one shows nothing rather than a false date.
  const when = typeof restore === 'string' && !Number.isNaN(Date.parse(restore)) ? new Date(restore) : null
  const { timeZone } = await getTakedownTerms()
  return (
    <article className={styles.panel}>
      <h1>{t.sentTitle}</h1>
      <p>{t.sentBody}</p>
      {when ? (
        <p data-restore-at={when.toISOString()}>
          {t.restoreOn(when.toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeZone }))}
        </p>
      ) : null}
    </article>
  )
}
