import type { Metadata } from 'next'

import { OrganizationView, organizationMetadata } from '@/components/site/views/OrganizationView'
import { getOrganizations } from '@/site/content'

export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getOrganizations('zh')).map((o) => ({ slug: o.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return organizationMetadata((await params).slug, 'zh')
}

export default async function ChineseOrganizationPage({ params }: Props) {
  return <OrganizationView slug={(await params).slug} locale="zh" />
}
