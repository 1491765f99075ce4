import { ContactView, contactMetadata } from '../../../(frontend)/contact/ContactView'

export const metadata = contactMetadata('zh')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <ContactView searchParams={searchParams} locale="zh" />
}
