import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Varnish (Debian varnish + varnish-modules) in front of the suite's instances, with the
// repository's own VCL (deploy/varnish/default.vcl); only the backends file is the test's.

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const VARNISH_PORT = Number(process.env.VARNISH_PORT || 3137)
const VARNISH_ADMIN_PORT = Number(process.env.VARNISH_ADMIN_PORT || 3138)

export type Varnish = { url: string; process: ChildProcess; workdir: string; output: () => string }

export async function startVarnish(backendPorts: number[]): Promise<Varnish> {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-varnish-'))
  fs.chmodSync(workdir, 0o755) // varnishd's worker runs as its own user and reads the VCL from here
  const backends = backendPorts
    .map((port, i) => `backend app${i} { .host = "127.0.0.1"; .port = "${port}"; }`)
    .join('\n')
  fs.writeFileSync(
    path.join(workdir, 'site.vcl'),
    `${backends}\nacl purgers { "127.0.0.1"; "::1"; }\nsub vcl_init {\n  new site = directors.round_robin();\n${backendPorts
      .map((_, i) => `  site.add_backend(app${i});`)
      .join('\n')}\n}\n`,
  )
  fs.copyFileSync(path.join(root, 'deploy/varnish/default.vcl'), path.join(workdir, 'default.vcl'))
  for (const file of ['site.vcl', 'default.vcl']) fs.chmodSync(path.join(workdir, file), 0o644)
  const args = [
    '-F',
    '-n',
    path.join(workdir, 'state'),
    '-a',
    `127.0.0.1:${VARNISH_PORT}`,
    '-T',
    `127.0.0.1:${VARNISH_ADMIN_PORT}`,
    '-p',
    `vcl_path=${workdir}`,
    '-f',
    path.join(workdir, 'default.vcl'),
    '-s',
    'malloc,64m',
  ]
  const child = spawn(process.env.VARNISHD || 'varnishd', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  child.on('error', (err) => (output += `\n${err.message} (is Debian's varnish installed? .ci/run installs it)`))
  const url = `http://127.0.0.1:${VARNISH_PORT}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      await (await fetch(`${url}/robots.txt`)).arrayBuffer()
      return { url, process: child, workdir, output: () => output }
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stopVarnish({ url, process: child, workdir, output: () => output })
  throw new Error(`varnishd did not answer on ${url}:\n${output.slice(-3000)}`)
}

export async function stopVarnish(varnish: Varnish | undefined): Promise<void> {
  const child = varnish?.process
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
    await exited
  }
  if (varnish) fs.rmSync(varnish.workdir, { recursive: true, force: true })
}
