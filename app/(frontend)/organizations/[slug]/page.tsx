import type { Metadata } from 'next'

import { OrganizationView, organizationMetadata } from '@/components/site/views/OrganizationView'
import { getOrganizations } from '@/site/content'

// Known ones are built ahead; an organization published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getOrganizations()).map((o) => ({ slug: o.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return organizationMetadata((await params).slug, 'en')
}

export default async function OrganizationPage({ params }: Props) {
  return <OrganizationView slug={(await params).slug} locale="en" />
}
