import { AltchaWidget } from './AltchaWidget'
import styles from './forms.module.css'
import { formTexts } from './strings'
import type { Locale } from '@/site/locales'

export type AntiRobotProps = {
  challenge: string
  question: { text: string; token: string }
  error?: string
  locale?: Locale
}

/**
 * Proves a person sent the form. With JavaScript the ALTCHA widget solves a small puzzle on send;
 * without it, the <noscript> question takes its place (the server accepts either, with a
 * tighter rate limit for the question). The hidden "website" field is a honeypot for bots.
 */
export function AntiRobotCheck({ challenge, question, error, locale = 'en' }: AntiRobotProps) {
  const t = formTexts(locale)
  return (
    <fieldset className={styles.group} aria-describedby={error ? 'challenge-error' : undefined}>
      <legend>{t.robotLegend}</legend>
      <AltchaWidget challenge={challenge} strings={t.altcha} />
      <noscript>
        <input type="hidden" name="question" value={question.token} />
        <label className={styles.label} htmlFor="answer">
          {question.text}
        </label>
        <input
          className={styles.input}
          id="answer"
          name="answer"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          required
        />
      </noscript>
      {error ? (
        <p id="challenge-error" className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="website">{t.trap}</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
    </fieldset>
  )
}
