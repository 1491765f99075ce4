// Every string of the counter-notice pages, in one place for the site's translation.
export const t = {
  title: 'Counter-notice',
  intro:
    'If content you published here was removed or changed because of a removal notice, and you believe this was a mistake, tell us here. A member of staff reviews it; if we reinstate the content, the person who sent the notice is told first.',
  reference: 'Reference of the removal notice',
  referenceHint: 'As given in our message to you, e.g. R-2026-000042.',
  name: 'Your name',
  email: 'Email',
  emailHint: 'We reply to this address.',
  contact: 'Postal address or phone (optional)',
  material: 'The material removed, and where it was',
  statement: 'Why the removal was a mistake',
  evidence: 'Evidence (optional)',
  evidenceHint: 'Links to or a description of your licence, authorship or permission.',
  goodFaith: 'I believe in good faith that the material was removed or changed by mistake or misidentification.',
  send: 'Send counter-notice',
  sending: 'Sending…',
  sentTitle: 'Counter-notice received',
  sentBody: 'Thank you. A member of staff will review it and write to you at the address you gave.',
  fieldErrors: 'Some fields need your attention; see the messages below each one.',
}
