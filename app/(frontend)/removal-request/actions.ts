'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { inLanguage, problemIn } from '../_forms/serverMessages'
import { localizePath } from '@/site/locales'
import { confirmRemovalNotice } from '@/takedown/confirmation'
import { attachEvidence, evidenceError } from '@/takedown/evidence'
import { type FormState, refused, removalNoticeFrom } from '@/takedown/formInput'
import { clientIp } from '@/takedown/rateLimit'
import { fileContactRequest } from '@/takedown/submit'
import config from '@payload-config'

export async function submitRemovalNotice(previous: FormState, form: FormData): Promise<FormState> {
  // Evidence is checked first, so a notice is never saved without the files that came with it.
  const files = form.getAll('evidence').filter((f): f is File => typeof f !== 'string' && f.size > 0)
  const fileProblem = evidenceError(files)
  const locale = form.get('language') === 'zh' ? 'zh' : 'en'
  if (fileProblem)
    return refused(
      previous,
      form,
      problemIn(
        {
          errors: { evidence: fileProblem },
          formError: 'Some fields need your attention; see the messages below each one.',
        },
        locale,
      ),
    )
  const result = await fileContactRequest(removalNoticeFrom(form), clientIp(await headers()))
  if (!result.ok) return refused(previous, form, problemIn(result, locale))
  if (files.length) await attachEvidence(await getPayload({ config }), result.id, files)
  redirect(localizePath(`/removal-request/sent?ref=${encodeURIComponent(result.reference)}`, locale))
}

export type ConfirmState = { done?: { reference: string; alreadyConfirmed: boolean }; error?: string }

/** The confirmation page's button: the same confirmation the API endpoint performs. */
export async function confirmNotice(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const result = await confirmRemovalNotice(await getPayload({ config }), form.get('token'))
  return result.ok
    ? { done: { reference: result.reference, alreadyConfirmed: result.alreadyConfirmed } }
    : { error: inLanguage(result.message, form.get('language') === 'zh' ? 'zh' : 'en') }
}
