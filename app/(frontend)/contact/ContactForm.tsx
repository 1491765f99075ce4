'use client'

import { useActionState } from 'react'

import { submitEnquiry } from './actions'
import { AntiRobotCheck, type AntiRobotProps } from '../_forms/AntiRobotCheck'
import { Field, FormAlert, valueOf } from '../_forms/Field'
import styles from '../_forms/forms.module.css'
import { EMPTY_FORM } from '@/takedown/formInput'

type Props = Omit<AntiRobotProps, 'error'> & { initialPage: string }

/** A general enquiry; posts to a server action, so it works the same without JavaScript. */
export function ContactForm({ challenge, question, initialPage }: Props) {
  const [state, action, pending] = useActionState(submitEnquiry, { ...EMPTY_FORM, values: { pageUrl: initialPage } })
  const { errors, values } = state
  const v = (name: string) => valueOf(values, name)
  return (
    <form action={action} className={styles.form} noValidate>
      <FormAlert message={state.formError} />
      <Field name="name" label="Name" required error={errors.name}>
        {(p) => <input {...p} autoComplete="name" maxLength={200} defaultValue={v('name')} />}
      </Field>
      <Field name="email" label="Email" required error={errors.email} hint="We reply to this address.">
        {(p) => <input {...p} type="email" autoComplete="email" maxLength={254} defaultValue={v('email')} />}
      </Field>
      <Field name="organization" label="Organization" error={errors.organization}>
        {(p) => <input {...p} autoComplete="organization" maxLength={200} defaultValue={v('organization')} />}
      </Field>
      <Field name="subject" label="Subject" required error={errors.subject}>
        {(p) => <input {...p} maxLength={200} defaultValue={v('subject')} />}
      </Field>
      <Field name="message" label="Message" required error={errors.message}>
        {(p) => <textarea {...p} maxLength={10000} rows={8} defaultValue={v('message')} />}
      </Field>
      <Field name="pageUrl" label="The page your message is about (optional)" error={errors.pageUrl}>
        {(p) => <input {...p} maxLength={2000} defaultValue={v('pageUrl')} />}
      </Field>
      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Sending…' : 'Send'}
      </button>
    </form>
  )
}
