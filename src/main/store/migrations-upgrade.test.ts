import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findMigrationsFolder } from './migrations-folder'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-upgrade-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The shipped migrations minus the latest: what the previous version of the app wrote. */
function previousVersionFolder(): { folder: string; latest: string } {
  const folder = join(dir, 'drizzle-precedent')
  cpSync(findMigrationsFolder(), folder, { recursive: true })
  const journalPath = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] }
  const latest = journal.entries.pop()!
  writeFileSync(journalPath, JSON.stringify(journal))
  rmSync(join(folder, `${latest.tag}.sql`))
  return { folder, latest: latest.tag }
}

describe('the latest migration', () => {
  it('upgrades a database of the previous version and keeps its data', () => {
    const { folder, latest } = previousVersionFolder()
    const path = join(dir, 'clas.sqlite')
    const old = openDatabase(path, { migrationsFolder: folder })
    old.sqlite.prepare("INSERT INTO annees_scolaires (id, libelle, debut, fin, zone, intitule_projet, courante) VALUES ('a1', '2025-2026', '2025-09-01', '2026-07-03', 'A', 'Réussir ensemble', 1)").run()
    old.sqlite.prepare("INSERT INTO reponses (annee_id, question_id, texte) VALUES ('a1', 'conclusion_perspectives', 'Une belle année.')").run()
    old.sqlite.close()

    const upgraded = openDatabase(path)
    try {
      expect(upgraded.migrated, latest).toBe(1)
      expect(upgraded.sqlite.prepare('SELECT texte FROM reponses').all()).toEqual([{ texte: 'Une belle année.' }])
      // 0001: the Bilan screen's corrections, one per figure and year.
      if (latest === '0001_bilan_corrections') {
        upgraded.sqlite.prepare("INSERT INTO bilan_corrections (annee_id, cle, valeur) VALUES ('a1', 'intervenants.salarie.nombre', '3')").run()
        expect(() => upgraded.sqlite.prepare("INSERT INTO bilan_corrections (annee_id, cle, valeur) VALUES ('a1', 'intervenants.salarie.nombre', '4')").run()).toThrow(/UNIQUE/)
        expect(() => upgraded.sqlite.prepare("INSERT INTO bilan_corrections (annee_id, cle, valeur) VALUES ('autre', 'semaines', '30')").run()).toThrow(/FOREIGN KEY/)
      }
      // 0002: accounts (none yet: the base stays open as before), their collectifs, the journal.
      if (latest === '0002_comptes_journal') {
        expect(upgraded.sqlite.prepare('SELECT count(*) AS n FROM comptes').get()).toEqual({ n: 0 })
        upgraded.sqlite.prepare("INSERT INTO comptes (id, nom, role, secret_hash, secret_sel, secret_params, type) VALUES ('c1', 'Inès', 'benevole', 'h', 's', '{}', 'pin')").run()
        expect(upgraded.sqlite.prepare("SELECT echecs, actif, bloque_jusqu_a FROM comptes").get()).toEqual({ echecs: 0, actif: 1, bloque_jusqu_a: null })
        expect(() => upgraded.sqlite.prepare("INSERT INTO compte_collectifs (compte_id, collectif_id) VALUES ('c1', 'aucun')").run()).toThrow(/FOREIGN KEY/)
        upgraded.sqlite.prepare("INSERT INTO journal (quand, appel, entite, champs) VALUES ('2025-11-20T16:00:00Z', 'lieux.save', 'lieux', '[]')").run()
      }
    } finally {
      upgraded.sqlite.close()
    }
  })
})
