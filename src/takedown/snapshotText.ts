// A content snapshot (takedown-snapshots) as staff read it: one row per value, by field path,
// rich text as its plain words. No Payload import: the admin view and the tests share it.

export type SnapshotRow = { path: string; text: string }

// Bookkeeping that says nothing about what was published.
const SKIPPED = new Set(['id', '_uuid', 'takedown', 'savedBy'])

type LexicalNode = { text?: unknown; children?: unknown }

const isRichText = (value: unknown): value is { root: LexicalNode } =>
  Boolean(value && typeof value === 'object' && 'root' in value && (value as { root?: unknown }).root)

/** The words of a Lexical document, a block per line. */
function richTextWords(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  const parts = (node.children as LexicalNode[]).map(richTextWords)
  const isBlockContainer = (node.children as LexicalNode[]).some((c) => Array.isArray(c?.children))
  return parts.join(isBlockContainer ? '\n' : '').trim()
}

export function snapshotRows(doc: unknown, path = ''): SnapshotRow[] {
  if (doc === null || doc === undefined || doc === '') return []
  if (isRichText(doc)) {
    const text = richTextWords(doc.root)
    return text ? [{ path, text }] : []
  }
  if (Array.isArray(doc)) return doc.flatMap((item, i) => snapshotRows(item, path ? `${path}.${i + 1}` : String(i + 1)))
  if (typeof doc === 'object')
    return Object.entries(doc as Record<string, unknown>)
      .filter(([key]) => !SKIPPED.has(key))
      .flatMap(([key, value]) => snapshotRows(value, path ? `${path}.${key}` : key))
  return [{ path, text: String(doc) }]
}

/**
 * JSON with every object's keys in sorted order: what a snapshot's SHA-256 is taken over, so that
 * it checks out on every database (PostgreSQL's jsonb does not keep key order).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}
