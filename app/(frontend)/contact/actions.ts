'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { enquiryFrom, type FormState, formValues } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileContactRequest } from '@/takedown/submit'

export async function submitEnquiry(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await fileContactRequest(enquiryFrom(form), clientIp(await headers()))
  if (result.ok) redirect(`/contact/sent?ref=${encodeURIComponent(result.reference)}`)
  return { errors: result.errors, formError: result.formError, values: formValues(form) }
}
