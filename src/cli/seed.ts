// `npm run seed`: loads the expo record into the configured database, creating only what is missing.
import { getPayload } from 'payload'

import { runCli } from './runCli'
import { seed } from '../seed/seed'

runCli(async () => {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    const migrations = (await import('../db/databaseAdapter')).migrationsFor()
    if (migrations.length) await payload.db.migrate({ migrations })
    const report = await seed(payload, (line) => process.stdout.write(`\r  seeding ${line.padEnd(28)}`))
    process.stdout.write('\n')
    console.log(
      report.created.length
        ? `Seed: created ${report.created.length} (${report.created.join(', ')}); ${report.kept} already present.`
        : `Seed: nothing to do, all ${report.kept} items already present.`,
    )
  } finally {
    await payload.destroy()
  }
})
