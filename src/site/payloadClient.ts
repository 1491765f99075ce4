import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

/** The Local API for the public site's data layer; Payload caches the instance itself. */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
