'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { confirmRemovalNotice } from '@/takedown/confirmation'
import { type FormState, formValues, removalNoticeFrom } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileContactRequest } from '@/takedown/submit'
import config from '@payload-config'
import { getPayload } from 'payload'

export async function submitRemovalNotice(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await fileContactRequest(removalNoticeFrom(form), clientIp(await headers()))
  if (result.ok) redirect(`/removal-request/sent?ref=${encodeURIComponent(result.reference)}`)
  return { errors: result.errors, formError: result.formError, values: formValues(form) }
}

export type ConfirmState = { done?: { reference: string; alreadyConfirmed: boolean }; error?: string }

/** The confirmation page's button: the same confirmation the API endpoint performs. */
export async function confirmNotice(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const result = await confirmRemovalNotice(await getPayload({ config }), form.get('token'))
  return result.ok ? { done: { reference: result.reference, alreadyConfirmed: result.alreadyConfirmed } } : { error: result.message }
}
