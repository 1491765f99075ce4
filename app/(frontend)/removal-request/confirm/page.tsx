import type { Metadata } from 'next'

import { ConfirmNotice } from './ConfirmNotice'

export const metadata: Metadata = { title: 'Confirm your removal notice', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ token?: string | string[] }> }

/**
 * The emailed link opens this page; confirming takes a button press, so mail scanners that
 * open links on their own cannot confirm a notice for someone.
 */
export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <article>
      <h1>Confirm your removal notice</h1>
      <ConfirmNotice token={typeof token === 'string' ? token.slice(0, 100) : ''} />
    </article>
  )
}
