import Link from 'next/link'

import { SearchForm } from '@/components/site/SearchForm'
import { routesFor } from '@/site/i18n'

export default function ChineseNotFound() {
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
        <li><Link href={r.home()}>返回首页</Link></li>
        <li><Link href={r.editions()}>浏览2018–2022年全部届次</Link></li>
        <li><Link href={r.organizations()}>查看主办机构</Link></li>
      </ul>
    </>
  )
}
