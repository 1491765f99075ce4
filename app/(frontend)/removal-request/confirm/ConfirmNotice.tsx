'use client'

import { useActionState } from 'react'

import styles from '../../_forms/forms.module.css'
import { confirmNotice } from '../actions'
import { removalTexts } from '../strings'
import type { Locale } from '@/site/locales'

export function ConfirmNotice({ token, locale }: { token: string; locale: Locale }) {
  const t = removalTexts(locale)
  const [state, action, pending] = useActionState(confirmNotice, {})
  if (state.done) {
    return (
      <div className={styles.panel} role="status">
        <p>{t.confirmed(state.done.reference, state.done.alreadyConfirmed)}</p>
        <p>{t.confirmedNext}</p>
      </div>
    )
  }
  return (
    <form action={action} className={styles.form}>
      {state.error ? (
        <div className={styles.alert} role="alert">
          {state.error}
        </div>
      ) : null}
      <p>{t.confirmAsk}</p>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="language" value={locale} />
      <button type="submit" className={styles.button} disabled={pending || !token}>
        {pending ? t.confirming : t.confirm}
      </button>
    </form>
  )
}
