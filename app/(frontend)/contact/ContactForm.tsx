'use client'

import { useActionState } from 'react'

import { submitEnquiry } from './actions'
import { contactTexts } from './strings'
import { AntiRobotCheck, type AntiRobotProps } from '../_forms/AntiRobotCheck'
import { Field, FormAlert, valueOf } from '../_forms/Field'
import styles from '../_forms/forms.module.css'
import type { Locale } from '@/site/locales'
import { EMPTY_FORM } from '@/takedown/formInput'

type Props = Omit<AntiRobotProps, 'error'> & { initialPage: string; locale: Locale }

/** A general enquiry; posts to a server action, so it works the same without JavaScript. */
export function ContactForm({ challenge, question, initialPage, locale }: Props) {
  const t = contactTexts(locale)
  const [state, action, pending] = useActionState(submitEnquiry, { ...EMPTY_FORM, values: { pageUrl: initialPage } })
  const { errors, values } = state
  const v = (name: string) => valueOf(values, name)
  return (
    // Keyed on the attempt so a refused send remounts the form with the answers given (see RemovalForm).
    <form key={state.attempt ?? 0} action={action} className={styles.form} noValidate>
      <FormAlert message={state.formError} />
      <input type="hidden" name="language" value={locale} />
      <Field locale={locale} name="name" label={t.name} required error={errors.name}>
        {(p) => <input {...p} autoComplete="name" maxLength={200} defaultValue={v('name')} />}
      </Field>
      <Field locale={locale} name="email" label={t.email} required error={errors.email} hint={t.emailHint}>
        {(p) => <input {...p} type="email" autoComplete="email" maxLength={254} defaultValue={v('email')} />}
      </Field>
      <Field locale={locale} name="organization" label={t.organization} error={errors.organization}>
        {(p) => <input {...p} autoComplete="organization" maxLength={200} defaultValue={v('organization')} />}
      </Field>
      <Field locale={locale} name="subject" label={t.subject} required error={errors.subject}>
        {(p) => <input {...p} maxLength={200} defaultValue={v('subject')} />}
      </Field>
      <Field locale={locale} name="message" label={t.message} required error={errors.message}>
        {(p) => <textarea {...p} maxLength={10000} rows={8} defaultValue={v('message')} />}
      </Field>
      <Field locale={locale} name="pageUrl" label={t.pageUrl} error={errors.pageUrl}>
        {(p) => <input {...p} maxLength={2000} defaultValue={v('pageUrl')} />}
      </Field>
      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} locale={locale} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  )
}
