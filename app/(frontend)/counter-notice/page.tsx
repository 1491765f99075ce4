import type { Metadata } from 'next'

import { CounterNoticeForm } from './CounterNoticeForm'
import { t } from './strings'
import { newChallenge, noScriptQuestion } from '@/takedown/challenge'

export const metadata: Metadata = { title: t.title, robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ ref?: string | string[] }> }

export default async function CounterNoticePage({ searchParams }: Props) {
  const { ref } = await searchParams
  return (
    <article>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <CounterNoticeForm
        challenge={JSON.stringify(await newChallenge())}
        question={noScriptQuestion()}
        reference={typeof ref === 'string' ? ref.slice(0, 40) : ''}
      />
    </article>
  )
}
