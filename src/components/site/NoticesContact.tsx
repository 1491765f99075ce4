import Link from 'next/link'

import { routesFor } from '@/site/i18n'
import { localizePath, type Locale } from '@/site/locales'
import type { NoticesContact as Contact } from '@/takedown/policy'

const TEXT = {
  en: {
    heading: 'Notices of infringement',
    forms: (removal: React.ReactNode, counter: React.ReactNode) => (
      <>
        Send a removal notice with the {removal}, and a counter-notice with the {counter}; both work in English and
        Chinese and are answered on a set schedule.
      </>
    ),
    removalForm: 'removal form',
    counterForm: 'counter-notice form',
    agent: 'Our contact for notices (designated agent):',
    email: 'Email',
    address: 'Postal address',
    phone: 'Phone',
  },
  zh: {
    heading: '侵权通知的接收',
    forms: (removal: React.ReactNode, counter: React.ReactNode) => (
      <>
        请通过{removal}提交删除通知，通过{counter}提交反通知；两种表单均支持中英文，我们按既定时限处理。
      </>
    ),
    removalForm: '删除申请表',
    counterForm: '反通知表',
    agent: '本站接收通知的联系人（指定代理人）：',
    email: '电子邮箱',
    address: '通讯地址',
    phone: '电话',
  },
}

/**
 * Where notices go: the forms, and the contact the takedown settings publish (DMCA 512(c)(2)
 * designated agent; a point of contact). On /contact and under the disclaimer.
 */
export function NoticesContact({ contact, locale }: { contact: Contact; locale: Locale }) {
  const t = TEXT[locale]
  const r = routesFor(locale)
  const lines: [string, React.ReactNode][] = []
  if (contact.email)
    lines.push([
      t.email,
      <a key="email" href={`mailto:${contact.email}`}>
        {contact.email}
      </a>,
    ])
  if (contact.postalAddress) lines.push([t.address, contact.postalAddress])
  if (contact.phone) lines.push([t.phone, contact.phone])
  return (
    <section aria-labelledby="notices-contact" data-notices-contact>
      <h2 id="notices-contact">{t.heading}</h2>
      <p>
        {t.forms(
          <Link href={localizePath('/removal-request', locale)}>{t.removalForm}</Link>,
          <Link href={r.counterNotice()}>{t.counterForm}</Link>,
        )}
      </p>
      {lines.length ? (
        <>
          <p>
            {t.agent}
            {contact.name ? (
              <>
                {' '}
                <strong>{contact.name}</strong>
              </>
            ) : null}
          </p>
          <dl>
            {lines.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd style={{ whiteSpace: 'pre-line' }}>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  )
}
