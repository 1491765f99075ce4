import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidatePublicSite } from '../cache/revalidate'
import { keysForChange } from '../cache/surrogateKeys'

type Doc = {
  id: string | number
  _status?: string | null
  year?: number | null
  slug?: string | null
  filename?: string | null
}

/**
 * Publishing, unpublishing or editing a published document changes what visitors see.
 * Draft-only saves (autosave included) do not, so they leave the cache alone.
 */
export const revalidateAfterChange: CollectionAfterChangeHook<Doc> = ({
  doc,
  previousDoc,
  req,
  collection,
  operation,
}) => {
  // On create Payload passes an empty previous document: nothing was public before it.
  const existed = operation === 'update' && previousDoc?.id !== undefined
  const wasPublic = existed && (previousDoc._status === 'published' || !('_status' in previousDoc))
  const isPublic = doc._status === 'published' || !('_status' in doc)
  if (isPublic || wasPublic)
    revalidatePublicSite(req, `${collection.slug} ${doc.id} changed`, keysForChange(collection.slug, doc, previousDoc))
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook<Doc> = ({ doc, req, collection }) => {
  revalidatePublicSite(req, `${collection.slug} ${doc.id} deleted`, keysForChange(collection.slug, doc))
  return doc
}

/** Hooks for any collection the public site shows. */
export const revalidatePublicSiteHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
