'use client'

import { useState } from 'react'

import type { ImportReport } from '../../bulkImport/importFile'

const KEY_HELP = { editions: 'year', organizations: 'slug' } as const

/**
 * Choose a file, check it, import it. The server checks every row before writing any; a file
 * with a refused row changes nothing, and the table says what to correct, row by row.
 */
export function BulkImportForm({ collection }: { collection: 'editions' | 'organizations' }) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [failure, setFailure] = useState('')

  async function send(dryRun: boolean) {
    if (!file) return
    setBusy(true)
    setFailure('')
    setReport(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const res = await fetch(`/api/${collection}/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = await res.json()
      if (body && 'rows' in body) setReport(body as ImportReport)
      else setFailure(body?.errors?.[0]?.message ?? `The server answered ${res.status}.`)
    } catch (err) {
      setFailure((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="bulk-import" style={{ margin: 'calc(var(--base) * 0.5) 0 var(--base)' }}>
      <summary style={{ cursor: 'pointer' }}>Import from CSV or JSON</summary>
      <p style={{ maxWidth: '48rem' }}>
        Rows are matched on <strong>{KEY_HELP[collection]}</strong>: a known one is updated, a new one created (as a
        draft unless its
        <code> _status</code> says <code>published</code>). Empty cells leave a field as it is. A file exported with{' '}
        <em>Export</em> can be edited and imported back. Nothing is written unless every row is valid.
      </p>
      <input
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-label="File to import"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={!file || busy}
        onClick={() => send(true)}
      >
        Check
      </button>{' '}
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={!file || busy}
        onClick={() => send(false)}
      >
        Import
      </button>
      {failure ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {failure}
        </p>
      ) : null}
      {report ? <ImportReportTable report={report} /> : null}
    </details>
  )
}

function ImportReportTable({ report }: { report: ImportReport }) {
  const refused = report.refused > 0 || (!report.applied && !report.dryRun)
  return (
    <div role="status" data-testid="import-report">
      <p style={{ fontWeight: 600, color: refused ? 'var(--theme-error-500)' : undefined }}>{report.message}</p>
      {report.ignoredColumns.length ? (
        <p>Not imported (set these in the edit view): {report.ignoredColumns.join(', ')}</p>
      ) : null}
      {report.rows.length ? (
        <table className="table">
          <thead>
            <tr>
              <th>Row</th>
              <th>Key</th>
              <th>Result</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.key ?? '—'}</td>
                <td>
                  {report.applied || row.action === 'refused' || row.action === 'unchanged'
                    ? row.action
                    : `would ${row.action} (not written)`}
                </td>
                <td>
                  {row.errors.length
                    ? row.errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message}`).join(' ')
                    : row.changes.join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
