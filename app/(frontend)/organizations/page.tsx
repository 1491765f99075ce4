import { OrganizationsView, organizationsMetadata } from '@/components/site/views/OrganizationsView'

export const metadata = organizationsMetadata('en')

export default function OrganizationsPage() {
  return <OrganizationsView locale="en" />
}
