'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { CaseFileTranslationKey } from '../config/adminTranslations'
import { snapshotRows } from '../takedown/snapshotText'

/**
 * A content snapshot, readable: every field of the item in every language as it stood when the
 * notice hid it, rich text as words. The stored copy itself is the `document` JSON (hidden).
 */
export function SnapshotView() {
  const document = useFormFields(([fields]) => fields.document?.value)
  const url = useFormFields(([fields]) => fields.url?.value) as string | undefined
  const { t: translate } = useTranslation()
  const t = translate as (key: CaseFileTranslationKey | string) => string
  const rows = snapshotRows(document)
  return (
    <div className="field-type snapshot-view" style={{ marginBottom: 'var(--base)' }}>
      <p>
        {t('custom:snapshotIntro')}
        {url ? (
          <>
            {' '}
            <a href={url} target="_blank" rel="noreferrer">
              {t('custom:snapshotOpenNow')}
            </a>
          </>
        ) : null}
      </p>
      {rows.length ? (
        <table className="table" style={{ width: '100%' }}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path}>
                <th style={{ textAlign: 'left', verticalAlign: 'top', paddingRight: '1rem', whiteSpace: 'nowrap' }}>
                  <code>{row.path}</code>
                </th>
                <td style={{ whiteSpace: 'pre-wrap' }}>{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('custom:snapshotEmpty')}</p>
      )}
    </div>
  )
}
