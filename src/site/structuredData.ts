import type { EditionDetail } from './content'
import { isoDay } from './format'
import { routes } from './routes'
import { siteUrl } from '../config/siteUrl'

const ATTENDANCE_MODE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

/** schema.org Event for an edition, so search engines read its dates, place, mode and organizers. */
export function editionEventJsonLd(edition: EditionDetail): Record<string, unknown> {
  const url = `${siteUrl()}${routes.edition(edition.year)}`
  const place = {
    '@type': 'Place',
    name: edition.venue ?? edition.city ?? 'Chongqing',
    address: { '@type': 'PostalAddress', addressLocality: edition.city ?? undefined, addressCountry: 'CN' },
  }
  const virtual = { '@type': 'VirtualLocation', url }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: edition.title,
    url,
    startDate: isoDay(edition.startDate),
    ...(edition.endDate ? { endDate: isoDay(edition.endDate) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE_MODE[edition.format],
    location: edition.format === 'online' ? virtual : edition.format === 'hybrid' ? [place, virtual] : place,
    description: edition.summary || undefined,
    organizer: edition.hosts
      .filter((h) => h.role !== 'participant')
      .map((h) => ({ '@type': 'Organization', name: h.name, url: `${siteUrl()}${routes.organization(h.slug)}` })),
  }
}
