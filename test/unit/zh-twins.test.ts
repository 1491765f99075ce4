import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localizePath, stripLocale } from '../../src/site/locales'

const root = path.resolve(import.meta.dirname, '../..')

/** Every page route under an app/ route group, as the address pattern Next serves it at. */
function routesUnder(group: string): string[] {
  const base = path.join(root, 'app', group)
  return (fs.readdirSync(base, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}`.replace(/\/\.$/, '') || '/')
    .map((route) => (route === '/.' ? '/' : route))
    .sort()
}

describe('every English public route has a /zh twin', () => {
  const english = routesUnder('(frontend)')
  const chinese = new Set(routesUnder('(zh)'))

  it('finds the routes it compares', () => {
    expect(english).toContain('/editions/[year]')
    expect(chinese).toContain(localizePath('/editions/[year]', 'zh'))
  })

  it.each(english)('%s', (route) => {
    const twin = localizePath(route, 'zh')
    expect(stripLocale(twin)).toBe(route)
    expect(chinese.has(twin), `app/(zh)${twin}/page.tsx is missing`).toBe(true)
  })
})
