import type { CallsOf, ParsedInput } from '../../shared/contract'
import type { comptesContract } from '../../shared/contract/comptes'
import { JOURNAL_PAR_PAGE, type SessionEtat } from '../../shared/contract/comptes'
import { ApiError } from '../../shared/contract/errors'
import { nommerFiches } from '../access/journal-fiches'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireExisting, requireRow } from '../api/checks'
import { accessOf, type CallAccess } from '../access/call-access'
import { openSession } from '../access/open-session'
import { dureeFr, FREE_FAILURES, lockDuration } from '../access/lockout'
import { rightsOf } from '../access/permissions'
import { hashSecret, verifyNothing, verifySecret, type HashedSecret } from '../access/secrets'
import type { Db } from '../store/open-database'
import {
  clearFailures, countActiveCoordinators, deleteCompte, hasComptes, readCompte, readCompteCourant, readCompteRow, readCompteRowByNom,
  readComptes, readComptesActifs, readJournal, reserveAttempt, writeCompte, type CompteRow,
} from '../store/repos/comptes'
import { deleteUndoably } from '../undo/delete-undoably'

function etat(db: Db, access: CallAccess): SessionEtat {
  const protege = hasComptes(db)
  // Someone on another machine who has not logged in types their name: the names stay here.
  const listed = protege && !(access.caller?.distant && !access.compte)
  return { protege, compte: access.compte, comptes: listed ? readComptesActifs(db) : [], droits: rightsOf({ protege, compte: access.compte }) }
}

const secretOf = (row: CompteRow): HashedSecret => ({ hash: row.secretHash, sel: row.secretSel, params: row.secretParams })
const secretWord = (row: CompteRow) => (row.type === 'pin' ? 'code PIN' : 'mot de passe')

async function ouvrir({ compteId, nom, secret }: ParsedInput<'session.ouvrir'>, ctx: ServiceContext): Promise<SessionEtat> {
  const access = accessOf(ctx)
  const caller = access.caller
  if (!caller) throw new ApiError({ code: 'conflict', message: "Une session s'ouvre depuis l'application ; la ligne de commande travaille sur le fichier directement." })
  const row = compteId !== undefined ? readCompteRow(ctx.db, compteId) : readCompteRowByNom(ctx.db, nom ?? '')
  // Typed by name, the answer must not tell whether the name exists: same message, same delay.
  const unknown = () => new ApiError({ code: 'validation', field: 'secret', message: 'secret : nom ou mot de passe incorrect' })
  if (!row || !row.actif) {
    await verifyNothing(secret)
    throw compteId !== undefined ? new ApiError({ code: 'not_found', message: 'Ce compte n’existe plus ou a été désactivé : choisissez un autre nom.' }) : unknown()
  }
  const now = access.now()
  const locked = (until: number) => new ApiError({ code: 'rate_limited', message: `Trop d'essais manqués : le compte « ${row.nom} » est bloqué encore ${dureeFr(until - now)}.` })
  const lockedUntil = row.bloqueJusquA ? Date.parse(row.bloqueJusquA) : 0
  if (lockedUntil > now) throw locked(lockedUntil)
  if (row.type === 'pin' && caller.distant) {
    throw new ApiError({ code: 'forbidden', message: 'Un code PIN ne suffit pas pour se connecter depuis un autre appareil : demandez à la coordination un compte avec mot de passe.' })
  }
  // Counted as failed before the hash, in the same synchronous step as the check above: the
  // attempts sent at once meanwhile find the account locked once five are under way.
  const echecs = reserveAttempt(ctx.db, row.id, now, (n) => (lockDuration(n) > 0 ? new Date(now + lockDuration(n)).toISOString() : null))
  if (echecs === null) throw locked(Date.parse(readCompteRow(ctx.db, row.id)?.bloqueJusquA ?? '') || now)
  const ok = await verifySecret(secret, secretOf(row))
  // While scrypt ran, the demonstration may have been opened or left: the attempt was counted in
  // the other base, so none is opened in this one.
  const db = ctx.workspace.context().db
  if (db !== ctx.db) throw new ApiError({ code: 'conflict', message: "La base a changé pendant l'identification : réessayez." })
  if (!readCompteRow(db, row.id)) throw unknown()
  if (!ok) {
    const lock = lockDuration(echecs)
    if (lock > 0) throw new ApiError({ code: 'rate_limited', message: `Trop d'essais manqués : le compte « ${row.nom} » est bloqué pendant ${dureeFr(lock)}.` })
    const left = FREE_FAILURES - echecs
    const warning = left <= 2 ? ` (encore ${left} essai${left > 1 ? 's' : ''} avant un blocage d'une minute)` : ''
    throw compteId !== undefined ? new ApiError({ code: 'validation', field: 'secret', message: `secret : ce n'est pas le bon ${secretWord(row)}${warning}` }) : unknown()
  }
  clearFailures(db, row.id)
  openSession(access, db, row.id)
  return etat(db, access)
}

/** Refusals that need no hash: checked before scrypt runs, and again inside the transaction. */
function checkSave(ctx: ServiceContext, db: Db, input: ParsedInput<'comptes.save'>): CompteRow | null {
  if (ctx.workspace.isDemo) throw new ApiError({ code: 'conflict', message: 'Les comptes se gèrent dans votre base, pas dans la démonstration : quittez-la d’abord.' })
  const existing = input.id === undefined ? null : requireRow(readCompteRow(db, input.id), 'Compte')
  if (input.secret === undefined) {
    if (!existing) throw new ApiError({ code: 'validation', field: 'secret', message: 'secret : choisissez le mot de passe ou le code PIN du nouveau compte' })
    if (existing.type !== input.type) throw new ApiError({ code: 'validation', field: 'secret', message: `secret : choisissez le nouveau ${input.type === 'pin' ? 'code PIN' : 'mot de passe'}` })
  }
  const homonym = readCompteRowByNom(db, input.nom)
  if (homonym && homonym.id !== input.id) throw new ApiError({ code: 'conflict', field: 'nom', message: `nom : un autre compte s'appelle déjà « ${homonym.nom} » : ajoutez l'initiale du nom, par exemple` })
  if (!hasComptes(db) && input.role !== 'coordinateur') {
    throw new ApiError({ code: 'validation', field: 'role', message: 'role : le premier compte est celui de la coordination, qui pourra ensuite créer ceux des bénévoles' })
  }
  const demoted = existing?.role === 'coordinateur' && existing.actif && (input.role !== 'coordinateur' || !input.actif)
  if (demoted && countActiveCoordinators(db, existing.id) === 0) {
    throw new ApiError({ code: 'conflict', field: input.actif ? 'role' : 'actif', message: `« ${existing.nom} » est le seul compte de coordination : créez-en un autre avant de le ${input.actif ? 'changer en bénévole' : 'désactiver'}.` })
  }
  requireExisting({ ...ctx, db }, 'collectifs', listRefs('collectifIds', input.collectifIds), 'collectif')
  return existing
}

function save(ctx: ServiceContext, input: ParsedInput<'comptes.save'>, secret: HashedSecret | null) {
  const access = accessOf(ctx)
  const { db, sqlite } = ctx.workspace.context()
  return sqlite.transaction(() => {
    const first = !hasComptes(db)
    const existing = checkSave(ctx, db, input)
    const id = existing?.id ?? ctx.newId()
    writeCompte(db, { id, nom: input.nom, role: input.role, type: input.type, actif: input.actif, collectifIds: input.collectifIds }, secret)
    // Whoever knew the old secret, or used the account now deactivated, is out; the coordinator
    // changing their own password stays in.
    if (secret || !input.actif) access.sessions.closeAllOf(id, input.actif && access.compte?.id === id ? access.caller?.token : null)
    // The first account protects the base from now on: its creator is logged in with it.
    if (first) openSession(access, db, id)
    else if (access.compte?.id === id) access.compte = readCompteCourant(db, id)
    return readCompte(db, id)!
  }).immediate()
}

export const comptesHandlers: HandlerMap<CallsOf<typeof comptesContract>> = {
  'session.etat': (_input, ctx) => etat(ctx.db, accessOf(ctx)),
  'session.ouvrir': ouvrir,
  'session.fermer': (_input, ctx) => {
    const access = accessOf(ctx)
    if (access.caller) {
      access.sessions.close(access.caller.token)
      access.caller.token = null
    }
    access.compte = null
    return etat(ctx.db, access)
  },
  'comptes.list': (_input, ctx) => readComptes(ctx.db),
  'comptes.save': (input, ctx) => {
    checkSave(ctx, ctx.db, input)
    return input.secret === undefined ? save(ctx, input, null) : hashSecret(input.secret).then((hashed) => save(ctx, input, hashed))
  },
  'comptes.supprimer': ({ id }, ctx) => {
    const row = requireRow(readCompteRow(ctx.db, id), 'Compte')
    if (row.role === 'coordinateur' && row.actif && countActiveCoordinators(ctx.db, id) === 0) {
      throw new ApiError({ code: 'conflict', message: `« ${row.nom} » est le seul compte de coordination : créez-en un autre avant de le supprimer.` })
    }
    const annulation = deleteUndoably(ctx, `le compte « ${row.nom} »`, [['comptes', 'id = ?', [id]]], () => deleteCompte(ctx.db, id))
    accessOf(ctx).sessions.closeAllOf(id)
    return annulation
  },
  'journal.list': ({ page }, ctx) => {
    const { lignes, total } = readJournal(ctx.db, page, JOURNAL_PAR_PAGE)
    const fiches = nommerFiches(ctx.db, lignes.flatMap((l) => (l.entiteId ? [l.entiteId] : [])))
    return { lignes: lignes.map((l) => ({ ...l, fiche: (l.entiteId && fiches.get(l.entiteId)) || null })), page, pages: Math.max(1, Math.ceil(total / JOURNAL_PAR_PAGE)), total }
  },
}
