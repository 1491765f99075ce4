import type { Payload } from 'payload'

// Evidence files sent with the removal form: a few documents or images, small enough for email.

export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_EVIDENCE_FILES = 3
// Together they stay under the server action body limit (next.config.ts, 7 MB).
export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024

export type EvidenceFile = { name: string; type: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> }

/** Why the files cannot be accepted, or null. Checked before the notice is saved. */
export function evidenceError(files: EvidenceFile[]): string | null {
  if (files.length > MAX_EVIDENCE_FILES) return `Attach at most ${MAX_EVIDENCE_FILES} files.`
  for (const file of files) {
    if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type))
      return `${file.name} is not a PDF, JPEG, PNG or WebP file.`
    if (file.size > MAX_EVIDENCE_BYTES) return `${file.name} is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`
  }
  return null
}

/** Stores the files against the notice they came with; readable by staff only. */
export async function attachEvidence(
  payload: Payload,
  noticeId: number | string,
  files: EvidenceFile[],
): Promise<void> {
  for (const file of files) {
    const data = Buffer.from(await file.arrayBuffer())
    await payload.create({
      collection: 'takedown-evidence',
      data: { notice: noticeId as number },
      file: { data, mimetype: file.type, name: file.name.slice(-100), size: data.length },
      overrideAccess: true,
    })
  }
}
