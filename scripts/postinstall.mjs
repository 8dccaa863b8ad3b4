// After `npm install`: the command line's build (so that its first call is quick), and where
// Electron could be downloaded, better-sqlite3 built for it as well. Never fails the install: the
// command line builds itself on its first call, and without Electron `npm start` serves the app
// to the browser instead.
import { currentCliBuild } from '../bin/cli-build.mjs'
import { buildElectronBinding, findElectron } from './electron-env.mjs'

await currentCliBuild({ log: (line) => console.warn(line) }).catch((error) => console.warn(`Ligne de commande non préparée : ${error.message}`))

try {
  const electron = findElectron()
  if (electron) {
    console.log(`Préparation de better-sqlite3 pour Electron ${electron.version}…`)
    if (!buildElectronBinding(electron.version)) console.warn("better-sqlite3 n'a pas pu être préparé pour Electron : « npm start » le retentera.")
  }
} catch (error) {
  console.warn(`Étape facultative ignorée (Electron) : ${error.message}`)
}
