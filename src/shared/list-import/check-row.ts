import { NIVEAU_LABELS, type Niveau } from '../domain/lists'
import { cellText, columnLetter, type CellValue } from './cell'
import type { FamilleLue } from './family-grouping'
import { CHAMP_IMPORT_MOTS, type ChampImport, type ColumnMapping } from './fields'
import { fold } from '../text/fold'
import { parseDateFr } from './parse-date'
import { parseNiveau } from './parse-level'
import { normalizePhone } from './parse-phone'
import { parseSexe } from './parse-sex'
import { parseOuiNon } from './parse-yes-no'

/** A child as one row of the list gives it, values already put in the app's form. */
export interface EnfantLu {
  nom: string
  prenom: string
  dateNaissance?: string
  sexe?: 'F' | 'M'
  niveau?: Niveau
  /** The school as written in the list; matched to the app's établissements later. */
  etablissement?: string
  collectifId?: string
  famille?: FamilleLue
}

export interface RowCheck {
  enfant: EnfantLu
  /** Why the row cannot be imported, one French sentence each, naming the line, the value and the column. */
  raisons: string[]
  /** What was read with a doubt but does not prevent the import. */
  avertissements: string[]
}

export interface RowContext {
  /** Today, `AAAA-MM-JJ`: no child is born after it. */
  today: string
  collectifs: readonly { id: string; nom: string }[]
}

/** Children of a Clas are of school age: a birth date further back is a typing error. */
const MAX_AGE_YEARS = 30

const show = (text: string) => `« ${text.length > 60 ? text.slice(0, 60) + '…' : text} »`

/** Reads and checks one data row (`numero` is its row number in the sheet). */
export function checkRow(cells: readonly CellValue[], mapping: ColumnMapping, headers: readonly string[], numero: number, ctx: RowContext): RowCheck {
  const raisons: string[] = []
  const avertissements: string[] = []
  const where = (champ: ChampImport) => {
    const i = mapping[champ]
    if (i === undefined) return '(aucune colonne choisie)'
    return headers[i] ? `(colonne ${columnLetter(i)} ${show(headers[i])})` : `(colonne ${columnLetter(i)})`
  }
  const fail = (champ: ChampImport, what: string, hint?: string) => raisons.push(`Ligne ${numero} : ${what} ${where(champ)}${hint ? ` ; ${hint}` : ''}`)
  const warn = (champ: ChampImport, what: string) => avertissements.push(`Ligne ${numero} : ${what} ${where(champ)}`)
  const raw = (champ: ChampImport): CellValue => {
    const i = mapping[champ]
    return i === undefined ? null : (cells[i] ?? null)
  }
  const text = (champ: ChampImport) => cellText(raw(champ))
  const bounded = (champ: ChampImport, max: number, required: boolean): string | undefined => {
    const t = text(champ)
    if (t === '') {
      if (required) fail(champ, `${CHAMP_IMPORT_MOTS[champ]} manquant`)
      return undefined
    }
    if (t.length > max) {
      fail(champ, `${CHAMP_IMPORT_MOTS[champ]} trop long (${max} caractères au plus)`)
      return undefined
    }
    return t
  }

  const enfant: EnfantLu = { nom: bounded('nom', 100, true) ?? '', prenom: bounded('prenom', 100, true) ?? '' }

  if (text('niveau') === '') fail('niveau', 'niveau manquant')
  else {
    const niveau = parseNiveau(raw('niveau'))
    if (niveau) enfant.niveau = niveau
    else fail('niveau', `niveau ${show(text('niveau'))} inconnu`, `attendu : ${Object.values(NIVEAU_LABELS).slice(0, -1).join(', ')}`)
  }

  if (text('dateNaissance') !== '') {
    const written = text('dateNaissance')
    const date = parseDateFr(raw('dateNaissance'), Number(ctx.today.slice(0, 4)))
    const oldest = `${Number(ctx.today.slice(0, 4)) - MAX_AGE_YEARS}${ctx.today.slice(4)}`
    if (!date) fail('dateNaissance', `date de naissance ${show(written)} illisible`, 'attendu : JJ/MM/AAAA')
    else if (date > ctx.today) fail('dateNaissance', `date de naissance ${show(written)} dans le futur`)
    else if (date < oldest) fail('dateNaissance', `date de naissance ${show(written)} improbable pour un enfant`)
    else enfant.dateNaissance = date
  }

  if (text('sexe') !== '') {
    const sexe = parseSexe(raw('sexe'))
    if (sexe) enfant.sexe = sexe
    else fail('sexe', `sexe ${show(text('sexe'))} inconnu`, 'attendu : F, Fille, G, Garçon ou M')
  }

  enfant.etablissement = bounded('etablissement', 200, false)

  if (text('collectif') !== '') {
    const wanted = fold(text('collectif'))
    const found = ctx.collectifs.find((c) => fold(c.nom) === wanted)
    if (found) enfant.collectifId = found.id
    else fail('collectif', `collectif ${show(text('collectif'))} inconnu`, "créez-le d'abord, ou ne choisissez pas cette colonne")
  }

  const famille = readFamille(enfant.nom, { text, raw, bounded, warn })
  if (famille) enfant.famille = famille
  if (enfant.etablissement === undefined) delete enfant.etablissement
  return { enfant, raisons, avertissements }
}

interface Readers {
  text(champ: ChampImport): string
  raw(champ: ChampImport): CellValue
  bounded(champ: ChampImport, max: number, required: boolean): string | undefined
  warn(champ: ChampImport, what: string): void
}

/** The row's family, when the row says anything about it; named after the responsable, else the child's surname. */
function readFamille(nomEnfant: string, r: Readers): FamilleLue | undefined {
  const FAMILY_FIELDS: ChampImport[] = ['responsable', 'telephone', 'email', 'adresse', 'quartier', 'quartierPrioritaire', 'langueParlee']
  if (FAMILY_FIELDS.every((c) => r.text(c) === '')) return undefined
  const f: FamilleLue = { nom: r.bounded('responsable', 100, false) ?? nomEnfant }
  const tel = r.text('telephone')
  if (tel !== '') {
    const phone = normalizePhone(r.raw('telephone'))
    if (phone) f.telephone = phone
    else if (tel.length <= 40) {
      f.telephone = tel
      r.warn('telephone', `téléphone ${show(tel)} non reconnu, gardé tel quel`)
    } else r.warn('telephone', `téléphone ${show(tel)} trop long, ignoré`)
  }
  const mail = r.text('email')
  if (mail !== '') {
    if (mail.length > 200) r.warn('email', `e-mail ${show(mail)} trop long, ignoré`)
    else {
      f.email = mail
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mail)) r.warn('email', `e-mail ${show(mail)} douteux, gardé tel quel`)
    }
  }
  const adresse = r.text('adresse')
  if (adresse !== '') f.adresse = adresse
  if (r.text('quartierPrioritaire') !== '') {
    const qpv = r.raw('quartierPrioritaire')
    const yes = parseOuiNon(qpv)
    if (yes === null) r.warn('quartierPrioritaire', `QPV ${show(r.text('quartierPrioritaire'))} : ni oui ni non, ignoré`)
    else f.quartierPrioritaire = yes
  }
  const quartier = r.bounded('quartier', 100, false)
  if (quartier) f.quartier = quartier
  const langue = r.bounded('langueParlee', 100, false)
  if (langue) f.langueParlee = langue
  return f
}
