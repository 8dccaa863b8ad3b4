/** What a command writes and returns; a parameter so tests run commands in-process. */
export interface CliIO {
  out(text: string): void
  err(text: string): void
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
}

/** A failure the user can act on: printed as is, exit code 1 (2 for a wrong command line). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message)
  }
}
