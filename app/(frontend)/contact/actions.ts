'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { problemIn } from '../_forms/serverMessages'
import { localizePath } from '@/site/locales'
import { enquiryFrom, type FormState, refused } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileContactRequest } from '@/takedown/submit'

export async function submitEnquiry(previous: FormState, form: FormData): Promise<FormState> {
  const result = await fileContactRequest(enquiryFrom(form), clientIp(await headers()))
  const locale = form.get('language') === 'zh' ? 'zh' : 'en'
  if (result.ok) redirect(localizePath(`/contact/sent?ref=${encodeURIComponent(result.reference)}`, locale))
  return refused(previous, form, problemIn(result, locale))
}
