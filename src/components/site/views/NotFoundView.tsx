import Link from 'next/link'

import { SearchForm } from '@/components/site/SearchForm'
import { routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { routes } from '@/site/routes'

// The not-found page's content, shared by each language's not-found.tsx and by
// app/global-not-found.tsx (the page for addresses that match no route).

export function NotFoundView({ locale }: { locale: Locale }) {
  if (locale === 'zh') return <ChineseNotFound />
  return (
    <>
      <h1>We could not find that page</h1>
      <p className="lead">The address may be mistyped, or the page may have moved or been removed.</p>
      <div className="narrow">
        <SearchForm />
      </div>
      <h2>Try instead</h2>
      <ul>
        <li>
          <Link href={routes.home()}>The home page</Link>
        </li>
        <li>
          <Link href={routes.editions()}>All editions, 2018–2022</Link>
        </li>
        <li>
          <Link href={routes.organizations()}>Host organizations</Link>
        </li>
        <li>
          <Link href={routes.page('contact-us')}>Contact us</Link> if you followed a link that should work
        </li>
      </ul>
    </>
  )
}

function ChineseNotFound() {
  const r = routesFor('zh')
  return (
    <>
      <h1>未找到该页面</h1>
      <p className="lead">地址可能有误，或页面已移动或删除。</p>
      <div className="narrow">
        <SearchForm locale="zh" />
      </div>
      <h2>您可以</h2>
      <ul>
        <li>
          <Link href={r.home()}>返回首页</Link>
        </li>
        <li>
          <Link href={r.editions()}>浏览2018–2022年全部届次</Link>
        </li>
        <li>
          <Link href={r.organizations()}>查看主办机构</Link>
        </li>
      </ul>
    </>
  )
}
