import type { DefaultServerCellComponentProps } from 'payload'

import { isOverdue } from '../../../src/takedown/deadlines'
import { OPEN_STATUSES, type RequestStatus } from '../../../src/takedown/workflow'

/** The next deadline in the staff list: red "overdue" when staff are late; for needs_info, when it closes unanswered. */
export function DueDateCell({ cellData, rowData }: DefaultServerCellComponentProps) {
  const status = (rowData as { status?: RequestStatus }).status as RequestStatus
  const open = OPEN_STATUSES.includes(status)
  // A closed request owes nothing: its last deadline would only read as overdue or pending.
  if (!cellData || !open) return <span>—</span>
  const due = new Date(String(cellData))
  const overdue = isOverdue({ status, dueAt: String(cellData) })
  const text = due.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  if (open && status === 'needs_info')
    return <span title="Waiting for the notifier; closes unanswered then">{text} UTC · closes if no reply</span>
  return overdue ? (
    <strong style={{ color: 'var(--theme-error-500, #b00020)' }} title="Past its due date">
      {text} UTC · overdue
    </strong>
  ) : (
    <span>{text} UTC</span>
  )
}
