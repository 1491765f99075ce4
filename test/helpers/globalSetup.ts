import { dropTestDatabases, testEngine } from './testDatabase'

export default async function globalSetup() {
  await dropTestDatabases()
  console.log(
    `Integration suite on ${testEngine()} (${process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'a fresh SQLite file per test file'}).`,
  )
  return async () => {
    if (process.env.KEEP_TEST_DATABASES !== 'true') await dropTestDatabases()
  }
}
