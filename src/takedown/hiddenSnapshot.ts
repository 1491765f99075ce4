// What the server's 410 gate (goneGate.ts) needs without asking the app on every request. No
// Payload import here: the server entry stays small, and this module is shared by it and the app.

import { env } from '../config/env'

export type HiddenNotice = { reference: string | null; basis: string | null; since: string | null }
/** Hidden items keyed `<collection>:<key>`, the key as parseContentPath reads it from a URL. */
export type HiddenIndex = Record<string, HiddenNotice>

export const hiddenIndexKey = (collection: string, key: string) => `${collection}:${key}`

/**
 * How long a snapshot is trusted when nothing in this process said it changed: the bound on
 * how late a decision taken on another instance shows here as 410.
 */
export const HIDDEN_SNAPSHOT_MAX_AGE_MS = env().TAKEDOWN_SNAPSHOT_MAX_AGE_MS
