import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { NoticesContact } from '@/components/site/NoticesContact'
import { RichTextContent } from '@/components/site/RichTextContent'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { getPage, type PageDetail } from '@/site/content'
import { dictionary, routesFor } from '@/site/i18n'
import { excerpt, lexicalToPlainText } from '@/site/lexicalText'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'
import { getTakedownTerms } from '@/site/takedownTerms'

export async function loadPage(slug: string, locale: Locale) {
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPage(slug, locale) : null
}

export async function cmsPageMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const page = await loadPage(slug, locale)
  if (!page) return { title: locale === 'zh' ? '未找到该页面' : 'Page not found' }
  return pageMetadata({
    title: page.title,
    description: page.description || excerpt(lexicalToPlainText(page.body), 160),
    path: routes.page(page.slug),
    locale,
  })
}

export async function CmsPageView({ slug, locale }: { slug: string; locale: Locale }) {
  const page = await loadPage(slug, locale)
  if (!page) notFound()
  // The disclaimer invites rights holders to ask for removal: it says where notices go.
  const contact = page.slug === DISCLAIMER_SLUG ? (await getTakedownTerms()).noticesContact : null
  return (
    <CmsPageArticle page={page} locale={locale}>
      {contact ? <NoticesContact contact={contact} locale={locale} /> : null}
    </CmsPageArticle>
  )
}

const DISCLAIMER_SLUG = 'disclaimer'

/** A CMS page's content; the public route and the editors' live preview both render it. */
export function CmsPageArticle({
  page,
  locale,
  children,
}: {
  page: PageDetail
  locale: Locale
  children?: React.ReactNode
}) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const fallback = (field: string) => (page.untranslated.includes(field) ? 'en' : undefined)
  return (
    <article>
      <Breadcrumbs trail={[{ label: t.home, href: r.home() }, { label: page.title }]} />
      <h1 lang={fallback('title')}>{page.title}</h1>
      <UntranslatedNotice locale={locale} fields={page.untranslated} />
      <div lang={fallback('body')}>
        <RichTextContent data={page.body} locale={locale} />
      </div>
      {children}
      <ContentNotice path={r.page(page.slug)} locale={locale} />
    </article>
  )
}
