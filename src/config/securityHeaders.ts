import { type Env, env, servedOverHttps } from './env'

// The one list of security headers: next.config.ts gives them to Next's responses, and the
// server in front of Next (src/takedown/goneGate.ts, the 410 page it answers itself) sends the
// same ones, since Next's header rules never reach an answer given before Next.

type Header = { key: string; value: string }

// The public site loads nothing from elsewhere. Static pages cannot carry per-request
// nonces, and Next inlines its bootstrap scripts, so scripts are limited to this origin
// plus inline; everything else (frames, plugins, foreign connections) is refused.
export const PUBLIC_CSP = [
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

/** Drafts in the admin's live preview: framed by the admin (same origin) only. */
export const PREVIEW_CSP = PUBLIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'")

/**
 * The admin panel (issue 19: it had none). Next and Payload inline their scripts and styles with
 * no nonce to match, so scripts are not restricted here; what is: plugins, a foreign <base>, forms
 * posting elsewhere, and framing by any other site (the admin frames its own live preview).
 */
export const ADMIN_CSP = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"].join(
  '; ',
)

/** On every response. HSTS only for a site served over HTTPS (a plain-http site would lock itself out). */
export function commonSecurityHeaders(settings: Env = env()): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    ...(servedOverHttps(settings)
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}

/** Public pages: never framed. */
export const publicPageHeaders = (csp = PUBLIC_CSP): Header[] => [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Frame-Options', value: 'DENY' },
]
