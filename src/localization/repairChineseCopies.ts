import type { FlattenedField, Payload } from 'payload'

// Before answerWritesWithoutFallback (src/hooks), publishing in the Chinese admin could store
// the English text as the Chinese version (payloadcms/payload#16303). This finds localized
// values whose Chinese text is exactly the English one and, when asked, clears the Chinese copy
// so the site falls back again and says so. Required fields are reported, never cleared: a
// document cannot be saved without them, and a name may rightly read the same in both.

const COLLECTIONS = ['editions', 'organizations', 'pages', 'media'] as const
type Collection = (typeof COLLECTIONS)[number]

export type CopiedValue = { collection: Collection; id: string | number; path: string; clear: boolean; why?: string }
export type RepairReport = { scanned: number; copies: CopiedValue[]; documentsChanged: number }

type Doc = Record<string, unknown>

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/** Walks both languages' copies of one document; clears identical copies in `zh` (in place). */
function findCopies(
  fields: FlattenedField[],
  en: Doc,
  zh: Doc,
  path: string,
  found: Omit<CopiedValue, 'collection' | 'id'>[],
) {
  for (const field of fields) {
    if (!('name' in field)) continue
    const at = path ? `${path}.${field.name}` : field.name
    if (field.localized) {
      const [a, b] = [en?.[field.name], zh?.[field.name]]
      if (isEmpty(a) || JSON.stringify(a) !== JSON.stringify(b)) continue
      const required = 'required' in field && field.required === true
      if (required) found.push({ path: at, clear: false, why: 'required in every language' })
      else {
        zh[field.name] = null
        found.push({ path: at, clear: true })
      }
    } else if (field.type === 'group' && !('virtual' in field && field.virtual)) {
      findCopies(field.flattenedFields, (en?.[field.name] ?? {}) as Doc, (zh?.[field.name] ?? {}) as Doc, at, found)
    } else if (field.type === 'array') {
      const enRows = (en?.[field.name] ?? []) as Doc[]
      const zhRows = (zh?.[field.name] ?? []) as Doc[]
      zhRows.forEach((row, i) => {
        const twin = enRows.find((r) => r.id === row.id) ?? enRows[i]
        if (twin) findCopies(field.flattenedFields, twin, row, `${at}.${i + 1}`, found)
      })
    }
  }
}

/**
 * Reports (and with `apply`, clears) Chinese values identical to the English ones in every
 * localized field of the content collections. Returns what it found, document by document.
 */
export async function repairChineseCopies(
  payload: Payload,
  { apply = false, log = () => {} }: { apply?: boolean; log?: (line: string) => void } = {},
): Promise<RepairReport> {
  const report: RepairReport = { scanned: 0, copies: [], documentsChanged: 0 }
  for (const collection of COLLECTIONS) {
    const { flattenedFields } = payload.collections[collection].config
    const read = (locale: 'en' | 'zh') =>
      payload.find({ collection, locale, fallbackLocale: false, depth: 0, pagination: false, draft: true })
    const [en, zh] = await Promise.all([read('en'), read('zh')])
    const english = new Map(en.docs.map((d) => [d.id, d as unknown as Doc]))
    for (const doc of zh.docs as unknown as Doc[]) {
      report.scanned++
      const found: Omit<CopiedValue, 'collection' | 'id'>[] = []
      findCopies(flattenedFields, english.get(doc.id as number) ?? {}, doc, '', found)
      if (!found.length) continue
      const id = doc.id as string | number
      report.copies.push(...found.map((f) => ({ collection, id, ...f })))
      log(`${collection} ${id}: ${found.map((f) => (f.clear ? f.path : `${f.path} (kept: ${f.why})`)).join(', ')}`)
      const cleared = found.filter((f) => f.clear)
      if (!apply || !cleared.length) continue
      const data: Doc = {}
      for (const top of new Set(cleared.map((f) => f.path.split('.')[0]))) data[top] = doc[top]
      // Written as the document's current state (draft or published), in Chinese only.
      await payload.update({
        collection,
        id,
        locale: 'zh',
        data,
        draft: doc._status === 'draft',
        context: { repair: true },
      })
      report.documentsChanged++
    }
  }
  return report
}
