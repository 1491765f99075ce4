import { getPayload } from 'payload'

import { releaseRefusedSubmission } from './antiAbuse'
import { formErrorsFrom } from './formInput'
import config from '@payload-config'

export type SubmitResult =
  | { ok: true; id: number; reference: string; /** the notice a counter-notice contests */ notice?: number | null }
  | { ok: false; errors: Record<string, string>; formError?: string }

/**
 * The forms' one way in: the same Local API create that POST /api/<collection> runs, as the
 * public (overrideAccess: false, no user), so the collection's hooks apply every check.
 */
async function fileAsPublic(
  collection: 'contact-requests' | 'counter-notices',
  data: Record<string, unknown>,
  clientIp: string,
): Promise<SubmitResult> {
  const payload = await getPayload({ config })
  // Payload keeps this object as req.context, so the hooks' anti-abuse record comes back in it.
  const context: Record<string, unknown> = { clientIp }
  try {
    const doc = (await payload.create({
      collection,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      context,
    })) as {
      id: number
      reference?: string | null
      notice?: number | null
    }
    return { ok: true, id: doc.id, reference: doc.reference ?? String(doc.id), notice: doc.notice }
  } catch (err) {
    // The Local API has no afterError hook: give back what the submission took, as REST does.
    await releaseRefusedSubmission(context)
    const status = (err as { status?: number }).status
    if (!status || status >= 500) payload.logger.error({ msg: `a ${collection} form submission failed`, err })
    return { ok: false, ...formErrorsFrom(err) }
  }
}

export const fileContactRequest = (data: Record<string, unknown>, clientIp: string) =>
  fileAsPublic('contact-requests', data, clientIp)

/**
 * A counter-notice, and the day the content returns when it started the restoration clock
 * (src/takedown/restoration.ts), so the page that thanks the sender can say when.
 */
export async function fileCounterNotice(
  data: Record<string, unknown>,
  clientIp: string,
): Promise<SubmitResult & { restoreAt?: string | null }> {
  const result = await fileAsPublic('counter-notices', data, clientIp)
  if (!result.ok || !result.notice) return result
  const payload = await getPayload({ config })
  const notice = await payload.findByID({
    collection: 'contact-requests',
    id: result.notice,
    depth: 0,
    overrideAccess: true,
  })
  return { ...result, restoreAt: notice.status === 'counter_noticed' ? (notice.restoreAt ?? null) : null }
}
