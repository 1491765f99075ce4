// The two servers `npm run bench` measures the site against (issue 14 §3), each in its own
// process: nginx (Debian's, one worker) sending the same bytes from files, the limit of this
// machine for those pages; and Varnish with the repository's VCL (deploy/varnish) in front of the
// site, as docs/deployment.md recommends. Loopback only.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { root } from './lib.mjs'

async function untilAnswering(url, child, output, what) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      await (await fetch(url)).arrayBuffer()
      return
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`${what} did not start:\n${output().slice(-2000)}`)
}

function spawnLogged(command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.on('error', (err) => (output += `\n${err.message}`))
  return { child, output: () => output }
}

export function stopFront(front) {
  try {
    process.kill(-front.child.pid, 'SIGKILL')
  } catch {
    /* already gone */
  }
  fs.rmSync(front.dir, { recursive: true, force: true })
}

/**
 * nginx with one worker serving `pages` ({ path: Buffer }) exactly at those paths (query strings
 * ignored, as the site's search page would be read from a file here).
 */
export async function startNginx(dir, port, pages) {
  if (spawnSync('nginx', ['-v']).error) throw new Error("nginx is not installed (Debian's nginx-light)")
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'html'), { recursive: true })
  fs.chmodSync(dir, 0o755)
  const locations = Object.entries(pages).map(([urlPath, body], i) => {
    const file = `page-${i}.html`
    fs.writeFileSync(path.join(dir, 'html', file), body, { mode: 0o644 })
    return `    location = ${urlPath.split('?')[0]} { try_files /${file} =404; }`
  })
  fs.chmodSync(path.join(dir, 'html'), 0o755)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${dir}/${name};`)
    .join('\n')
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  default_type text/html;
${temp}
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
${locations.join('\n')}
  }
}
`,
  )
  const { child, output } = spawnLogged('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')])
  await untilAnswering(`http://127.0.0.1:${port}/`, child, output, 'nginx')
  return { child, dir, url: `http://127.0.0.1:${port}` }
}

/** Varnish on `port` with deploy/varnish/default.vcl in front of the site on `backendPort`. */
export async function startVarnish(dir, port, backendPort) {
  if (spawnSync('varnishd', ['-V']).error)
    throw new Error("varnishd is not installed (Debian's varnish + varnish-modules)")
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.chmodSync(dir, 0o755) // varnishd's worker runs as its own user and reads the VCL from here
  fs.writeFileSync(
    path.join(dir, 'site.vcl'),
    `backend app { .host = "127.0.0.1"; .port = "${backendPort}"; }
acl purgers { "127.0.0.1"; "::1"; }
sub vcl_init {
  new site = directors.round_robin();
  site.add_backend(app);
}
`,
    { mode: 0o644 },
  )
  fs.copyFileSync(path.join(root, 'deploy/varnish/default.vcl'), path.join(dir, 'default.vcl'))
  fs.chmodSync(path.join(dir, 'default.vcl'), 0o644)
  const { child, output } = spawnLogged('varnishd', [
    '-F',
    '-n',
    path.join(dir, 'state'),
    '-a',
    `127.0.0.1:${port}`,
    '-T',
    `127.0.0.1:${port + 1}`,
    '-p',
    `vcl_path=${dir}`,
    '-f',
    path.join(dir, 'default.vcl'),
    '-s',
    'malloc,256m',
  ])
  await untilAnswering(`http://127.0.0.1:${port}/robots.txt`, child, output, 'varnishd')
  return { child, dir, url: `http://127.0.0.1:${port}` }
}
