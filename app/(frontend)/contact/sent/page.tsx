import { ContactSentView, contactSentMetadata } from '../ContactView'

export const metadata = contactSentMetadata('en')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function ContactSentPage({ searchParams }: Props) {
  return <ContactSentView searchParams={searchParams} locale="en" />
}
