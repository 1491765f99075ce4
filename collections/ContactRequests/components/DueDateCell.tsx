import type { DefaultServerCellComponentProps } from 'payload'

import { OPEN_STATUSES, type RequestStatus } from '../../../src/takedown/workflow'

/** The due date in the staff list, marked "overdue" in red while the request is still open. */
export function DueDateCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  if (!cellData) return <span>—</span>
  const due = new Date(String(cellData))
  const open = OPEN_STATUSES.includes((rowData as { status?: RequestStatus }).status as RequestStatus)
  const overdue = open && due.getTime() < Date.now()
  const text = due.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
  return overdue ? (
    <strong style={{ color: 'var(--theme-error-500, #b00020)' }} title="Past its due date">
      {text} UTC · overdue
    </strong>
  ) : (
    <span>{text} UTC</span>
  )
}
