import type { Endpoint, PayloadRequest } from 'payload'

import { isContentEditor } from '../access'
import { revalidatePublicSite } from '../cache/revalidate'
import type { BulkCollection } from '../config/exportPlugin'
import type { User } from '../payload-types'
import { importFile } from './importFile'
import { SITE_KEY } from '../cache/surrogateKeys'

const MAX_BYTES = 5 * 1024 * 1024

/**
 * POST /api/<editions|organizations>/import: a CSV or JSON file, as the `file` field of a form
 * or as the request body (Content-Type text/csv or application/json). `?dryRun=1` checks
 * without writing. Answers the report (200 when imported or checked clean, 422 when refused).
 */
export function importEndpoint(collection: BulkCollection): Endpoint {
  return {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      if (!req.user)
        return Response.json({ errors: [{ message: 'Sign in as an editor or admin to import.' }] }, { status: 401 })
      if (!isContentEditor({ req }))
        return Response.json({ errors: [{ message: 'Only editors and admins may import.' }] }, { status: 403 })
      const file = await readFile(req)
      if ('error' in file) return Response.json({ errors: [{ message: file.error }] }, { status: 400 })
      const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
      const report = await importFile({
        payload: req.payload,
        user: req.user as User,
        collection,
        text: file.text,
        formatHint: file.hint,
        dryRun,
      })
      if (report.applied && report.created + report.updated > 0)
        revalidatePublicSite(req, `import into ${collection}`, [SITE_KEY])
      const clean =
        report.applied || (dryRun && report.format !== null && report.refused === 0 && report.rows.length > 0)
      return Response.json(report, { status: clean ? 200 : 422 })
    },
  }
}

async function readFile(req: PayloadRequest): Promise<{ text: string; hint: string } | { error: string }> {
  const type = req.headers.get('content-type') ?? ''
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BYTES)
    return { error: 'The file is larger than 5 MB; split it.' }
  if (type.includes('multipart/form-data')) {
    const form = await req.formData?.()
    const file = form?.get('file')
    if (!file || typeof file === 'string') return { error: 'Attach the file as the "file" field.' }
    if (file.size > MAX_BYTES) return { error: 'The file is larger than 5 MB; split it.' }
    return { text: await file.text(), hint: `${file.name} ${file.type}` }
  }
  const text = (await req.text?.()) ?? ''
  if (!text.trim()) return { error: 'Send a CSV or JSON file.' }
  if (text.length > MAX_BYTES) return { error: 'The file is larger than 5 MB; split it.' }
  return { text, hint: type }
}
