import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import {
  HIDING_CANDIDATE_STATUSES,
  loadTakedownSettings,
  noticeHidesContent,
  type TakedownSettingsValues,
} from './policy'
import { contentKey } from './resolveUrl'
import type { NoticeBasis, TakedownCollection } from './vocabulary'
import type { RequestStatus } from './workflow'
import { revalidatePublicSite } from '../cache/revalidate'
import { CONTENT_KEY, documentKeyOf } from '../cache/surrogateKeys'

export type TakedownState = {
  hidden: boolean
  reference: string | null
  basis: NoticeBasis | null
  since: string | null
}
// Frozen because the SQL adapters write an `_uuid` into every group object handed to them: a
// shared value returned from a hook used to carry one into later reads. Hooks return `visible()`.
export const VISIBLE: Readonly<TakedownState> = Object.freeze({
  hidden: false,
  reference: null,
  basis: null,
  since: null,
})

/** A fresh copy of the visible state, for hooks whose answer the database layer may change. */
export const visible = (): TakedownState => ({ ...VISIBLE })
type StoredItem = {
  id: string | number
  takedown?: Partial<TakedownState> | null
  year?: number | null
  slug?: string | null
  filename?: string | null
}
export type ContentTarget = { collection: TakedownCollection; contentId: string }

type NoticeRow = {
  reference?: string | null
  basis: NoticeBasis
  status: RequestStatus
  confirmedAt?: string | null
  createdAt: string
  autoHideWithheld?: string | null
}

/**
 * The takedown state of one item, derived from the notices about it: hidden while any notice
 * keeps it hidden under the policy, reported with the earliest such notice. This derivation is
 * the source of truth; the `takedown` group stored on the item is a copy kept in step with it.
 */
export async function takedownStateOf(
  req: PayloadRequest,
  target: ContentTarget,
  settings?: TakedownSettingsValues,
): Promise<TakedownState> {
  const policy = settings ?? (await loadTakedownSettings(req))
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: {
      kind: { equals: 'removal' },
      status: { in: HIDING_CANDIDATE_STATUSES },
      'urls.key': { equals: contentKey(target.collection, target.contentId) },
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { reference: true, basis: true, status: true, confirmedAt: true, createdAt: true, autoHideWithheld: true },
  })
  const hiding = (docs as unknown as NoticeRow[])
    .filter((n) => noticeHidesContent(n.status, n.basis, policy, n.autoHideWithheld))
    .sort((a, b) => (a.confirmedAt ?? a.createdAt).localeCompare(b.confirmedAt ?? b.createdAt))
  const first = hiding[0]
  return first
    ? {
        hidden: true,
        reference: first.reference ?? null,
        basis: first.basis,
        since: first.confirmedAt ?? first.createdAt,
      }
    : visible()
}

/**
 * Brings the stored takedown state of each target in line with its notices and, when any
 * visibility changed, purges the public site's cache so the change shows on the next request.
 * Writes go straight to the database: no content hooks, no new version, nothing an editor
 * did is published or lost along the way.
 */
export async function applyTakedownEffect(
  req: PayloadRequest,
  targets: ContentTarget[],
  reason: string,
): Promise<number> {
  const settings = await loadTakedownSettings(req)
  let changed = 0
  const purgeKeys = new Set([CONTENT_KEY])
  const seen = new Set<string>()
  for (const target of targets) {
    const key = contentKey(target.collection, target.contentId)
    if (seen.has(key)) continue
    seen.add(key)
    const state = await takedownStateOf(req, target, settings)
    const current = await req.payload.db.findOne<StoredItem>({
      collection: target.collection,
      where: { id: { equals: target.contentId } },
      req,
    })
    if (!current) continue // the item was deleted since the notice; nothing to hide
    const stored = current.takedown ?? {}
    if (Boolean(stored.hidden) === state.hidden && (stored.reference ?? null) === state.reference) continue
    await req.payload.db.updateOne({
      collection: target.collection,
      id: target.contentId,
      data: { takedown: state },
      req,
    })
    changed++
    const purgeKey = documentKeyOf(target.collection, current)
    if (purgeKey) purgeKeys.add(purgeKey)
  }
  if (changed) revalidatePublicSite(req, `takedown: ${reason}`, [...purgeKeys])
  return changed
}

/** A fingerprint of the targeted items as they are now, for the audit trail. */
export async function contentFingerprint(req: PayloadRequest, targets: ContentTarget[]): Promise<string> {
  const hash = crypto.createHash('sha256')
  for (const target of targets) {
    const doc = await req.payload.db.findOne({
      collection: target.collection,
      where: { id: { equals: target.contentId } },
      req,
    })
    hash.update(`${contentKey(target.collection, target.contentId)}\n${JSON.stringify(doc ?? null)}\n`)
  }
  return hash.digest('hex')
}
