'use client'

import { useActionState } from 'react'

import { submitCounterNotice } from './actions'
import { counterNoticeTexts } from './strings'
import { AntiRobotCheck, type AntiRobotProps } from '../_forms/AntiRobotCheck'
import { Field, FormAlert, valueOf } from '../_forms/Field'
import styles from '../_forms/forms.module.css'
import type { Locale } from '@/site/locales'
import { EMPTY_FORM } from '@/takedown/formInput'

type Props = Omit<AntiRobotProps, 'error'> & { reference: string; locale: Locale }

/** Posts to a server action, so it works the same without JavaScript. */
export function CounterNoticeForm({ challenge, question, reference, locale }: Props) {
  const t = counterNoticeTexts(locale)
  const [state, action, pending] = useActionState(submitCounterNotice, { ...EMPTY_FORM, values: { reference } })
  const { errors, values } = state
  const v = (name: string) => valueOf(values, name)
  return (
    // Keyed on the attempt so a refused send remounts the form with the answers given (see RemovalForm).
    <form key={state.attempt ?? 0} action={action} className={styles.form} noValidate>
      <FormAlert message={state.formError} />
      <input type="hidden" name="language" value={locale} />
      <Field
        locale={locale}
        name="reference"
        label={t.reference}
        required
        error={errors.reference ?? errors.notice}
        hint={t.referenceHint}
      >
        {(p) => <input {...p} maxLength={40} defaultValue={v('reference')} />}
      </Field>
      <Field locale={locale} name="name" label={t.name} required error={errors.name}>
        {(p) => <input {...p} autoComplete="name" maxLength={200} defaultValue={v('name')} />}
      </Field>
      <Field locale={locale} name="email" label={t.email} required error={errors.email} hint={t.emailHint}>
        {(p) => <input {...p} type="email" autoComplete="email" maxLength={254} defaultValue={v('email')} />}
      </Field>
      <Field locale={locale} name="contact" label={t.contact} error={errors.contact}>
        {(p) => <textarea {...p} maxLength={500} rows={2} defaultValue={v('contact')} />}
      </Field>
      <Field locale={locale} name="material" label={t.material} required error={errors.material}>
        {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('material')} />}
      </Field>
      <Field locale={locale} name="statement" label={t.statement} required error={errors.statement}>
        {(p) => <textarea {...p} maxLength={10000} rows={6} defaultValue={v('statement')} />}
      </Field>
      <Field locale={locale} name="evidence" label={t.evidence} error={errors.evidence} hint={t.evidenceHint}>
        {(p) => <textarea {...p} maxLength={4000} rows={3} defaultValue={v('evidence')} />}
      </Field>
      <p>
        <label>
          <input type="checkbox" name="goodFaith" defaultChecked={v('goodFaith') === 'on'} /> {t.goodFaith}
        </label>
        {errors.goodFaith ? <span role="alert"> {errors.goodFaith}</span> : null}
      </p>
      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} locale={locale} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  )
}
