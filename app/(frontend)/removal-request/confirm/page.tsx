import { ConfirmView, confirmMetadata } from '../RemovalView'

export const metadata = confirmMetadata('en')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <ConfirmView searchParams={searchParams} locale="en" />
}
