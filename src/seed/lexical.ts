// Small builders for Lexical JSON, so seed content reads as prose rather than node trees.

type LexicalNode = { type: string; version: number; [key: string]: unknown }

const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (value: string): LexicalNode => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): LexicalNode => ({
  type: 'heading',
  tag,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [text(value)],
})

export const block = (blockType: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { blockName: '', blockType, ...fields },
})

export function richText(...nodes: (LexicalNode | string)[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: nodes.map((node) => (typeof node === 'string' ? paragraph(node) : node)),
    },
  }
}

/** An image from the media collection placed in a text (rendered with its credit on the site). */
export const upload = (mediaId: number | string): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `upload-${mediaId}`,
  fields: null,
  relationTo: 'media',
  value: mediaId,
})
