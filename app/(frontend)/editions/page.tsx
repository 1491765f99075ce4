import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { EditionTimeline } from '@/components/site/EditionTimeline'
import { getEditions } from '@/site/content'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

export const metadata = pageMetadata({
  title: 'Editions',
  description: 'All editions of the Smart China Expo, year by year: dates, city, format and annual theme.',
  path: routes.editions(),
})

export default async function EditionsPage() {
  const editions = await getEditions()
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: 'Editions' }]} />
      <h1>Editions</h1>
      <p className="lead">{editions.length} editions on record, from the first in-person expo to the online years.</p>
      <EditionTimeline editions={editions} headingLevel={2} />
      <ContentNotice path={routes.editions()} />
    </>
  )
}
