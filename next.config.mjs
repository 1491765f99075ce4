import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const httpsSite = (process.env.SITE_URL || '').startsWith('https://')

// The public site loads nothing from elsewhere. Static pages cannot carry per-request
// nonces, and Next inlines its bootstrap scripts, so scripts are limited to this origin
// plus inline; everything else (frames, plugins, foreign connections) is refused.
const publicCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const previewCsp = publicCsp.replace("frame-ancestors 'none'", "frame-ancestors 'self'")

const commonHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(httpsSite ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

// Several instances share one cache only through Redis: the default cache lives on each
// server's disk and in its memory, so a revalidation there would reach that instance alone.
// Read when the server starts (next start), so REDIS_URL is a run-time switch.
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandler: fileURLToPath(new URL('./src/cache/redisCacheHandler.cjs', import.meta.url)),
      cacheMaxMemorySize: 0,
    }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  poweredByHeader: false,
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
      { source: '/admin/:path*', headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
      {
        source: '/((?!admin|api).*)',
        headers: [
          { key: 'Content-Security-Policy', value: publicCsp },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      // Drafts in the admin's live preview: framed by the admin (same origin) only, never indexed
      // (dynamic, so never cached). Later rules win, so these replace the public pages' "never framed" above.
      ...['/preview/:path*', '/zh/preview/:path*'].map((source) => ({
        source,
        headers: [
          { key: 'Content-Security-Policy', value: previewCsp },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      })),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
