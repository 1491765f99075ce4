/** Plain text of a Lexical document, for search, snippets and meta descriptions. */
export function lexicalToPlainText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; text?: string; children?: unknown[]; fields?: Record<string, unknown> }
    if (typeof n.text === 'string') parts.push(n.text)
    if (n.type === 'block' && n.fields) {
      for (const key of ['heading', 'text', 'note', 'linkLabel']) {
        const field = n.fields[key]
        if (typeof field === 'string') parts.push(field)
      }
    }
    if (Array.isArray(n.children)) {
      n.children.forEach(walk)
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem') parts.push('\n')
    }
  }
  walk((value as { root?: unknown })?.root)
  return parts
    .join(' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n+/g, '\n')
    .trim()
}

/** The first sentence-ish stretch of text, cut at a word boundary. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`
}
