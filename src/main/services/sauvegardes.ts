import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { EtatSauvegardes } from '../../shared/contract/sauvegardes'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { BackupError } from '../backup/backup-error'
import { listBackups } from '../backup/backup-folder'
import { backupsForDisplay } from '../backup/backup-list'
import type { BackupSettingsStore } from '../backup/backup-settings'
import { deriveNewKey } from '../backup/encryption'
import { looksRemovable } from '../backup/removable'
import { takeBackup } from '../backup/take-backup'
import { temporaryPath } from '../backup/temporary-files'
import type { CallsOf } from '../../shared/contract'
import type { sauvegardesContract } from '../../shared/contract/sauvegardes'

function requireStore(ctx: ServiceContext): BackupSettingsStore {
  const store = ctx.workspace.backupSettings
  if (!store) throw new ApiError({ code: 'conflict', message: "Les sauvegardes ne sont pas activées pour cette base." })
  return store
}

function etat(ctx: ServiceContext): EtatSauvegardes {
  const store = ctx.workspace.backupSettings
  if (!store) return { actives: false, dossier: '', dossierParDefaut: true, amovible: false, chiffrement: false, demo: ctx.workspace.isDemo, sauvegardes: [] }
  const settings = store.load()
  const dossier = settings.dossier ?? store.defaultFolder
  return {
    actives: true,
    dossier,
    dossierParDefaut: settings.dossier === null,
    amovible: looksRemovable(dossier),
    chiffrement: settings.key !== null,
    demo: ctx.workspace.isDemo,
    sauvegardes: backupsForDisplay(dossier, ctx.workspace.mainPath, ctx.workspace.baseId),
  }
}

/** The folder must exist (or be creatable) and take a file: found out now, not at the next backup. */
function checkWritable(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true })
    accessSync(folder, constants.W_OK)
    const probe = join(folder, `.clas-essai-${process.pid}`)
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM' ? "l'écriture y est interdite" : "il n'a pas pu être créé ou n'accepte pas de fichier"
    throw new ApiError({ code: 'validation', field: 'dossier', message: `dossier : « ${folder} » ne convient pas (${why}). Branchez la clé ou choisissez un autre dossier.` })
  }
}

const asApiError = (error: unknown, field?: string): unknown => {
  if (!(error instanceof BackupError)) return error
  const onPassphrase = error.reason === 'wrong_passphrase' || error.reason === 'passphrase_required' || error.reason === 'weak_passphrase'
  return new ApiError({ code: onPassphrase ? 'validation' : 'conflict', message: error.message, ...(onPassphrase && field ? { field } : {}) })
}

export const sauvegardesHandlers: HandlerMap<CallsOf<typeof sauvegardesContract>> = {
  'sauvegardes.etat': (_i, ctx) => etat(ctx),
  'sauvegardes.choisirDossier': ({ dossier }, ctx) => {
    if (dossier !== null && !isAbsolute(dossier)) throw new ApiError({ code: 'validation', field: 'dossier', message: 'dossier : indiquez le chemin complet du dossier (par exemple /media/cle/Sauvegardes ou E:\\Sauvegardes).' })
    const store = requireStore(ctx)
    if (dossier !== null) checkWritable(resolve(dossier))
    store.save({ ...store.load(), dossier: dossier === null ? null : resolve(dossier) })
    return etat(ctx)
  },
  'sauvegardes.definirPhrase': ({ phrase }, ctx) => {
    const store = requireStore(ctx)
    let key
    try {
      key = deriveNewKey(phrase)
    } catch (error) {
      throw asApiError(error, 'phrase')
    }
    store.save({ ...store.load(), key })
    return etat(ctx)
  },
  'sauvegardes.maintenant': async (_i, ctx) => {
    requireStore(ctx)
    if (ctx.workspace.isDemo) throw new ApiError({ code: 'conflict', message: "La démonstration n'est pas sauvegardée : quittez-la pour sauvegarder votre base." })
    let fichier: string | null
    try {
      fichier = await ctx.workspace.backup('manuelle')
    } catch (error) {
      throw asApiError(error)
    }
    if (!fichier) throw new ApiError({ code: 'conflict', message: "La base ne contient pas encore d'association : rien à sauvegarder." })
    return { fichier: basename(fichier) }
  },
  'sauvegardes.copie': async (_i, ctx) => {
    // The command line calls without a caller; the windows and the browser always name one.
    if (ctx.access?.caller) throw new ApiError({ code: 'conflict', message: "Une copie de la base dans un fichier se fait en ligne de commande (clas backup --out FICHIER) ; depuis l'application, « Sauvegarder maintenant » l'enregistre dans le dossier des sauvegardes." })
    const key = ctx.workspace.backupSettings?.load().key ?? undefined
    // Beside the base, hidden and named as the app's temporaries (removed at the next start
    // if a crash leaves it): a plain copy never lands in a folder shared with others.
    const main = ctx.workspace.mainPath
    const copy = main === ':memory:' ? temporaryPath(tmpdir(), 'clas', 'sauvegarde') : temporaryPath(dirname(main), basename(main), 'sauvegarde')
    try {
      await takeBackup(ctx.sqlite, copy, { key })
      return { base64: readFileSync(copy).toString('base64'), chiffree: key !== undefined }
    } catch (error) {
      throw asApiError(error)
    } finally {
      rmSync(copy, { force: true })
    }
  },
  'sauvegardes.restaurer': async ({ fichier, phrase }, ctx) => {
    const store = requireStore(ctx)
    // Only a backup of the folder, named as the app names them: never a path typed elsewhere.
    const entry = listBackups(store.folder(), ctx.workspace.mainPath, ctx.workspace.baseId).find((b) => b.fileName === fichier)
    if (!entry) throw new ApiError({ code: 'validation', field: 'fichier', message: `fichier : « ${fichier} » n'est pas une sauvegarde de cette base dans le dossier des sauvegardes.` })
    try {
      const result = await ctx.workspace.restore(entry.path, () => {
        if (!phrase) throw new BackupError('passphrase_required', 'Cette sauvegarde est chiffrée : saisissez sa phrase de passe.')
        return phrase
      })
      return { copieDeSecurite: result.safetyCopy === null ? null : basename(result.safetyCopy), miseAJour: result.olderBy }
    } catch (error) {
      throw asApiError(error, 'phrase')
    }
  },
}
