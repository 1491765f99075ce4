import Link from 'next/link'

import { HOST_ROLES } from '@/model/vocabulary'
import type { HostRef } from '@/site/content'
import { routes } from '@/site/routes'

import styles from './HostsByRole.module.css'

const PLURAL: Record<string, string> = { Host: 'Hosts', 'Co-host': 'Co-hosts', 'New co-host': 'New co-hosts', Partner: 'Partners', Participant: 'Participants' }

/** Hosts grouped under their role, in the order the roles are defined. */
export function HostsByRole({ hosts }: { hosts: HostRef[] }) {
  return (
    <div className={styles.groups}>
      {HOST_ROLES.map((role) => {
        const members = hosts.filter((h) => h.role === role.value)
        if (!members.length) return null
        return (
          <section key={role.value} className={styles.group} aria-label={PLURAL[role.label] ?? role.label}>
            <h3 className={styles.role}>{PLURAL[role.label] ?? role.label}</h3>
            <ul>
              {members.map((host) => (
                <li key={host.slug}>
                  <Link href={routes.organization(host.slug)}>{host.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
