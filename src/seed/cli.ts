// `npm run seed`: loads the expo record into the configured database, creating only what is missing.
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seed } from './seed'

process.env.SEED_ON_INIT = 'false'
const payload = await getPayload({ config })
try {
  const report = await seed(payload, (line) => process.stdout.write(`\r  seeding ${line.padEnd(30)}`))
  process.stdout.write('\n')
  console.log(
    report.created.length
      ? `Seed: created ${report.created.length} (${report.created.join(', ')}); ${report.kept} already present.`
      : `Seed: nothing to do, all ${report.kept} items already present.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
