/**
 * Child process of the plain-copy test: takes encrypted backups of DB into the folder set in
 * `<CLAS_DATA_DIR>/sauvegardes.json`, one after another, a page per event-loop turn (so that a
 * kill lands in every phase), and never stops by itself: the test kills it with SIGKILL.
 */
import { writeSync } from 'node:fs'
import { backupToFolder } from '../../src/main/backup/backup-folder'
import { BackupSettingsStore } from '../../src/main/backup/backup-settings'
import { Workspace } from '../../src/main/workspace'

const path = process.argv[2]
if (!path) throw new Error('usage: backup-loop.ts DB')
const store = new BackupSettingsStore()
const workspace = new Workspace(path, { backups: store })
const { key, dossier } = store.load()
if (!key || !dossier) throw new Error('no key or folder set')
writeSync(1, 'ready\n')
for (;;) await backupToFolder(workspace.context().sqlite, path, dossier, 'manuelle', { key, pagesPerStep: 1 })
