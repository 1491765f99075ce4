'use client'

import { useActionState } from 'react'

import { submitRemovalNotice } from './actions'
import { removalTexts } from './strings'
import { AntiRobotCheck, type AntiRobotProps } from '../_forms/AntiRobotCheck'
import { Field, FormAlert, valueOf } from '../_forms/Field'
import styles from '../_forms/forms.module.css'
import type { Locale } from '@/site/locales'
import { EMPTY_FORM } from '@/takedown/formInput'
import { NOTICE_BASES, NOTICE_ELEMENTS, NOTIFIER_RELATIONSHIPS, REQUESTED_ACTIONS } from '@/takedown/vocabulary'

type Props = Omit<AntiRobotProps, 'error'> & { initialUrl: string; locale: Locale }

/** The removal notice; posts to a server action, so it works the same without JavaScript. */
export function RemovalForm({ challenge, question, initialUrl, locale }: Props) {
  const t = removalTexts(locale)
  const [state, action, pending] = useActionState(submitRemovalNotice, { ...EMPTY_FORM, values: { urls: initialUrl } })
  const { errors, values } = state
  const v = (name: string) => valueOf(values, name)
  const checked = (name: string, value: string) => ([] as string[]).concat(values[name] ?? []).includes(value)
  const chosenFiles = ([] as string[]).concat(values.evidenceFiles ?? [])

  // React 19 resets a form after its action and restores only what the DOM holds as defaults, which a
  // <select defaultValue> is not; a new key per answer remounts the form with every given answer as
  // its default, so nothing is lost (file inputs excepted: the form names those files instead).
  return (
    <form key={state.attempt ?? 0} action={action} className={styles.form} noValidate>
      <FormAlert message={state.formError} />
      <input type="hidden" name="language" value={locale} />

      <fieldset className={styles.group}>
        <legend>{t.aboutYou}</legend>
        <Field locale={locale} name="name" label={t.name} required error={errors.name}>
          {(p) => <input {...p} autoComplete="name" maxLength={200} defaultValue={v('name')} />}
        </Field>
        <Field locale={locale} name="email" label={t.email} required error={errors.email} hint={t.emailHint}>
          {(p) => <input {...p} type="email" autoComplete="email" maxLength={254} defaultValue={v('email')} />}
        </Field>
        <Field locale={locale} name="organization" label={t.organization} error={errors.organization}>
          {(p) => <input {...p} autoComplete="organization" maxLength={200} defaultValue={v('organization')} />}
        </Field>
        <Field locale={locale} name="phone" label={t.phone} error={errors.phone} hint={t.phoneHint}>
          {(p) => <input {...p} type="tel" autoComplete="tel" maxLength={50} defaultValue={v('phone')} />}
        </Field>
        <Field locale={locale} name="postalAddress" label={t.postalAddress} error={errors.postalAddress}>
          {(p) => (
            <textarea {...p} autoComplete="street-address" maxLength={500} rows={3} defaultValue={v('postalAddress')} />
          )}
        </Field>
        <Field locale={locale} name="relationship" label={t.relationship} required error={errors.relationship}>
          {(p) => (
            <select {...p} defaultValue={v('relationship')}>
              <option value="">{t.choose}</option>
              {NOTIFIER_RELATIONSHIPS.map((o) => (
                <option key={o.value} value={o.value}>
                  {t.relationships[o.value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field locale={locale} name="authority" label={t.authority} error={errors.authority}>
          {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('authority')} />}
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t.theContent}</legend>
        <Field locale={locale} name="urls" label={t.urls} required error={errors.urls} hint={t.urlsHint}>
          {(p) => <textarea {...p} maxLength={4000} rows={3} defaultValue={v('urls')} />}
        </Field>
        <Field locale={locale} name="basis" label={t.basis} required error={errors.basis}>
          {(p) => (
            <select {...p} defaultValue={v('basis')}>
              <option value="">{t.choose}</option>
              {NOTICE_BASES.map((o) => (
                <option key={o.value} value={o.value}>
                  {t.bases[o.value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={styles.group} aria-describedby={errors.elements ? 'elements-error' : undefined}>
          <legend>{t.elements}</legend>
          {NOTICE_ELEMENTS.map((o) => (
            <label key={o.value} className={styles.choice}>
              <input type="checkbox" name="elements" value={o.value} defaultChecked={checked('elements', o.value)} />{' '}
              {t.elementLabels[o.value]}
            </label>
          ))}
          {errors.elements ? (
            <p id="elements-error" className={styles.error}>
              {errors.elements}
            </p>
          ) : null}
        </fieldset>
        <Field locale={locale} name="originalWork" label={t.originalWork} required error={errors.originalWork}>
          {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('originalWork')} />}
        </Field>
        <Field locale={locale} name="originalWorkUrl" label={t.originalWorkUrl} error={errors.originalWorkUrl}>
          {(p) => <input {...p} type="url" maxLength={2000} defaultValue={v('originalWorkUrl')} />}
        </Field>
        <Field locale={locale} name="explanation" label={t.explanation} required error={errors.explanation}>
          {(p) => <textarea {...p} maxLength={10000} rows={6} defaultValue={v('explanation')} />}
        </Field>
        <Field
          locale={locale}
          name="evidence"
          label={t.evidence}
          error={errors.evidence}
          hint={
            chosenFiles.length ? (
              <>
                {t.evidenceHint} <strong>{t.chooseFilesAgain(chosenFiles)}</strong>
              </>
            ) : (
              t.evidenceHint
            )
          }
        >
          {(p) => <input {...p} type="file" multiple accept="application/pdf,image/jpeg,image/png,image/webp" />}
        </Field>
        <Field locale={locale} name="requestedAction" label={t.requestedAction} required error={errors.requestedAction}>
          {(p) => (
            <select {...p} defaultValue={v('requestedAction')}>
              <option value="">{t.choose}</option>
              {REQUESTED_ACTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {t.actions[o.value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t.statements}</legend>
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="goodFaith"
            defaultChecked={checked('goodFaith', 'on')}
            aria-invalid={errors.goodFaith ? true : undefined}
          />
          <span>{t.goodFaith}</span>
        </label>
        {errors.goodFaith ? <p className={styles.error}>{errors.goodFaith}</p> : null}
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="accuracy"
            defaultChecked={checked('accuracy', 'on')}
            aria-invalid={errors.accuracy ? true : undefined}
          />
          <span>{t.accuracy}</span>
        </label>
        {errors.accuracy ? <p className={styles.error}>{errors.accuracy}</p> : null}
        <Field locale={locale} name="signature" label={t.signature} required error={errors.signature}>
          {(p) => <input {...p} maxLength={200} defaultValue={v('signature')} />}
        </Field>
      </fieldset>

      <p>{t.warning}</p>
      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} locale={locale} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  )
}
