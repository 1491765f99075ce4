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
      <Field locale={locale} name="address" label={t.address} required error={errors.address} hint={t.addressHint}>
        {(p) => <textarea {...p} autoComplete="street-address" maxLength={500} rows={2} defaultValue={v('address')} />}
      </Field>
      <Field locale={locale} name="phone" label={t.phone} required error={errors.phone}>
        {(p) => <input {...p} type="tel" autoComplete="tel" maxLength={40} defaultValue={v('phone')} />}
      </Field>
      <Field locale={locale} name="material" label={t.material} required error={errors.material}>
        {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('material')} />}
      </Field>
      <Field locale={locale} name="statement" label={t.statement} required error={errors.statement}>
        {(p) => <textarea {...p} maxLength={10000} rows={6} defaultValue={v('statement')} />}
      </Field>
      <Field locale={locale} name="evidence" label={t.evidence} required error={errors.evidence} hint={t.evidenceHint}>
        {(p) => <textarea {...p} maxLength={4000} rows={3} defaultValue={v('evidence')} />}
      </Field>
      <p>
        <label>
          <input type="checkbox" name="goodFaith" defaultChecked={v('goodFaith') === 'on'} /> {t.goodFaith}
        </label>
        {errors.goodFaith ? <span role="alert"> {errors.goodFaith}</span> : null}
      </p>
      <p>
        <label>
          <input type="checkbox" name="jurisdiction" defaultChecked={v('jurisdiction') === 'on'} /> {t.jurisdiction}
        </label>
        {errors.jurisdiction ? <span role="alert"> {errors.jurisdiction}</span> : null}
      </p>
      <Field
        locale={locale}
        name="signature"
        label={t.signature}
        required
        error={errors.signature}
        hint={t.signatureHint}
      >
        {(p) => <input {...p} maxLength={200} defaultValue={v('signature')} />}
      </Field>
      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} locale={locale} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  )
}
