import type { TestProject } from 'vitest/node'

import { E2E_PORT, startServer, stopServer } from './server'

export default async function setup(project: TestProject) {
  const server = await startServer()
  project.provide('baseUrl', `http://localhost:${E2E_PORT}`)
  return () => stopServer(server)
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
