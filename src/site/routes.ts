// The public site's route contract, defined once: pages, links, sitemap and URL checks use it.

export const routes = {
  home: () => '/',
  editions: () => '/editions',
  edition: (year: number | string) => `/editions/${year}`,
  organizations: () => '/organizations',
  organization: (slug: string) => `/organizations/${slug}`,
  page: (slug: string) => `/${slug}`,
  search: (q?: string, page?: number) => {
    const params = new URLSearchParams()
    if (q) params.set('q', q)
    if (page && page > 1) params.set('page', String(page))
    const query = params.toString()
    return query ? `/search?${query}` : '/search'
  },
  removalRequest: (url: string) => `/removal-request?url=${encodeURIComponent(url)}`,
  contact: () => '/contact',
  counterNotice: (reference?: string) =>
    reference ? `/counter-notice?ref=${encodeURIComponent(reference)}` : '/counter-notice',
  transparency: (period?: string) => (period ? `/transparency?period=${encodeURIComponent(period)}` : '/transparency'),
  /** An editor's live preview of a draft (never indexed, 404 for visitors). */
  preview: (collection: PreviewCollection, id: number | string) =>
    `/preview/${collection}/${encodeURIComponent(String(id))}`,
}

/** Collections whose drafts the admin's live preview renders as site pages. */
export const PREVIEW_COLLECTIONS = ['editions', 'pages'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]
export const isPreviewCollection = (value: string): value is PreviewCollection =>
  (PREVIEW_COLLECTIONS as readonly string[]).includes(value)
