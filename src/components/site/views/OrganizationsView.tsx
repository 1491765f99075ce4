import Link from 'next/link'

import styles from './organizations.module.css'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { getOrganizations } from '@/site/content'
import { formatHostingRecord } from '@/site/format'
import { dictionary, routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

const DESCRIPTION = {
  en: 'The ministries, academies, governments and companies that hosted or took part in the Smart China Expo.',
  zh: '主办或参与智博会的国家部委、两院、政府机构与企业。',
}

export const organizationsMetadata = (locale: Locale) =>
  pageMetadata({
    title: dictionary(locale).organizations,
    description: DESCRIPTION[locale],
    path: routes.organizations(),
    locale,
  })

export async function OrganizationsView({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const organizations = await getOrganizations(locale)
  return (
    <>
      <Breadcrumbs trail={[{ label: t.home, href: r.home() }, { label: t.organizations }]} />
      <h1>{t.organizations}</h1>
      <p className="lead">{t.organizationsLead}</p>
      <ul className={styles.grid}>
        {organizations.map((org) => (
          <li key={org.slug} className={styles.card}>
            <h2 className={styles.name}>
              <Link href={r.organization(org.slug)}>{org.name}</Link>
            </h2>
            <p className={styles.kind}>{[t.orgKind(org.kind), org.country].filter(Boolean).join(' · ')}</p>
            <p className={styles.record}>
              {org.editions.length ? formatHostingRecord(org.editions, locale) : t.notNamedYet}
            </p>
          </li>
        ))}
      </ul>
      <ContentNotice path={r.organizations()} locale={locale} />
    </>
  )
}
