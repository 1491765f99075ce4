import type { Payload } from 'payload'

import { isRequestHandler } from '../access'
import type { RoleHolder } from '../access/roles'
import { staffStats } from '../takedown/dashboard'

const LIST = '/admin/collections/contact-requests'

/** Above the admin dashboard, for staff and admins: where the takedown queue stands. */
export async function TakedownDashboard({ payload, user }: { payload: Payload; user?: RoleHolder }) {
  if (!isRequestHandler({ user })) return null
  const s = await staffStats(payload)
  const figures: [string, string | number, string?][] = [
    ['Open requests', s.open, LIST],
    [
      'Overdue',
      s.overdue,
      `${LIST}?where[dueAt][less_than]=${encodeURIComponent(new Date().toISOString())}&where[status][in]=received,in_review`,
    ],
    ['Decided this month', s.decidedThisMonth],
    ['Median time to decision (this month)', s.medianHoursToDecision === null ? '—' : `${s.medianHoursToDecision} h`],
  ]
  return (
    <section aria-labelledby="takedown-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="takedown-dashboard">Takedown requests</h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: 'var(--base)' }}>
        {figures.map(([label, value, href]) => (
          <div
            key={label}
            style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'var(--base)' }}
          >
            <dt>{label}</dt>
            <dd
              style={{
                fontSize: '2rem',
                margin: 0,
                color: label === 'Overdue' && Number(value) > 0 ? 'var(--theme-error-500)' : undefined,
              }}
              data-figure={label}
            >
              {href ? <a href={href}>{value}</a> : value}
            </dd>
          </div>
        ))}
      </dl>
      <p>Deadlines are counted in business days in {s.timeZone}; see the takedown settings.</p>
    </section>
  )
}
