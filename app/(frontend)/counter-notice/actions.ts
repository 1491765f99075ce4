'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { problemIn } from '../_forms/serverMessages'
import { localizePath } from '@/site/locales'
import { counterNoticeFrom } from '@/takedown/counterNoticeInput'
import { type FormState, refused } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileCounterNotice } from '@/takedown/submit'

export async function submitCounterNotice(previous: FormState, form: FormData): Promise<FormState> {
  const result = await fileCounterNotice(counterNoticeFrom(form), clientIp(await headers()))
  const locale = form.get('language') === 'zh' ? 'zh' : 'en'
  if (result.ok) {
    const restore = 'restoreAt' in result && result.restoreAt ? `&restore=${encodeURIComponent(result.restoreAt)}` : ''
    redirect(localizePath(`/counter-notice/sent?ref=${encodeURIComponent(result.reference)}${restore}`, locale))
  }
  return refused(previous, form, problemIn(result, locale))
}
