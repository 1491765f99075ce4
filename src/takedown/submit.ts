import config from '@payload-config'
import { getPayload } from 'payload'

import { formErrorsFrom } from './formInput'

export type SubmitResult = { ok: true; id: number; reference: string } | { ok: false; errors: Record<string, string>; formError?: string }

/**
 * The forms' one way in: the same Local API create that POST /api/contact-requests runs, as the
 * public (overrideAccess: false, no user), so the collection's hooks apply every check.
 */
export async function fileContactRequest(data: Record<string, unknown>, clientIp: string): Promise<SubmitResult> {
  const payload = await getPayload({ config })
  try {
    const doc = await payload.create({ collection: 'contact-requests', data: data as never, overrideAccess: false, context: { clientIp } })
    return { ok: true, id: doc.id, reference: doc.reference ?? String(doc.id) }
  } catch (err) {
    const status = (err as { status?: number }).status
    if (!status || status >= 500) payload.logger.error({ msg: 'a contact form submission failed', err })
    return { ok: false, ...formErrorsFrom(err) }
  }
}

/** The counter-notice form's way in, as the public, through the collection's hooks like the others. */
export async function fileCounterNotice(data: Record<string, unknown>, clientIp: string): Promise<SubmitResult> {
  const payload = await getPayload({ config })
  try {
    const doc = await payload.create({ collection: 'counter-notices', data: data as never, overrideAccess: false, context: { clientIp } })
    return { ok: true, id: doc.id, reference: doc.reference }
  } catch (err) {
    const status = (err as { status?: number }).status
    if (!status || status >= 500) payload.logger.error({ msg: 'a counter-notice submission failed', err })
    return { ok: false, ...formErrorsFrom(err) }
  }
}
