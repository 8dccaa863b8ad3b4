#!/usr/bin/env node
// The command-line host runs the TypeScript sources through tsx, so that it works from a fresh
// clone after `npm install`, with no build step and no Electron.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/main/hosts/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
