import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { EditionTimeline } from '@/components/site/EditionTimeline'
import { getEditions } from '@/site/content'
import { dictionary, routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

const DESCRIPTION = {
  en: 'All editions of the Smart China Expo, year by year: dates, city, format and annual theme.',
  zh: '历届智博会逐年一览：日期、城市、形式与年度主题。',
}

export const editionsMetadata = (locale: Locale) =>
  pageMetadata({
    title: dictionary(locale).editions,
    description: DESCRIPTION[locale],
    path: routes.editions(),
    locale,
  })

export async function EditionsView({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const editions = await getEditions(locale)
  return (
    <>
      <Breadcrumbs trail={[{ label: t.home, href: r.home() }, { label: t.editions }]} />
      <h1>{t.editions}</h1>
      <p className="lead">{t.editionsLead(editions.length)}</p>
      <EditionTimeline editions={editions} headingLevel={2} locale={locale} />
      <ContentNotice path={r.editions()} locale={locale} />
    </>
  )
}
