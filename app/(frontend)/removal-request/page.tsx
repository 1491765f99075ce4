import type { Metadata } from 'next'

import { RemovalForm } from './RemovalForm'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'

export const metadata: Metadata = {
  title: 'Request removal of content',
  description: 'Ask us to remove, credit or correct material on this site that infringes your rights.',
  robots: { index: false },
}

// Each visit gets its own anti-robot challenge.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ url?: string | string[] }> }

export default async function RemovalRequestPage({ searchParams }: Props) {
  const { url } = await searchParams
  const challenge = JSON.stringify(await newChallenge())
  return (
    <article>
      <h1>Request removal of content</h1>
      <p className="lead">
        This archive republishes material from other publishers. If something here infringes your copyright, your image
        or your personal data, is defamatory or is wrong, tell us below and we will act on it.
      </p>
      <p>
        After you send the notice we email you a link to confirm your address; nothing happens before you confirm.
        Notices about copyright, images and personal data then take the content offline at once while we review them;
        other notices are reviewed first. We decide within two days and tell you why.
      </p>
      <RemovalForm
        challenge={challenge}
        question={noScriptQuestion()}
        initialUrl={typeof url === 'string' ? url.slice(0, 2000) : ''}
      />
    </article>
  )
}
