'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

/**
 * The main navigation's links, marking the section the visitor is in (aria-current), which
 * needs the current path: the only reason this leaf is a client component. It is rendered
 * on the server too, so the marker is there without JavaScript.
 */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname() ?? ''
  return (
    <ul>
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`)
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
