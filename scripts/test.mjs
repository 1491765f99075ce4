#!/usr/bin/env node
// `npm test`: install when needed, then the whole suite — integration tests (Local API and
// REST, on TEST_DATABASE_URL or fresh SQLite files) and the browser tests in chromium.
import fs from 'node:fs'
import path from 'node:path'

import { ensureInstalled, phase, root, run } from './lib.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const reports = path.join(root, 'test-results')
fs.mkdirSync(reports, { recursive: true })

const suites = [
  // Formatting, lint, dead code, import rules and types (scripts/lint.mjs); any finding fails the run.
  { name: 'lint', command: process.execPath, args: ['scripts/lint.mjs'] },
  { name: 'integration', args: ['vitest', 'run'], report: 'integration.json' },
  {
    name: 'browser (e2e)',
    args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts'],
    report: 'e2e.json',
    optional: 'vitest.e2e.config.ts',
  },
]

let failedSuites = 0
let passed = 0
let failed = 0
try {
  await ensureInstalled()
} catch (err) {
  console.error(`npm test stopped: ${err.message}`)
  process.exit(1)
}
for (const suite of suites) {
  if (suite.optional && !fs.existsSync(path.join(root, suite.optional))) continue
  if (suite.name.startsWith('browser') && process.env.SKIP_E2E === '1') {
    phase(`${suite.name} tests`, 'skipped (SKIP_E2E=1)')
    continue
  }
  phase(`${suite.name} tests`)
  const reportFile = suite.report && path.join(reports, suite.report)
  if (reportFile) fs.rmSync(reportFile, { force: true })
  const reporterArgs = reportFile ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`] : []
  try {
    await run(suite.command ?? 'npx', [...suite.args, ...reporterArgs], { env })
  } catch {
    failedSuites++
    console.error(`  ${suite.name} failed`)
  }
  if (reportFile && fs.existsSync(reportFile)) {
    const result = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests
  }
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failedSuites || failed ? 1 : 0)
