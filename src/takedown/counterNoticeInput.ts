import { antiAbuseFrom } from './formInput'

const str = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/** The counter-notice form's fields as the counter-notices collection takes them. */
export function counterNoticeFrom(form: FormData): Record<string, unknown> {
  return {
    reference: str(form, 'reference'),
    name: str(form, 'name'),
    email: str(form, 'email'),
    contact: str(form, 'contact') || undefined,
    material: str(form, 'material'),
    statement: str(form, 'statement'),
    evidence: str(form, 'evidence') || undefined,
    goodFaith: form.get('goodFaith') === 'on',
    language: form.get('language') === 'zh' ? 'zh' : 'en',
    ...antiAbuseFrom(form),
  }
}
