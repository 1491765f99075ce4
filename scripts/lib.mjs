// Shared steps of `npm start` and `npm test`. Plain Node with no dependencies: these run
// before node_modules exists.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const INSTALL_STAMP = path.join(root, 'node_modules', '.expo-archive-install')

/** Node options every child needs: see preload-lexical.mjs for why. */
export const NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${path.join(root, 'scripts', 'preload-lexical.mjs')}`]
  .filter(Boolean)
  .join(' ')

/**
 * The server's heap limit, in MB, unless NODE_OPTIONS sets one. V8 sizes its heap for the
 * machine (gigabytes) and lets garbage pile up under load; the server's live set at the bench's
 * scale fits in 256 MB. Measured with the bench's load and scale requests (docs/performance.md):
 * peak RSS 714–888 MB without a limit, ~430 MB with 448 MB, throughput within the run-to-run noise.
 * 400 since issue 18: the server's copies of searches and API answers live outside the heap (up
 * to 36 MB of buffers), and with 448 the bench's scale run peaked at 619–630 MB RSS; making the
 * copies smaller (8 MB a kind) did not lower that peak, and cut search at scale from 16,090 to
 * 2,969 req/s.
 */
export const SERVER_HEAP_MB = 400
export const SERVER_NODE_OPTIONS = /--max-old-space-size/.test(NODE_OPTIONS)
  ? NODE_OPTIONS
  : `${NODE_OPTIONS} --max-old-space-size=${SERVER_HEAP_MB}`

export function phase(name, detail = '') {
  console.log(`\n▸ ${name}${detail ? ` — ${detail}` : ''}`)
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

function hashFiles(files) {
  const hash = crypto.createHash('sha256')
  for (const file of files) {
    hash.update(file)
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/** Installs from the lockfile when node_modules is missing or was made from another lockfile. */
/** The environment a bench's own production server (and its build and data steps) run with. */
export function benchServerEnv({ dataDir, port, secret }) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: secret,
    SITE_URL: `http://localhost:${port}`,
    PORT: String(port),
    NODE_OPTIONS,
  }
}

/**
 * Runs a command in the project root to completion with its output captured (the benches' build
 * and data steps); throws with the end of that output when it fails. Returns the milliseconds taken.
 */
export function runCaptured(label, command, args, env) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 128 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${label} failed:\n${(result.stdout + result.stderr).slice(-3000)}`)
  return Date.now() - started
}

export async function ensureInstalled() {
  const wanted = hashFiles([path.join(root, 'package-lock.json')])
  let have = fs.existsSync(INSTALL_STAMP) ? fs.readFileSync(INSTALL_STAMP, 'utf8').trim() : null
  // A tree installed by hand (`npm ci`) has no stamp; npm's own record of the install, newer
  // than the lockfile, says it is current, so it is not installed a second time.
  const npmRecord = path.join(root, 'node_modules', '.package-lock.json')
  if (
    !have &&
    fs.existsSync(npmRecord) &&
    fs.statSync(npmRecord).mtimeMs >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs
  ) {
    have = wanted
    fs.writeFileSync(INSTALL_STAMP, wanted + '\n')
  }
  if (have === wanted && fs.existsSync(path.join(root, 'node_modules', '.bin', 'next'))) {
    phase('install', 'dependencies up to date')
    return
  }
  phase('install', have ? 'package-lock.json changed, reinstalling' : 'installing dependencies (about a minute)')
  const started = Date.now()
  // Dev dependencies always: the build type-checks with them, and `npm test` uses this same tree.
  // (With NODE_ENV=production in the environment npm would leave them out.)
  await run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'])
  fs.writeFileSync(INSTALL_STAMP, wanted + '\n')
  console.log(`  installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/** Every file that changes what `next build` produces. */
function buildInputs() {
  const files = []
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.push(full)
    }
  }
  for (const dir of ['app', 'src', 'collections', 'public']) walk(path.join(root, dir))
  for (const file of ['payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json', 'proxy.ts'])
    files.push(path.join(root, file))
  return files.sort()
}

const BUILD_STAMP = path.join(root, '.next', 'expo-archive-build')

export function buildIsCurrent() {
  return (
    fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    fs.existsSync(BUILD_STAMP) &&
    fs.readFileSync(BUILD_STAMP, 'utf8').trim() === hashFiles(buildInputs())
  )
}

export async function ensureBuilt(env) {
  if (buildIsCurrent()) {
    phase('build', 'up to date')
    return
  }
  phase('build', 'compiling the site and admin (1–2 minutes on 2 cores)')
  const started = Date.now()
  await run('npx', ['next', 'build'], { env: { ...env, NODE_OPTIONS } })
  fs.writeFileSync(BUILD_STAMP, hashFiles(buildInputs()) + '\n')
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * Asks a freshly started server to mark its cached pages stale (see
 * src/cache/revalidateEndpoint.ts): content may have changed while it was down.
 */
export async function revalidateSite(baseUrl, secret) {
  const key =
    secret ?? process.env.PAYLOAD_SECRET ?? fs.readFileSync(path.join(root, 'data', '.payload-secret'), 'utf8').trim()
  const token = crypto.createHash('sha256').update(`${key}:revalidate-site`).digest('hex')
  const res = await fetch(`${baseUrl}/api/site/revalidate`, {
    method: 'POST',
    headers: { 'x-revalidate-token': token },
  })
  if (res.status !== 200) throw new Error(`revalidating the site answered ${res.status}`)
}
