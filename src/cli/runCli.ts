/**
 * Runs a command-line task and exits with its outcome: 0, or 1 with the error's message
 * (our errors are written to be read as they are, without a stack trace).
 */
export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (err: Error) => {
      console.error(`\n${err.message}`)
      process.exit(1)
    },
  )
}
