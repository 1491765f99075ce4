import { headers } from 'next/headers'

import { isContentEditor } from '../access'
import type { User } from '../payload-types'
import { getEditions, toEditionDetail, toPageDetail, type EditionDetail, type PageDetail } from './content'
import { untranslatedFields } from './localeFallback'
import { DEFAULT_LOCALE, type Locale } from './locales'
export { isPreviewCollection } from './routes'
import { payloadClient } from './payloadClient'

// Live preview: the admin frames /preview/<collection>/<id> (payload.config.ts, admin.livePreview)
// and the page renders the latest draft with the public page's own view. Drafts are read as the
// signed-in editor from the request's session cookie, never cached, and never for anyone else:
// without an editor's session these reads return null and the preview page answers 404.

/** The editor or admin signed in on this request, or null (visitors, staff, expired sessions). */
export async function currentPreviewer(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && isContentEditor({ user }) ? (user as User) : null
}

const draftRead = (user: User, locale: Locale) =>
  ({ draft: true, user, overrideAccess: false, locale, fallbackLocale: DEFAULT_LOCALE, depth: 1 }) as const

export async function getEditionDraft(id: string, locale: Locale): Promise<EditionDetail | null> {
  const user = await currentPreviewer()
  if (!user) return null
  const payload = await payloadClient()
  const doc = await payload
    .findByID({
      ...draftRead(user, locale),
      collection: 'editions',
      id,
      populate: { organizations: { name: true, slug: true } },
    })
    .catch(() => null)
  if (!doc) return null
  const [published, untranslated] = await Promise.all([
    getEditions(locale),
    untranslatedFields('editions', doc.id, ['title', 'summary', 'body'], locale, user),
  ])
  return toEditionDetail(doc, published, untranslated)
}

export async function getPageDraft(id: string, locale: Locale): Promise<PageDetail | null> {
  const user = await currentPreviewer()
  if (!user) return null
  const payload = await payloadClient()
  const doc = await payload.findByID({ ...draftRead(user, locale), collection: 'pages', id }).catch(() => null)
  if (!doc) return null
  return toPageDetail(doc, await untranslatedFields('pages', doc.id, ['title', 'body'], locale, user))
}
