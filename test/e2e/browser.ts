import fs from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

// Flags that keep Debian's Chromium from reaching for the network on its own.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/**
 * The browser a test file uses: launched before its tests (before the file's own beforeAll
 * hooks, when called at the top of the file) and closed after them. `context` is a fresh
 * context of the given viewport; tests open other contexts from `browser` as they need.
 */
export function browserForFile(viewport = { width: 1280, height: 900 }): { browser: Browser; context: BrowserContext } {
  const session = {} as { browser: Browser; context: BrowserContext }
  beforeAll(async () => {
    session.browser = await launchBrowser()
    session.context = await session.browser.newContext({ viewport })
  })
  afterAll(async () => {
    await session.browser?.close()
  })
  return session
}

/** A page that records every request leaving localhost, so tests can assert there are none. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; external: string[] }> {
  const page = await context.newPage()
  const external: string[] = []
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url())
    if (protocol.startsWith('http') && hostname !== 'localhost' && hostname !== '127.0.0.1')
      external.push(request.url())
  })
  return { page, external }
}

/**
 * Scrolls until a field is rendered: Payload renders a block of fields only once it comes near
 * the viewport (RenderIfInViewport), so the decision, below the notice, starts out empty.
 */
export async function reveal(page: Page, selector: string) {
  for (let step = 0; step < 40 && !(await page.locator(selector).count()); step++) {
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(100)
  }
  await page.locator(selector).first().scrollIntoViewIfNeeded()
}

/** Scrolls to the bottom and back, so that every lazily rendered block is on a full-page shot. */
export async function renderWholePage(page: Page) {
  for (let step = 0; step < 40; step++) {
    const atBottom = await page.evaluate(() => window.innerHeight + window.scrollY >= document.body.scrollHeight - 2)
    if (atBottom) break
    await page.mouse.wheel(0, 800)
    await page.waitForTimeout(150)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8')

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`)
}
