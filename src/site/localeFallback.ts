import type { Edition, User } from '../payload-types'
import { lexicalToPlainText } from './lexicalText'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { payloadClient } from './payloadClient'

// Payload's fallbackLocale fills a missing Chinese value with the English one; this records
// which of a document's main fields fell back, so a page can say "shown in English".

const isEmptyValue = (value: unknown) =>
  value == null ||
  (typeof value === 'string' && !value.trim()) ||
  (typeof value === 'object' && !Array.isArray(value) && !lexicalToPlainText(value as Edition['body']))

type Collection = 'editions' | 'organizations' | 'pages'

/**
 * Which of a document's fields have no value of their own in `locale` (so the page shows the English text).
 * `previewer`: read the latest draft as this signed-in editor (live preview) instead of as the public.
 */
export async function untranslatedFields(
  collection: Collection,
  id: number | string,
  fields: string[],
  locale: Locale,
  previewer?: User,
): Promise<string[]> {
  if (locale === DEFAULT_LOCALE) return []
  const payload = await payloadClient()
  const own = (await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    ...(previewer ? { draft: true, user: previewer } : {}),
    select: Object.fromEntries(fields.map((f) => [f, true])),
  })) as unknown as Record<string, unknown>
  return fields.filter((f) => isEmptyValue(own[f]))
}
