'use client'

import { useActionState } from 'react'

import { submitRemovalNotice } from './actions'
import { AntiRobotCheck, type AntiRobotProps } from '../_forms/AntiRobotCheck'
import { Field, FormAlert, valueOf } from '../_forms/Field'
import styles from '../_forms/forms.module.css'
import { EMPTY_FORM } from '@/takedown/formInput'
import { NOTICE_BASES, NOTICE_ELEMENTS, NOTIFIER_RELATIONSHIPS, REQUESTED_ACTIONS } from '@/takedown/vocabulary'

type Props = Omit<AntiRobotProps, 'error'> & { initialUrl: string }

/** The removal notice; posts to a server action, so it works the same without JavaScript. */
export function RemovalForm({ challenge, question, initialUrl }: Props) {
  const [state, action, pending] = useActionState(submitRemovalNotice, { ...EMPTY_FORM, values: { urls: initialUrl } })
  const { errors, values } = state
  const v = (name: string) => valueOf(values, name)
  const checked = (name: string, value: string) => ([] as string[]).concat(values[name] ?? []).includes(value)

  return (
    <form action={action} className={styles.form} noValidate>
      <FormAlert message={state.formError} />

      <fieldset className={styles.group}>
        <legend>About you</legend>
        <Field name="name" label="Full name" required error={errors.name}>
          {(p) => <input {...p} autoComplete="name" maxLength={200} defaultValue={v('name')} />}
        </Field>
        <Field name="email" label="Email" required error={errors.email} hint="We send the confirmation link here.">
          {(p) => <input {...p} type="email" autoComplete="email" maxLength={254} defaultValue={v('email')} />}
        </Field>
        <Field name="organization" label="Organization" error={errors.organization}>
          {(p) => <input {...p} autoComplete="organization" maxLength={200} defaultValue={v('organization')} />}
        </Field>
        <Field name="phone" label="Phone" error={errors.phone}>
          {(p) => <input {...p} type="tel" autoComplete="tel" maxLength={50} defaultValue={v('phone')} />}
        </Field>
        <Field name="postalAddress" label="Postal address" error={errors.postalAddress}>
          {(p) => (
            <textarea {...p} autoComplete="street-address" maxLength={500} rows={3} defaultValue={v('postalAddress')} />
          )}
        </Field>
        <Field name="relationship" label="Your relationship to the right" required error={errors.relationship}>
          {(p) => (
            <select {...p} defaultValue={v('relationship')}>
              <option value="">Choose…</option>
              {NOTIFIER_RELATIONSHIPS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="authority"
          label="If you act for someone: for whom, and on what authority"
          error={errors.authority}
        >
          {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('authority')} />}
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>The content</legend>
        <Field
          name="urls"
          label="Addresses on this site"
          required
          error={errors.urls}
          hint="One per line, up to 10: an edition, organization or page, or a media file."
        >
          {(p) => <textarea {...p} maxLength={4000} rows={3} defaultValue={v('urls')} />}
        </Field>
        <Field name="basis" label="Ground of the notice" required error={errors.basis}>
          {(p) => (
            <select {...p} defaultValue={v('basis')}>
              <option value="">Choose…</option>
              {NOTICE_BASES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={styles.group} aria-describedby={errors.elements ? 'elements-error' : undefined}>
          <legend>Which part (required)</legend>
          {NOTICE_ELEMENTS.map((o) => (
            <label key={o.value} className={styles.choice}>
              <input type="checkbox" name="elements" value={o.value} defaultChecked={checked('elements', o.value)} />{' '}
              {o.label}
            </label>
          ))}
          {errors.elements ? (
            <p id="elements-error" className={styles.error}>
              {errors.elements}
            </p>
          ) : null}
        </fieldset>
        <Field
          name="originalWork"
          label="The original work or the right you claim"
          required
          error={errors.originalWork}
        >
          {(p) => <textarea {...p} maxLength={2000} rows={3} defaultValue={v('originalWork')} />}
        </Field>
        <Field
          name="originalWorkUrl"
          label="Where the original can be seen (web address)"
          error={errors.originalWorkUrl}
        >
          {(p) => <input {...p} type="url" maxLength={2000} defaultValue={v('originalWorkUrl')} />}
        </Field>
        <Field name="explanation" label="Why the content infringes that right" required error={errors.explanation}>
          {(p) => <textarea {...p} maxLength={10000} rows={6} defaultValue={v('explanation')} />}
        </Field>
        <Field
          name="evidence"
          label="Evidence (optional)"
          error={errors.evidence}
          hint="Up to 3 PDF or image files, 2 MB each: a licence, the original, proof of identity. Only our staff can see them."
        >
          {(p) => <input {...p} type="file" multiple accept="application/pdf,image/jpeg,image/png,image/webp" />}
        </Field>
        <Field name="requestedAction" label="What you ask us to do" required error={errors.requestedAction}>
          {(p) => (
            <select {...p} defaultValue={v('requestedAction')}>
              <option value="">Choose…</option>
              {REQUESTED_ACTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Statements and signature</legend>
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="goodFaith"
            defaultChecked={checked('goodFaith', 'on')}
            aria-invalid={errors.goodFaith ? true : undefined}
          />
          <span>
            I believe in good faith that the use of the material described is not authorized by the rights holder or by
            law.
          </span>
        </label>
        {errors.goodFaith ? <p className={styles.error}>{errors.goodFaith}</p> : null}
        <label className={styles.choice}>
          <input
            type="checkbox"
            name="accuracy"
            defaultChecked={checked('accuracy', 'on')}
            aria-invalid={errors.accuracy ? true : undefined}
          />
          <span>
            The information in this notice is accurate, and I am the rights holder or authorized to act for them.
          </span>
        </label>
        {errors.accuracy ? <p className={styles.error}>{errors.accuracy}</p> : null}
        <Field name="signature" label="Signature: type your full name" required error={errors.signature}>
          {(p) => <input {...p} maxLength={200} defaultValue={v('signature')} />}
        </Field>
      </fieldset>

      <AntiRobotCheck challenge={challenge} question={question} error={errors.challenge} />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Sending…' : 'Send the notice'}
      </button>
    </form>
  )
}
