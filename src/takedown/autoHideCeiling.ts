import type { PayloadRequest, Where } from 'payload'

import { autoHideCeiling } from './policy'

const DAY_MS = 86_400_000

/**
 * Why a notice confirmed now must not hide its content before review, or null when it may: its
 * sender, or senders at its mail domain, already had as many notices hide content in the window
 * as autoHideCeiling() allows. The reason is stored on the notice for staff to see.
 */
export async function autoHideWithheldReason(
  req: PayloadRequest,
  email: string,
  now = Date.now(),
): Promise<string | null> {
  const AUTO_HIDE_CEILING = autoHideCeiling()
  const since = new Date(now - AUTO_HIDE_CEILING.windowDays * DAY_MS).toISOString()
  const count = async (who: Where) =>
    (
      await req.payload.count({
        collection: 'contact-requests',
        where: { and: [{ kind: { equals: 'removal' } }, { hiddenAt: { greater_than_equal: since } }, who] },
        overrideAccess: true,
        req,
      })
    ).totalDocs
  const address = email.trim()
  const sender = await count({ email: { in: [...new Set([address, address.toLowerCase()])] } })
  if (sender >= AUTO_HIDE_CEILING.perSender)
    return `Its sender had ${sender} notices hide content in the last ${AUTO_HIDE_CEILING.windowDays} days (at most ${AUTO_HIDE_CEILING.perSender} hide automatically).`
  const domain = address.toLowerCase().split('@')[1]
  if (!domain) return null
  const atDomain = await count({ email: { like: `@${domain}` } })
  if (atDomain >= AUTO_HIDE_CEILING.perDomain)
    return `Senders at ${domain} had ${atDomain} notices hide content in the last ${AUTO_HIDE_CEILING.windowDays} days (at most ${AUTO_HIDE_CEILING.perDomain} per mail domain hide automatically).`
  return null
}
