import { ContactSentView, contactSentMetadata } from '../../../../(frontend)/contact/ContactView'

export const metadata = contactSentMetadata('zh')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <ContactSentView searchParams={searchParams} locale="zh" />
}
