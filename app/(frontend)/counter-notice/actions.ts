'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { counterNoticeFrom } from '@/takedown/counterNoticeInput'
import { type FormState, formValues } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileCounterNotice } from '@/takedown/submit'

export async function submitCounterNotice(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await fileCounterNotice(counterNoticeFrom(form), clientIp(await headers()))
  if (result.ok) redirect(`/counter-notice/sent?ref=${encodeURIComponent(result.reference)}`)
  return { errors: result.errors, formError: result.formError, values: formValues(form) }
}
