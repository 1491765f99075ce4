// Controlled vocabularies of the expo record: defined once, used by collections, site and seed.

export const EDITION_FORMATS = [
  { value: 'offline', label: 'In person' },
  { value: 'online', label: 'Online' },
  { value: 'hybrid', label: 'Online and in person' },
] as const
export type EditionFormat = (typeof EDITION_FORMATS)[number]['value']

/** `participant` covers organizations named as taking part without hosting (e.g. companies in 2022). */
export const HOST_ROLES = [
  { value: 'host', label: 'Host' },
  { value: 'co-host', label: 'Co-host' },
  { value: 'new-co-host', label: 'New co-host' },
  { value: 'partner', label: 'Partner' },
  { value: 'participant', label: 'Participant' },
] as const
export type HostRole = (typeof HOST_ROLES)[number]['value']

export const ORGANIZATION_KINDS = [
  { value: 'ministry', label: 'Ministry or national agency' },
  { value: 'academy', label: 'Academy' },
  { value: 'association', label: 'Association' },
  { value: 'local-government', label: 'Local government' },
  { value: 'foreign-government', label: 'Foreign government' },
  { value: 'company', label: 'Company' },
  { value: 'other', label: 'Other' },
] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]['value']

export function labelOf<T extends readonly { value: string; label: string }[]>(
  list: T,
  value: string | null | undefined,
): string {
  return list.find((item) => item.value === value)?.label ?? value ?? ''
}

/** A vocabulary as admin menu options with its Chinese beside each English label, where `zh` has one. */
export function withChinese(
  options: readonly { value: string; label: string }[],
  zh: Record<string, string>,
): { value: string; label: string | { en: string; zh: string } }[] {
  return options.map((o) => (zh[o.value] ? { value: o.value, label: { en: o.label, zh: zh[o.value] } } : { ...o }))
}
