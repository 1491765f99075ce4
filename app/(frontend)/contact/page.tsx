import { ContactView, contactMetadata } from './ContactView'

export const metadata = contactMetadata('en')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function ContactPage({ searchParams }: Props) {
  return <ContactView searchParams={searchParams} locale="en" />
}
