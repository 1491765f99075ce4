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
