// Turns the public forms' posted fields into the data POST /api/contact-requests takes, and the
// collection's errors back into one message per form field. Pure functions, shared by both forms.

export type FormValues = Record<string, string | string[]>
/** `attempt` counts refused sends: the forms key on it, so each refusal remounts them with the answers given. */
export type FormState = { errors: Record<string, string>; formError?: string; values: FormValues; attempt?: number }
export const EMPTY_FORM: FormState = { errors: {}, values: {} }

const ANTI_ABUSE = ['website', 'altcha', 'question', 'answer'] as const

const str = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The honeypot and challenge fields, passed on only when present so the hooks see what was sent. */
export function antiAbuseFrom(form: FormData) {
  return Object.fromEntries(ANTI_ABUSE.map((name) => [name, str(form, name)]).filter(([, value]) => value !== ''))
}

/** One address per line (blank lines ignored), as the form's textarea takes them. */
export const urlLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

export function removalNoticeFrom(form: FormData): Record<string, unknown> {
  const optional = (name: string) => str(form, name).trim() || undefined
  return {
    kind: 'removal',
    name: str(form, 'name').trim(),
    email: str(form, 'email').trim(),
    organization: optional('organization'),
    phone: optional('phone'),
    postalAddress: optional('postalAddress'),
    relationship: optional('relationship'),
    authority: optional('authority'),
    basis: optional('basis'),
    urls: urlLines(str(form, 'urls')).map((url) => ({ url })),
    elements: form.getAll('elements').filter((v): v is string => typeof v === 'string'),
    originalWork: str(form, 'originalWork').trim(),
    originalWorkUrl: optional('originalWorkUrl'),
    explanation: str(form, 'explanation').trim(),
    requestedAction: optional('requestedAction'),
    goodFaith: form.get('goodFaith') === 'on',
    accuracy: form.get('accuracy') === 'on',
    signature: str(form, 'signature').trim(),
    // The page's language (a hidden field once the site is localized): our emails follow it.
    language: optional('language'),
    ...antiAbuseFrom(form),
  }
}

export function enquiryFrom(form: FormData): Record<string, unknown> {
  return {
    kind: 'enquiry',
    name: str(form, 'name').trim(),
    email: str(form, 'email').trim(),
    organization: str(form, 'organization').trim() || undefined,
    subject: str(form, 'subject').trim(),
    message: str(form, 'message').trim(),
    pageUrl: str(form, 'pageUrl').trim() || undefined,
    language: str(form, 'language').trim() || undefined,
    ...antiAbuseFrom(form),
  }
}

/** What was typed, to fill the form again after an error (anti-robot fields excluded). */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {}
  for (const [field, value] of form.entries()) {
    // A browser cannot be given files back; their names are kept so the form can ask for them again.
    if (typeof value !== 'string' && !(value.size > 0 && value.name)) continue
    const name = typeof value === 'string' ? field : `${field}Files`
    if (name.startsWith('$') || (ANTI_ABUSE as readonly string[]).includes(name)) continue
    const existing = values[name]
    const text = typeof value === 'string' ? value : value.name
    values[name] = existing === undefined ? text : ([] as string[]).concat(existing, text)
  }
  return values
}

/** The state a refused send answers with: the problem, every answer given, and a new attempt number. */
export function refused(
  previous: FormState,
  form: FormData,
  problem: { errors: Record<string, string>; formError?: string },
): FormState {
  return { ...problem, values: formValues(form), attempt: (previous.attempt ?? 0) + 1 }
}

type PayloadErrorShape = {
  name?: string
  status?: number
  message?: string
  data?: { errors?: { path?: string; message?: string }[] }
}

/** Payload's error, as one message per form field ("urls.2.url" → "urls"), or a form-level message. */
export function formErrorsFrom(err: unknown): { errors: Record<string, string>; formError?: string } {
  const e = err as PayloadErrorShape
  const fieldErrors = e?.data?.errors ?? []
  if (fieldErrors.length) {
    const errors: Record<string, string> = {}
    for (const { path = '', message = 'Please check this field.' } of fieldErrors) {
      const field = path.split('.')[0] === 'altcha' ? 'challenge' : path.split('.')[0]
      errors[field] = errors[field] ? `${errors[field]} ${message}` : message
    }
    return { errors, formError: 'Some fields need your attention; see the messages below each one.' }
  }
  if (e?.status && e.status < 500 && e.message) return { errors: {}, formError: e.message }
  return {
    errors: {},
    formError: 'Something went wrong on our side and nothing was saved. Please try again in a few minutes.',
  }
}
