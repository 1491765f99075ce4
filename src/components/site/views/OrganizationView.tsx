import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { getOrganization } from '@/site/content'
import { dictionary, routesFor } from '@/site/i18n'
import { excerpt } from '@/site/lexicalText'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

export async function loadOrganization(slug: string, locale: Locale) {
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getOrganization(slug, locale) : null
}

export async function organizationMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const org = await loadOrganization(slug, locale)
  if (!org) return { title: locale === 'zh' ? '未找到该机构' : 'Organization not found' }
  return pageMetadata({
    title: org.name,
    description: excerpt(org.description ?? `${org.name} and the Smart China Expo.`, 160),
    path: routes.organization(org.slug),
    locale,
  })
}

export async function OrganizationView({ slug, locale }: { slug: string; locale: Locale }) {
  const org = await loadOrganization(slug, locale)
  if (!org) notFound()
  const t = dictionary(locale)
  const r = routesFor(locale)
  const fallback = (field: string) => (org.untranslated.includes(field) ? 'en' : undefined)
  return (
    <article>
      <Breadcrumbs
        trail={[
          { label: t.home, href: r.home() },
          { label: t.organizations, href: r.organizations() },
          { label: org.name },
        ]}
      />
      <h1 lang={fallback('name')}>{org.name}</h1>
      <UntranslatedNotice locale={locale} fields={org.untranslated} />
      <p className="lead">{[t.orgKind(org.kind), org.country].filter(Boolean).join(' · ')}</p>
      {org.description ? <p lang={fallback('description')}>{org.description}</p> : null}
      {org.website ? (
        <p>
          {t.officialWebsite}
          {locale === 'zh' ? '：' : ': '}
          <a href={org.website} rel="noopener noreferrer">
            {org.website.replace(/^https?:\/\//, '')}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="hosted">
        <h2 id="hosted">{t.editions}</h2>
        {org.hosted.length ? (
          <ul>
            {org.hosted.map((e) => (
              <li key={e.year}>
                <Link href={r.edition(e.year)}>{e.title}</Link> —{' '}
                {locale === 'zh' ? t.role(e.role) : t.role(e.role).toLowerCase()}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noEditionListsIt}</p>
        )}
      </section>
      <ContentNotice path={r.organization(org.slug)} locale={locale} />
    </article>
  )
}
