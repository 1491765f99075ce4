import { OrganizationsView, organizationsMetadata } from '@/components/site/views/OrganizationsView'

export const metadata = organizationsMetadata('zh')

export default function ChineseOrganizationsPage() {
  return <OrganizationsView locale="zh" />
}
