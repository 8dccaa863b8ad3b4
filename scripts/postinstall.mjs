// After `npm install`: where Electron could be downloaded, build better-sqlite3 for it as well.
// Never fails the install: without Electron, `npm start` serves the app to the browser instead.
import { buildElectronBinding, findElectron } from './electron-env.mjs'

try {
  const electron = findElectron()
  if (electron) {
    console.log(`Préparation de better-sqlite3 pour Electron ${electron.version}…`)
    if (!buildElectronBinding(electron.version)) console.warn("better-sqlite3 n'a pas pu être préparé pour Electron : « npm start » le retentera.")
  }
} catch (error) {
  console.warn(`Étape facultative ignorée (Electron) : ${error.message}`)
}
