import { counterNotice, en, overdueDigest, staffNotice } from './en'
import { asLanguage } from './languages'
import type { MessageContext, MessageKind, NotifierMessage, Rendered } from './types'
import { zh } from './zh'

export * from './types'

const BY_LANGUAGE = { en, zh }

/** A message in its reader's language: the notifier's, or the affected party's; staff messages are always English. */
export function renderMessage(kind: MessageKind, context: MessageContext, language: unknown): Rendered {
  if (kind === 'staffNotice') return staffNotice(context)
  if (kind === 'overdueDigest') return overdueDigest(context)
  if (kind === 'counterNotice') return counterNotice(context)
  return BY_LANGUAGE[asLanguage(language)][kind as NotifierMessage](context)
}
