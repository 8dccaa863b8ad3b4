import { createHash } from 'node:crypto'
import { ApiError } from '../../shared/contract/errors'
import type { ApercuImport, ResultatImport } from '../../shared/contract/import-liste'
import type { Enfant } from '../../shared/exchange/schema'
import { cellText, columnLetter, isBlankRow, type Grid } from '../../shared/list-import/cell'
import { proposeColumns } from '../../shared/list-import/column-proposals'
import { CHAMP_IMPORT_MOTS, CHAMPS_OBLIGATOIRES, type ChampImport, type ColumnMapping } from '../../shared/list-import/fields'
import { detectHeader, headerAt, type HeaderGuess } from '../../shared/list-import/header-detection'
import { planImport, type ImportPlan } from '../../shared/list-import/plan-import'
import type { HandlerMap, PreparerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { ListFileError } from '../list-import/list-file-error'
import { readListFile, type ListFile } from '../list-import/read-list-file'
import { readEtablissements, readFamilles, writeEtablissement, writeFamille, type AnneeRow } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfantIdentities, writeEnfant } from '../store/repos/enfants'
import { debutInscriptions, requireCollectifOfYear } from '../reads/of-year'
import type { CallsOf } from '../../shared/contract'
import type { importListeContract } from '../../shared/contract/import-liste'

interface FichierInput {
  nomFichier: string
  base64: string
  colonnes?: ColumnMapping
  ligneEntete?: number
}

/** How many rows of the sheet the preview shows as they read, title and header included. */
const APERCU_LIGNES = 15

/**
 * The last file read, by the hash of its name and content: the preview is asked again each time
 * the coordinator changes a column, then the import itself, and reading an .xlsx takes a worker
 * and most of a second. One entry only, in memory: the same data the caller just sent.
 */
let lastRead: { key: string; file: ListFile } | null = null

const keyOf = (input: FichierInput) => createHash('sha256').update(input.nomFichier).update('\0').update(input.base64).digest('hex')

const refusal = (error: unknown) => (error instanceof ListFileError ? new ApiError({ code: 'validation', field: 'base64', message: error.message }) : error)

/**
 * Reads the file (or finds it read) without holding the thread: an .xlsx of tens of megabytes
 * takes seconds in its worker. The preview waits for it; the import gets it from its preparer,
 * before its short transaction.
 */
async function readFile(input: FichierInput): Promise<ListFile> {
  const key = keyOf(input)
  if (lastRead?.key === key) return lastRead.file
  try {
    const file = await readListFile(input.nomFichier, Buffer.from(input.base64, 'base64'))
    lastRead = { key, file }
    return file
  } catch (error) {
    throw refusal(error)
  }
}

function chooseHeader(grid: Grid, ligneEntete: number | undefined): HeaderGuess {
  if (ligneEntete === undefined) return detectHeader(grid)
  if (ligneEntete > grid.length) {
    throw new ApiError({ code: 'validation', field: 'ligneEntete', message: `ligneEntete : la ligne ${ligneEntete} est après la fin de la feuille (${grid.length} lignes)` })
  }
  return headerAt(grid, ligneEntete - 1)
}

function checkMapping(mapping: ColumnMapping, width: number): void {
  for (const [champ, i] of Object.entries(mapping)) {
    if (i !== undefined && i >= width) {
      throw new ApiError({ code: 'validation', field: `colonnes.${champ}`, message: `colonnes.${champ} : la colonne ${columnLetter(i)} n'existe pas dans le fichier (${width} colonnes)` })
    }
  }
}

interface Analysis {
  annee: AnneeRow
  file: ListFile
  header: HeaderGuess
  mapping: ColumnMapping
  missing: ChampImport[]
  plan: ImportPlan
}

/** Reads the file and plans the import against what the database already holds. */
function analyse(ctx: ServiceContext, input: FichierInput, file: ListFile): Analysis {
  const annee = requireAnnee(ctx)
  if (file.grid.every((r) => isBlankRow(r))) throw new ApiError({ code: 'validation', message: "Le fichier ne contient aucune ligne remplie : rien n'a été importé." })
  const header = chooseHeader(file.grid, input.ligneEntete)
  const width = Math.max(...file.grid.map((r) => r.length))
  const mapping = input.colonnes ?? proposeColumns(header.labels, header.groups)
  checkMapping(mapping, width)
  const known = readEnfantIdentities(ctx.db)
  const plan = planImport(file.grid, header.row, mapping, {
    today: ctx.today(),
    collectifs: readCollectifs(ctx.db, annee.id),
    // Every child of the database, whatever the year: last year's child is still the same child.
    enfants: known.map((e) => ({ id: e.id, nom: e.nom, prenom: e.prenom, ...(e.dateNaissance ? { dateNaissance: e.dateNaissance } : {}) })),
    familles: readFamilles(ctx.db),
    etablissements: readEtablissements(ctx.db),
  })
  return { annee, file, header, mapping, missing: CHAMPS_OBLIGATOIRES.filter((c) => mapping[c] === undefined), plan }
}

function apercu({ file, header, mapping, missing, plan }: Analysis, nomFichier: string): ApercuImport {
  const lignes = plan.lignes.map((l) => {
    const { famille, etablissementId: _e, etablissementNouveau: _n, ...rest } = l
    return { ...rest, ...(famille !== undefined ? { familleExistante: plan.familles[famille].existanteId !== undefined } : {}) }
  })
  const count = (s: string) => lignes.filter((l) => l.statut === s).length
  const width = header.labels.length
  const lignesApercu = file.grid
    .map((row, i) => ({ numero: i + 1, cellules: Array.from({ length: width }, (_, c) => cellText(row[c] ?? null)) }))
    .filter((r) => r.cellules.some((t) => t !== ''))
    .slice(0, APERCU_LIGNES)
  return {
    fichier: {
      nom: nomFichier, format: file.format,
      ...(file.feuille !== undefined ? { feuille: file.feuille } : {}),
      ...(file.encodage ? { encodage: file.encodage } : {}),
      ...(file.separateur ? { separateur: file.separateur } : {}),
    },
    ligneEntete: header.row + 1,
    enteteSure: header.score >= 2,
    entetes: header.labels.map((libelle, index) => ({ index, lettre: columnLetter(index), libelle, groupe: header.groups[index] ?? '' })),
    colonnes: mapping,
    champsManquants: missing,
    lignesApercu,
    lignes,
    etablissementsACreer: plan.etablissements.map(({ nom, type }) => ({ nom, type })),
    resume: {
      lignes: lignes.length,
      ok: count('ok'),
      erreurs: count('erreur'),
      doublons: count('doublon'),
      avertissements: lignes.filter((l) => l.avertissements.length > 0).length,
      famillesACreer: plan.familles.filter((f) => f.existanteId === undefined).length,
      famillesExistantes: plan.familles.filter((f) => f.existanteId !== undefined).length,
      etablissementsACreer: plan.etablissements.length,
    },
  }
}

/** Writes the plan's `ok` rows; runs inside the call's transaction, so a failure writes nothing. */
function apply(ctx: ServiceContext, { annee, plan }: Analysis, collectifId: string | undefined, du: string | undefined): ResultatImport {
  const debuts = new Map<string, string>()
  const debut = (collectif: string) => du ?? debuts.get(collectif) ?? debuts.set(collectif, debutInscriptions(ctx, annee, collectif)).get(collectif)!
  const schoolIds = plan.etablissements.map((e) => {
    const id = ctx.newId()
    writeEtablissement(ctx.db, { id, nom: e.nom, type: e.type, commune: '' })
    return id
  })
  let famillesCreees = 0
  const familyIds = plan.familles.map((f) => {
    if (f.existanteId) return f.existanteId
    const id = ctx.newId()
    const { adresse: _adresse, ...famille } = f.famille
    writeFamille(ctx.db, { ...famille, id })
    famillesCreees++
    return id
  })
  let enfantsCrees = 0
  let inscriptionsCreees = 0
  for (const l of plan.lignes) {
    const e = l.enfant
    const niveau = e.niveau
    if (l.statut !== 'ok' || !niveau) continue
    const collectif = e.collectifId ?? collectifId
    const enfant: Enfant = {
      id: ctx.newId(), prenom: e.prenom, nom: e.nom, niveau,
      ...(e.dateNaissance ? { dateNaissance: e.dateNaissance } : {}),
      ...(e.sexe ? { sexe: e.sexe } : {}),
      ...(l.etablissementId ? { etablissementId: l.etablissementId } : l.etablissementNouveau !== undefined ? { etablissementId: schoolIds[l.etablissementNouveau] } : {}),
      ...(l.famille !== undefined ? { familleId: familyIds[l.famille] } : {}),
      inscriptions: collectif ? [{ collectifId: collectif, du: debut(collectif) }] : [],
    }
    writeEnfant(ctx.db, annee.id, enfant, ctx.newId)
    enfantsCrees++
    inscriptionsCreees += enfant.inscriptions.length
  }
  return {
    enfantsCrees, famillesCreees, etablissementsCrees: schoolIds.length, inscriptionsCreees,
    doublonsIgnores: plan.lignes.filter((l) => l.statut === 'doublon').length,
    erreursIgnorees: plan.lignes.filter((l) => l.statut === 'erreur').length,
  }
}

export const importListeHandlers: HandlerMap<CallsOf<typeof importListeContract>> = {
  'enfants.importerListe.apercu': async (input, ctx) => apercu(analyse(ctx, input, await readFile(input)), input.nomFichier),
  'enfants.importerListe.confirmer': (input, ctx) => {
    // Read by the preparer below, before the transaction: the write itself only writes.
    const analysis = analyse(ctx, input, ctx.prepared as ListFile)
    if (analysis.missing.length) {
      const names = analysis.missing.map((c) => CHAMP_IMPORT_MOTS[c]).join(', ')
      throw new ApiError({ code: 'validation', field: 'colonnes', message: `colonnes : aucune colonne choisie pour ${names} (obligatoire) : rien n'a été importé` })
    }
    if (input.collectifId) requireCollectifOfYear(ctx, analysis.annee, input.collectifId)
    const du = input.du
    if (du !== undefined && (du < analysis.annee.debut || du > analysis.annee.fin)) {
      throw new ApiError({ code: 'validation', field: 'du', message: `du : l'inscription doit tomber dans l'année scolaire ${analysis.annee.libelle} (du ${analysis.annee.debut} au ${analysis.annee.fin})` })
    }
    return apply(ctx, analysis, input.collectifId, du)
  },
}

export const importListePreparers: PreparerMap = {
  'enfants.importerListe.confirmer': readFile,
}
