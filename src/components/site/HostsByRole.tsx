import Link from 'next/link'

import styles from './HostsByRole.module.css'
import { HOST_ROLES } from '@/model/vocabulary'
import type { HostRef } from '@/site/content'
import { dictionary, routesFor } from '@/site/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'

const PLURAL: Record<string, string> = {
  Host: 'Hosts',
  'Co-host': 'Co-hosts',
  'New co-host': 'New co-hosts',
  Partner: 'Partners',
  Participant: 'Participants',
}

/** Hosts grouped under their role, in the order the roles are defined. */
export function HostsByRole({ hosts, locale = DEFAULT_LOCALE }: { hosts: HostRef[]; locale?: Locale }) {
  const r = routesFor(locale)
  return (
    <div className={styles.groups}>
      {HOST_ROLES.map((role) => {
        const members = hosts.filter((h) => h.role === role.value)
        if (!members.length) return null
        // Chinese nouns have no plural form: the role name serves as the group heading.
        const heading = locale === 'en' ? (PLURAL[role.label] ?? role.label) : dictionary(locale).role(role.value)
        return (
          <section key={role.value} className={styles.group} aria-label={heading}>
            <h3 className={styles.role}>{heading}</h3>
            <ul>
              {members.map((host) => (
                <li key={host.slug}>
                  <Link href={r.organization(host.slug)}>{host.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
