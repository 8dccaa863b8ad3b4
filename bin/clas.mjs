#!/usr/bin/env node
// The command line runs its built JavaScript (bin/cli-build.mjs), rebuilt first when the sources
// changed since the last build, so that it is quick to start and never runs stale code. Where it
// cannot be built, it runs the TypeScript sources through tsx, as before any build.
import { currentCliBuild } from './cli-build.mjs'

const built = await currentCliBuild({ log: (line) => console.error(line) })
let main
if (built) {
  ;({ main } = await import(built))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/main/hosts/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
