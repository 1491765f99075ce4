// Who may do what: the one table the access-matrix suite (test/int/access-matrix.test.ts) runs
// through the Local API, REST and GraphQL. A collection or global in the config without a row
// here fails that suite, so new content cannot ship without a decision about its access.

export const ACTORS = ['public', 'editor', 'staff', 'admin'] as const
export type Actor = (typeof ACTORS)[number]
export type Signed = Exclude<Actor, 'public'>

/**
 * - read: one existing document (published, when the collection has drafts)
 * - readDraft: an unpublished draft (collections with drafts only)
 * - readVersions: the version history (collections and globals with versions only)
 * - users: the row is about *another* person's account; reading and editing oneself is tested apart.
 */
export type CollectionOps = 'create' | 'read' | 'readDraft' | 'update' | 'delete' | 'readVersions' | 'unlock'
export type GlobalOps = 'read' | 'update' | 'readVersions'

const EVERYONE: Actor[] = ['public', 'editor', 'staff', 'admin']
const EDITORS: Actor[] = ['editor', 'admin']
const HANDLERS: Actor[] = ['staff', 'admin']

/** Expo content: anyone reads what is published; only editors see drafts and history, and write. */
const editorial = {
  create: EDITORS,
  read: EVERYONE,
  readDraft: EDITORS,
  update: EDITORS,
  delete: EDITORS,
  readVersions: EDITORS,
}

export const COLLECTION_RULES: Record<string, Partial<Record<CollectionOps, Actor[]>>> = {
  editions: editorial,
  organizations: editorial,
  pages: editorial,
  media: { create: EDITORS, read: EVERYONE, update: EDITORS, delete: EDITORS },
  // Personal data: anyone may write to us, only request handlers read; only admins delete (retention).
  'contact-requests': { create: EVERYONE, read: HANDLERS, update: HANDLERS, delete: ['admin'] },
  // Append-only trail written by hooks alone; nobody deletes, admins included.
  'takedown-audit': { create: [], read: HANDLERS, update: [], delete: [] },
  // Files sent with removal notices: staff only, never edited.
  'takedown-evidence': { create: HANDLERS, read: HANDLERS, update: [], delete: ['admin'] },
  // Anyone affected may contest a removal (with the anti-robot check); handlers read; as filed, never edited.
  'counter-notices': { create: EVERYONE, read: HANDLERS, update: [], delete: ['admin'] },
  // Unlock lifts another account's lockout after failed logins: admins only, or the lockout guards nothing.
  users: { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'], unlock: ['admin'] },
  // Saved CSV/JSON exports of editions and organizations (plugin-import-export): bulk editing is editors' work; an export is never edited.
  exports: { create: EDITORS, read: EDITORS, update: [], delete: EDITORS },
  // Shared-cache purges that failed every retry, written by the server alone; admins read and dismiss them.
  'cache-purge-failures': { create: [], read: ['admin'], update: [], delete: ['admin'] },
  outbox: { create: [], read: ['admin'], update: [], delete: ['admin'] },
  // Copies of content as a notice hid it, written by the server; retention deletes them, nobody else.
  'takedown-snapshots': { create: [], read: HANDLERS, update: [], delete: [] },
  // The request's email history (role, language, subject; no address): server-written, staff read.
  'takedown-mail': { create: [], read: HANDLERS, update: [], delete: ['admin'] },
}

export const GLOBAL_RULES: Record<string, Partial<Record<GlobalOps, Actor[]>>> = {
  'takedown-settings': { read: HANDLERS, update: ['admin'] },
}

/**
 * Personal data, planted as unique markers and looked for in everything each actor can fetch
 * (every collection list at depth 2, every global, through each API). A marker may show up only
 * for the roles named here; `self` marks data its owner may also see.
 */
export const PERSONAL_DATA = {
  notifierEmail: { where: 'contact-requests.email', readers: HANDLERS },
  notifierPhone: { where: 'contact-requests.phone', readers: HANDLERS },
  notifierAddress: { where: 'contact-requests.postalAddress', readers: HANDLERS },
  staffNotes: { where: 'contact-requests.staffNotes', readers: HANDLERS },
  senderFingerprint: { where: 'contact-requests.senderFingerprint', readers: HANDLERS },
  confirmationTokenHash: { where: 'contact-requests.confirmationTokenHash', readers: [] as Actor[] },
  colleagueEmail: {
    where: 'users.email (another account, also as assignee and audit actor)',
    readers: ['admin'] as Actor[],
  },
  evidenceFile: { where: 'takedown-evidence file bytes and name', readers: HANDLERS },
} satisfies Record<string, { where: string; readers: Actor[] }>
