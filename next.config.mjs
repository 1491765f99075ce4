import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is served from this machine; nothing may be fetched from elsewhere.
  images: { unoptimized: false, remotePatterns: [] },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
