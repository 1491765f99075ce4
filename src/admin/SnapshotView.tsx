'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { snapshotRows } from '../takedown/snapshotText'

/**
 * A content snapshot, readable: every field of the item in every language as it stood when the
 * notice hid it, rich text as words. The stored copy itself is the `document` JSON (hidden).
 */
export function SnapshotView() {
  const document = useFormFields(([fields]) => fields.document?.value)
  const url = useFormFields(([fields]) => fields.url?.value) as string | undefined
  const { i18n } = useTranslation()
  const zh = i18n.language === 'zh'
  const rows = snapshotRows(document)
  return (
    <div className="field-type snapshot-view" style={{ marginBottom: 'var(--base)' }}>
      <p>
        {zh
          ? '以下是通知首次隐藏该内容时的完整副本（所有语言）。此后编辑人员对内容的修改不会改变它。'
          : 'The item as it stood when the notice first hid it, every field in every language. Later edits to the item do not change this copy.'}
        {url ? (
          <>
            {' '}
            <a href={url} target="_blank" rel="noreferrer">
              {zh ? '打开现在的页面' : 'Open the page as it is now'}
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
        <p>{zh ? '快照为空：内容在隐藏时已被删除。' : 'The snapshot is empty: the item was already deleted.'}</p>
      )}
    </div>
  )
}
