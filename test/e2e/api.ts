/** REST calls against the running e2e server, as an admin made through Payload's first-user endpoint. */
export class Api {
  private token = ''
  constructor(readonly baseUrl: string) {}

  async signIn(email = 'e2e-admin@example.test', password = 'e2e-admin-password-1') {
    const first = await fetch(`${this.baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (first.status !== 200) {
      const login = await fetch(`${this.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      if (login.status !== 200) throw new Error(`cannot sign in: ${login.status} ${await login.text()}`)
      this.token = (await login.json()).token
    } else {
      this.token = (await first.json()).token
    }
  }

  async request(method: string, path: string, body?: unknown) {
    const res = await fetch(`${this.baseUrl}/api/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => null)
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
}

/**
 * Polls until `check` passes and returns how long it took. No fixed waits: the first
 * request after a change must already see it, and this measures that it did.
 */
export async function timeUntil(check: () => Promise<boolean>, limitMs = 5_000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Number.POSITIVE_INFINITY
}

export async function getText(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { cache: 'no-store' })
  return { status: res.status, text: await res.text() }
}
