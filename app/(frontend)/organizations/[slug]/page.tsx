import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { HOST_ROLES, labelOf, ORGANIZATION_KINDS } from '@/model/vocabulary'
import { getOrganization, getOrganizations } from '@/site/content'
import { excerpt } from '@/site/lexicalText'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

// Known ones are built ahead; an organization published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getOrganizations()).map((o) => ({ slug: o.slug }))
}

async function load(params: Props['params']) {
  const { slug } = await params
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getOrganization(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await load(params)
  if (!org) return { title: 'Organization not found' }
  return pageMetadata({ title: org.name, description: excerpt(org.description ?? `${org.name} and the Smart China Expo.`, 160), path: routes.organization(org.slug) })
}

export default async function OrganizationPage({ params }: Props) {
  const org = await load(params)
  if (!org) notFound()
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: 'Organizations', href: routes.organizations() }, { label: org.name }]} />
      <h1>{org.name}</h1>
      <p className="lead">{[labelOf(ORGANIZATION_KINDS, org.kind), org.country].filter(Boolean).join(' · ')}</p>
      {org.description ? <p>{org.description}</p> : null}
      {org.website ? (
        <p>
          Official website: <a href={org.website} rel="noopener noreferrer">{org.website.replace(/^https?:\/\//, '')}</a>
        </p>
      ) : null}
      <section aria-labelledby="hosted">
        <h2 id="hosted">Editions</h2>
        {org.hosted.length ? (
          <ul>
            {org.hosted.map((e) => (
              <li key={e.year}>
                <Link href={routes.edition(e.year)}>{e.title}</Link> — {labelOf(HOST_ROLES, e.role).toLowerCase()}
              </li>
            ))}
          </ul>
        ) : (
          <p>No published edition lists this organization yet.</p>
        )}
      </section>
      <ContentNotice path={routes.organization(org.slug)} />
    </article>
  )
}
