import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { env } from './src/config/env'
import { ADMIN_CSP, commonSecurityHeaders, PREVIEW_CSP, publicPageHeaders } from './src/config/securityHeaders'
import { ZH_PREFIX } from './src/site/locales'

// Several instances share one cache only through Redis: the default cache lives on each
// server's disk and in its memory, so a revalidation there would reach that instance alone.
// Read when the server starts (next start), so REDIS_URL is a run-time switch.
const sharedCache = env().REDIS_URL
  ? {
      // Next compiles this file to CommonJS (no import.meta); the app runs from the project root,
      // as src/config/paths.ts assumes.
      cacheHandler: path.resolve('src/cache/redisCacheHandler.cjs'),
      cacheMaxMemorySize: 0,
    }
  : {}

// Read when the config loads (the server's start), like every setting here.
const commonHeaders = commonSecurityHeaders()

const nextConfig: NextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  // The site never uses next/image: uploads come in the sizes Payload made, with a srcset. The
  // optimizer kept its own copies of uploads, served after a delete and past the 410 gate.
  images: { unoptimized: true },
  // The removal form may carry up to 3 evidence files of 2 MB (src/takedown/evidence.ts).
  experimental: {
    serverActions: { bodySizeLimit: '7mb' },
    // app/global-not-found.tsx: the page for addresses no route matches (several root layouts).
    globalNotFound: true,
  },
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: commonHeaders },
      // The admin panel needs its own inline scripts and styles; it may frame itself (live preview).
      {
        source: '/admin/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: ADMIN_CSP },
        ],
      },
      {
        source: '/((?!admin|api).*)',
        headers: publicPageHeaders(),
      },
      // Drafts in the admin's live preview: framed by the admin (same origin) only, never indexed
      // (dynamic, so never cached). Later rules win, so these replace the public pages' "never framed" above.
      ...['/preview/:path*', `${ZH_PREFIX}/preview/:path*`].map((source) => ({
        source,
        headers: [
          { key: 'Content-Security-Policy', value: PREVIEW_CSP },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      })),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
