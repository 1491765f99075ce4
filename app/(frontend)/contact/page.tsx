import type { Metadata } from 'next'
import Link from 'next/link'

import { ContactForm } from './ContactForm'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'

export const metadata: Metadata = { title: 'Contact us', description: 'Write to the people who keep the Expo Archive.' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export default async function ContactPage({ searchParams }: Props) {
  const { page } = await searchParams
  return (
    <article>
      <h1>Contact us</h1>
      <p className="lead">Questions, corrections and suggestions about the archive are welcome.</p>
      <p>
        To have content removed because it infringes your rights, use the{' '}
        <Link href="/removal-request">removal request form</Link> instead: it is handled faster and with the details we
        need.
      </p>
      <ContactForm
        challenge={JSON.stringify(await newChallenge())}
        question={noScriptQuestion()}
        initialPage={typeof page === 'string' ? page.slice(0, 2000) : ''}
      />
    </article>
  )
}
