import type { ReactNode } from 'react'

import styles from './forms.module.css'
import { formTexts } from './strings'
import type { Locale } from '@/site/locales'

type FieldProps = {
  name: string
  label: string
  error?: string
  hint?: ReactNode
  required?: boolean
  locale?: Locale
  children: (props: {
    id: string
    name: string
    'aria-invalid'?: true
    'aria-describedby'?: string
    required?: boolean
    className: string
  }) => ReactNode
}

/** A labelled form control with its hint and its error, linked for screen readers. */
export function Field({ name, label, error, hint, required, locale = 'en', children }: FieldProps) {
  const id = `field-${name}`
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
        {required ? <span className={styles.required}>{formTexts(locale).required}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        required,
        className: styles.input,
      })}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** The summary at the top of a form after a refused submission. */
export function FormAlert({ message }: { message?: string }) {
  return message ? (
    <div className={styles.alert} role="alert">
      {message}
    </div>
  ) : null
}

export const valueOf = (values: Record<string, string | string[]>, name: string) => {
  const v = values[name]
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '')
}
