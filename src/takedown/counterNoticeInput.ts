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
    address: str(form, 'address'),
    phone: str(form, 'phone'),
    material: str(form, 'material'),
    statement: str(form, 'statement'),
    evidence: str(form, 'evidence'),
    goodFaith: form.get('goodFaith') === 'on',
    jurisdiction: form.get('jurisdiction') === 'on',
    signature: str(form, 'signature'),
    language: form.get('language') === 'zh' ? 'zh' : 'en',
    ...antiAbuseFrom(form),
  }
}
