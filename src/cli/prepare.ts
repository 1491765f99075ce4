// The migrate and seed phases of `npm start`: bring the database to the committed schema and
// load the expo record when it is empty, reporting each step.
import { getPayload } from 'payload'

import { runCli } from './runCli'
import { env, setEnv } from '../config/env'
import { checkDatabaseReachable } from '../db/checkReachable'
import { migrationsFor } from '../db/databaseAdapter'
import { parseDatabaseUrl, redact } from '../db/databaseUrl'
import { seed } from '../seed/seed'

setEnv('SEED_ON_INIT', 'false')

async function main() {
  const target = parseDatabaseUrl(env().DATABASE_URL)
  console.log(`  database: ${target.engine} (${redact(target.url)})`)
  await checkDatabaseReachable()

  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    const migrations = migrationsFor()
    if (migrations.length) {
      console.log(`  migrate: ${migrations.length} migration file(s) for ${target.engine}`)
      await payload.db.migrate({ migrations })
    } else {
      console.log('  migrate: nothing to apply (MongoDB has no schema migrations)')
    }

    const counts = await Promise.all(
      (['editions', 'organizations', 'pages'] as const).map((collection) => payload.count({ collection })),
    )
    if (counts.every(({ totalDocs }) => totalDocs === 0)) {
      const report = await seed(payload, (line) => process.stdout.write(`\r  seed: ${line.padEnd(28)}`))
      process.stdout.write('\n')
      console.log(`  seed: created ${report.created.length} items`)
    } else {
      console.log('  seed: database already has content, left as it is')
    }
    const users = await payload.count({ collection: 'users' })
    if (users.totalDocs === 0) console.log('  users: none yet, the admin panel will ask you to create the first admin')
  } finally {
    await payload.destroy()
  }
}

runCli(main)
