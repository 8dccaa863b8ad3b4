import { describe, expect, it } from 'vitest'
import { contract, type CallName } from '.'
import { CALL_POLICY, type CallPolicy } from './policy'

const names = Object.keys(CALL_POLICY) as CallName[]
const entries = names.map((name) => [name, CALL_POLICY[name] as CallPolicy] as const)
const writes = entries.filter(([, p]) => !p.readOnly)
const reads = entries.filter(([, p]) => p.readOnly)
const named = (list: readonly (readonly [CallName, CallPolicy])[]) => list.map(([name]) => name).sort()

describe('CALL_POLICY', () => {
  it('has one entry per call of the contract, no more', () => {
    expect(names.slice().sort()).toEqual(Object.keys(contract).sort())
  })

  it('gives every write its journal words in French, or an explicit false', () => {
    for (const [name, p] of writes) {
      expect(p.journal === false || (typeof p.journal === 'string' && p.journal.trim().length > 0), name).toBe(true)
    }
    // The writes that change no data of the association: opening or leaving the demo, signing in, trying the file again.
    expect(named(writes.filter(([, p]) => p.journal === false))).toEqual(['app.leaveDemo', 'app.openDemo', 'recuperation.reessayer', 'session.ouvrir'])
  })

  it('journals no read and pushes no read', () => {
    for (const [name, p] of reads) expect({ name, journal: p.journal, notPushed: p.notPushed }).toEqual({ name, journal: false, notPushed: false })
  })

  it('keeps only reads until the next write', () => {
    expect(named(entries.filter(([, p]) => p.keptUntilWrite && !p.readOnly))).toEqual([])
    expect(named(entries.filter(([, p]) => p.keptUntilWrite))).toEqual(['bilan.chiffres', 'conformite.evaluer', 'tableauDeBord.comparaison', 'tableauDeBord.donnees'])
  })

  it('runs outside a transaction, backs up first or keeps from the other windows only writes', () => {
    for (const flag of ['outsideTransaction', 'backedUpFirst', 'notPushed'] as const) {
      expect(named(entries.filter(([, p]) => p[flag] && p.readOnly)), flag).toEqual([])
    }
    expect(named(entries.filter(([, p]) => p.backedUpFirst && p.outsideTransaction))).toEqual([])
  })

  it('allows every read on a closed year, and the writes of the accounts, backups, RGPD, closing and the next year', () => {
    expect(named(reads.filter(([, p]) => !p.allowedWhileClosed))).toEqual([])
    // The calls of the prefixes allowed before the policy was declared with the call
    // (session., comptes., sauvegardes., app., rgpd., recuperation., cloture., anneeSuivante., annees.).
    expect(named(writes.filter(([, p]) => p.allowedWhileClosed))).toEqual([
      'anneeSuivante.demarrer', 'app.leaveDemo', 'app.openDemo', 'cloture.cloturer', 'cloture.rouvrir', 'comptes.save', 'comptes.supprimer',
      'recuperation.nouvelleBase', 'recuperation.reessayer', 'recuperation.restaurer', 'rgpd.effacer', 'rgpd.purger',
      'sauvegardes.choisirDossier', 'sauvegardes.definirPhrase', 'sauvegardes.restaurer', 'session.ouvrir',
    ])
    // No write of the year's own data slips into that list.
    const yearData = /^(enfants|familles|collectifs|seances|registre|lieux|etablissements|intervenants|formations|concertations|actionsParents|projetsBonus|budget|bilan|echange|annulation|structure)\./
    expect(named(writes.filter(([name, p]) => p.allowedWhileClosed && yearData.test(name)))).toEqual([])
  })

  it('keeps a write allowed on a past year only when it is about the base as a whole', () => {
    // Not about the year, so a closed year does not refuse it either; the first setup has no year before it.
    const baseWideWrites = writes.filter(([, p]) => p.baseWide)
    expect(named(baseWideWrites.filter(([name, p]) => !p.allowedWhileClosed && name !== 'setup.create'))).toEqual([])
    expect(CALL_POLICY['app.status'].baseWide).toBe(false)
  })

  it('gives a bénévole no write but the séances and registers of their collectifs', () => {
    expect(named(entries.filter(([, p]) => p.rule === 'benevole-collectif'))).toEqual([
      'registre.setPresence', 'registre.setPresences', 'registre.update', 'seances.cancel', 'seances.plan', 'seances.restore', 'seances.save',
    ])
    expect(named(reads.filter(([, p]) => p.rule === 'benevole-collectif'))).toEqual([])
  })
})
