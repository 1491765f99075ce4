import type { CollectionBeforeOperationHook } from 'payload'

// Characters no file name of ours may keep: C0 and C1 controls and DEL (NUL cuts names short in C
// code and breaks PostgreSQL text; ESC sequences recolour a terminal that lists the folder), and
// the bidirectional controls that make "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The name with unsafe characters removed; never a bare extension (a hidden ".png" file). */
export function cleanFilename(name: string): string {
  const cleaned = name.replace(UNSAFE_IN_NAMES, '').trim()
  return /^\.[^.]*$/.test(cleaned) || cleaned === '' ? `file${cleaned}` : cleaned
}

/**
 * Cleans the name of an uploaded file before Payload derives the stored name from it. Files come
 * this way from the Local API (the removal form's evidence) and from REST when the multipart
 * parser let the name through; one it cannot parse is a 400 (see answerMalformedUploadWith400).
 */
export const cleanUploadFilename: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = args.req?.file as { name?: string } | undefined
  if (file && typeof file.name === 'string') file.name = cleanFilename(file.name)
  return args
}
