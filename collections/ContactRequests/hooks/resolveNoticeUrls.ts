import type { CollectionBeforeValidateHook } from 'payload'

import { contentKey, resolveSiteUrl } from '../../../src/takedown/resolveUrl'

type UrlRow = { url?: unknown; title?: string; targetCollection?: string; contentId?: string; key?: string }

/**
 * Turns each URL of a removal notice into the item it shows. URLs that lead nowhere are noted
 * in req.context, where the url field's validation reports each one by name alongside every
 * other field error, so the sender fixes everything in one go.
 */
export const resolveNoticeUrls: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || data?.kind !== 'removal' || !Array.isArray(data.urls)) return data
  const problems: Record<string, string> = {}
  const seen = new Set<string>()
  for (const row of data.urls as UrlRow[]) {
    if (!row || typeof row.url !== 'string' || !row.url.trim()) continue
    row.url = row.url.trim()
    const result = await resolveSiteUrl(req.payload, row.url as string)
    if (!result.ok) {
      problems[row.url as string] = result.message
      continue
    }
    const key = contentKey(result.content.collection, result.content.id)
    if (seen.has(key))
      problems[row.url as string] = `${row.url} names the same item as another address in this notice; list it once.`
    seen.add(key)
    Object.assign(row, {
      title: result.content.title,
      targetCollection: result.content.collection,
      contentId: String(result.content.id),
      key,
    })
  }
  req.context.unresolvedUrls = problems
  return data
}
