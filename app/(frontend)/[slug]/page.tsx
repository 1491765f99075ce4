import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { RichTextContent } from '@/components/site/RichTextContent'
import { getPage, getPages } from '@/site/content'
import { excerpt, lexicalToPlainText } from '@/site/lexicalText'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

// Known ones are built ahead; a page published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getPages()).map((p) => ({ slug: p.slug }))
}

async function load(params: Props['params']) {
  const { slug } = await params
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Page not found' }
  return pageMetadata({ title: page.title, description: page.description || excerpt(lexicalToPlainText(page.body), 160), path: routes.page(page.slug) })
}

export default async function CmsPage({ params }: Props) {
  const page = await load(params)
  if (!page) notFound()
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: page.title }]} />
      <h1>{page.title}</h1>
      <RichTextContent data={page.body} />
      <ContentNotice path={routes.page(page.slug)} />
    </article>
  )
}
