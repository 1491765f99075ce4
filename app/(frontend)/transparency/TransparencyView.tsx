import type { Metadata } from 'next'

import { transparencyTexts } from './strings'
import styles from '../_forms/forms.module.css'
import { removalTexts } from '../removal-request/strings'
import type { Locale } from '@/site/locales'
import { availablePeriods, reportFor, requestedPeriod } from '@/site/transparency'

// The transparency report in either language: /transparency and /zh/transparency render this.

export const transparencyMetadata = (locale: Locale): Metadata => ({ title: transparencyTexts(locale).title })

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; locale: Locale }

export async function TransparencyView({ searchParams, locale }: Props) {
  const t = transparencyTexts(locale)
  const words = removalTexts(locale)
  const { period: key } = await searchParams
  const period = requestedPeriod(typeof key === 'string' ? key : undefined)
  const report = period ? await reportFor(period) : null
  const periods = availablePeriods()
  return (
    <article className={styles.panel}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get">
        <label>
          {t.period}{' '}
          <select name="period" defaultValue={period?.key}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {t.periodLabel(p)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">{t.show}</button>
      </form>
      {!report ? (
        <p role="alert">{t.badPeriod}</p>
      ) : (
        <>
          <h2>{t.periodLabel(report.period)}</h2>
          <p>
            {t.downloads} <a href={`/transparency/report.json?period=${report.period}`}>JSON</a> ·{' '}
            <a href={`/transparency/report.csv?period=${report.period}`}>CSV</a>
          </p>
          <p>
            {t.notices}: <strong data-figure="notices">{report.notices}</strong>
          </p>
          <Table caption={t.byBasis} rows={Object.entries(report.byBasis).map(([k, v]) => [words.bases[k] ?? k, v])} />
          <Table
            caption={t.byRelationship}
            rows={Object.entries(report.byRelationship).map(([k, v]) => [words.relationships[k] ?? k, v])}
          />
          <Table
            caption={t.completeness}
            rows={[
              [t.complete, report.complete],
              [t.incomplete, report.incomplete],
            ]}
          />
          <Table
            caption={t.outcomes}
            rows={Object.entries(report.outcomes).map(([k, v]) => [t.outcomeLabels[k] ?? k, v])}
          />
          <table>
            <caption>{t.times}</caption>
            <thead>
              <tr>
                {t.timeColumns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.times).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{t.timeLabels[k]}</th>
                  <td>{v.count}</td>
                  <td>{v.medianHours ?? t.none}</td>
                  <td>{v.p90Hours ?? t.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t.reinstatements}: <strong>{report.reinstatements}</strong>
          </p>
          <Table
            caption={t.firstActions}
            rows={Object.entries(report.firstActions).map(([k, v]) => [t.outcomeLabels[k] ?? k, v])}
          />
          <Table
            caption={t.byGround}
            rows={Object.entries(report.byGround).map(([k, v]) => [t.groundLabels[k] ?? k, v])}
          />
          <Table
            caption={t.automated}
            rows={[
              [t.hiddenOnConfirmation, report.automated.hiddenOnConfirmation],
              [t.closedWithoutAnswer, report.automated.closedWithoutAnswer],
              [t.automatedDecisions, report.automated.decisions],
            ]}
          />
          <p>{t.automatedNote}</p>
          <Table
            caption={t.counterNotices}
            rows={Object.entries(report.counterNotices).map(([k, v]) => [t.counterNoticeLabels[k] ?? k, v])}
          />
          <p>
            {t.unconfirmed}: <strong data-figure="unconfirmed">{report.unconfirmed}</strong>
          </p>
        </>
      )}
    </article>
  )
}

function Table({ caption, rows }: { caption: string; rows: [string, number][] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
