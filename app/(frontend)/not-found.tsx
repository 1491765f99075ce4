import Link from 'next/link'

import { SearchForm } from '@/components/site/SearchForm'
import { routes } from '@/site/routes'

export default function NotFound() {
  return (
    <>
      <h1>We could not find that page</h1>
      <p className="lead">The address may be mistyped, or the page may have moved or been removed.</p>
      <div className="narrow">
        <SearchForm />
      </div>
      <h2>Try instead</h2>
      <ul>
        <li><Link href={routes.home()}>The home page</Link></li>
        <li><Link href={routes.editions()}>All editions, 2018–2022</Link></li>
        <li><Link href={routes.organizations()}>Host organizations</Link></li>
        <li><Link href={routes.page('contact-us')}>Contact us</Link> if you followed a link that should work</li>
      </ul>
    </>
  )
}
