/** Web addresses entered by editors must be absolute http(s) links; empty is allowed. */
export function optionalHttpUrl(value: unknown): true | string {
  if (value == null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : 'Use an http:// or https:// address.'
  } catch {
    return 'This is not a valid web address (e.g. https://example.org/article).'
  }
}

/**
 * Required in English only. A translated field inside a list (programme items, sources) may be
 * left empty in Chinese: the site then shows the English text, and says it is untranslated.
 */
export function requiredInDefaultLocale(value: unknown, { req }: { req: { locale?: string | null } }): true | string {
  if (req.locale && req.locale !== 'en') return true
  return value != null && String(value).trim() !== '' ? true : 'This field is required.'
}
