'use client'

import { useActionState } from 'react'

import styles from '../../_forms/forms.module.css'
import { confirmNotice } from '../actions'

export function ConfirmNotice({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmNotice, {})
  if (state.done) {
    return (
      <div className={styles.panel} role="status">
        <p>
          Thank you. Notice <span className={styles.reference}>{state.done.reference}</span> is{' '}
          {state.done.alreadyConfirmed ? 'already confirmed' : 'confirmed'} and with our staff.
        </p>
        <p>
          Content named in a notice about copyright, an image or personal data is taken offline now, pending review. We
          will email you our decision and the reasons for it.
        </p>
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
      <p>Press the button to confirm that you sent this notice and that this email address is yours.</p>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={styles.button} disabled={pending || !token}>
        {pending ? 'Confirming…' : 'Confirm my notice'}
      </button>
    </form>
  )
}
