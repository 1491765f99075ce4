import Link from 'next/link'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { labelOf, ORGANIZATION_KINDS } from '@/model/vocabulary'
import { getOrganizations } from '@/site/content'
import { formatHostingRecord } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

import styles from './organizations.module.css'

export const metadata = pageMetadata({
  title: 'Organizations',
  description: 'The ministries, academies, governments and companies that hosted or took part in the Smart China Expo.',
  path: routes.organizations(),
})

export default async function OrganizationsPage() {
  const organizations = await getOrganizations()
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: 'Organizations' }]} />
      <h1>Organizations</h1>
      <p className="lead">Who hosted the expo, joined as a co-host, or took part in its programme.</p>
      <ul className={styles.grid}>
        {organizations.map((org) => (
          <li key={org.slug} className={styles.card}>
            <h2 className={styles.name}>
              <Link href={routes.organization(org.slug)}>{org.name}</Link>
            </h2>
            <p className={styles.kind}>{[labelOf(ORGANIZATION_KINDS, org.kind), org.country].filter(Boolean).join(' · ')}</p>
            <p className={styles.record}>{org.editions.length ? formatHostingRecord(org.editions) : 'Not yet named in a published edition'}</p>
          </li>
        ))}
      </ul>
      <ContentNotice path={routes.organizations()} />
    </>
  )
}
