import { describe, expect, it } from 'vitest'
import { foldCase } from '../../text/fold'
import { buildDemoDocument } from '../../../main/demo/build-demo'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'
import { FIGURE_FORMATS, REPEATED_KEYS } from './types'
import { figureLabel, figureLabels, TABLE_LABELS } from './labels'

const norm = (s: string) => foldCase(s).replace(/[’']/g, "'").trim()

/** Keys whose libellé or a synonym is `phrase`, case, accents and apostrophes aside. */
const keysSaying = (phrase: string) => figureLabels().filter((l) => [l.libelle, ...l.synonymes].some((s) => norm(s) === norm(phrase))).map((l) => l.key)
const keysInCell = (ligne: string, colonne: string) =>
  figureLabels().filter((l) => l.cellules.some((c) => norm(c.ligne) === norm(ligne) && norm(c.colonne) === norm(colonne))).map((l) => l.key)

describe('labels of the figures', () => {
  const demo = computeFigures(buildDemoDocument())

  it('label every key the demo produces, and produce every key labelled', () => {
    const labelled = figureLabels().map((l) => l.key)
    expect(new Set(labelled).size).toBe(labelled.length)
    expect([...labelled].sort()).toEqual(Object.keys(demo.values).sort())
    // An empty year gives the same keys: they do not depend on the data.
    expect(Object.keys(computeFigures(documentBuilder().build()).values).sort()).toEqual([...labelled].sort())
  })

  it('label every column of the tables', () => {
    for (const key of REPEATED_KEYS) {
      expect(demo.rows[key].length, key).toBeGreaterThan(0)
      const columns = TABLE_LABELS[key].colonnes.map((c) => c.colonne)
      for (const row of demo.rows[key]) expect(Object.keys(row).sort(), key).toEqual([...columns].sort())
    }
  })

  it('give each figure a distinct French label and a known format', () => {
    const libelles = figureLabels().map((l) => l.libelle)
    expect(new Set(libelles).size).toBe(libelles.length)
    for (const l of figureLabels()) {
      expect(FIGURE_FORMATS).toContain(l.format)
      expect(l.synonymes).not.toContain(l.libelle)
      for (const s of l.synonymes) expect(s.trim(), l.key).not.toBe('')
    }
  })

  it('match the formats to the values: booleans, dates, numbers', () => {
    for (const [key, value] of Object.entries(demo.values)) {
      if (value === null) continue
      const format = figureLabel(key)?.format
      if (typeof value === 'boolean') expect(format, key).toBe('booleen')
      else if (typeof value === 'number') expect(['entier', 'decimal', 'pourcentage', 'heures', 'minutes'], key).toContain(format)
      else expect(['texte', 'date'], key).toContain(format)
    }
  })

  it('know the wording of the official forms', () => {
    // Lot-et-Garonne 2021-2022
    expect(keysSaying('Nombre annuel d’heures pour le CLAS Bénévoles')).toEqual(['intervenants.benevole.heures'])
    expect(keysSaying('Nombre total d’intervenants')).toEqual(['intervenants.total.nombre'])
    expect(keysSaying('Nombre d’enfants autres (CAP, BEP…)')).toEqual(['enfants.autre'])
    expect(keysSaying('Nombre de familles différentes accueillies')).toEqual(['familles.nombre'])
    expect(keysSaying('Nombre moyen d’enfants par accompagnateurs')).toEqual(['enfants.parAccompagnateur'])
    expect(keysSaying('Date de début de mise en œuvre du projet')).toEqual(['dates.debut'])
    expect(keysSaying('Nombre de semaines d’activité réalisées dans l’année')).toEqual(['semaines'])
    expect(keysSaying('Maîtrise difficile de la langue française par les parents')).toEqual(['situations.langue_francaise_parents'])
    expect(keysSaying('Par des jeux éducatifs')).toEqual(['activites.jeux_educatifs'])
    expect(keysSaying('Sur proposition de l’enseignant')).toEqual(['origine.enseignant'])
    expect(keysSaying('Mise en relation des parents avec d’autres partenaires')).toEqual(['parents.objectif.orientation_partenaires'])
    expect(keysInCell('Nature du local utilisé', 'Municipal')).toEqual(['territoire.typeLocal.municipal'])
    // Ain 2025-2026
    expect(keysSaying('Nombre de bénévoles (volontaires inclus)')).toEqual(['intervenants.benevolesEtVolontaires.nombre'])
    expect(keysInCell('Nombre de salariés', 'Soit en ETP')).toEqual(['intervenants.salarie.etp'])
    expect(keysSaying('6e')).toEqual(['enfants.niveau.6E'])
    expect(keysSaying('2de')).toEqual(['enfants.niveau.2NDE'])
    expect(keysSaying('1ère')).toEqual(['enfants.niveau.1RE'])
    expect(keysSaying('Nom du gestionnaire et adresse')).toEqual(['structure.nomEtAdresse'])
    expect(keysSaying('Nombre de collectifs concernés par un projet complémentaire d’ouverture culturelle, structuré et organisé sur l’année ?')).toEqual(['bonus.enfants.collectifs'])
    // National 2024-2025 and bonus/TNE 2025-2026
    expect(keysSaying('Nombre de collectifs menés')).toEqual(['collectifs.nombre'])
    expect(keysSaying('Collaboration effective pour l’orientation des enfants')).toEqual(['concertation.orientation'])
    // The year's actions, or the TNE project's: the heading above the table tells them apart.
    expect(keysInCell('Café des parents', 'Nombre de séances réalisées')).toEqual(['parents.format.cafe_parents.seances', 'parents.tne.format.cafe_parents.seances'])
    expect(keysInCell('Espace Numérique de Travail / Pronote ...', 'Nombre de parents présents (total sur l’ensemble des séances)')).toEqual(['parents.format.ent_pronote.parents', 'parents.tne.format.ent_pronote.parents'])
    expect(keysSaying('Budget réalisé pour l’action parentalité numérique (€ TTC)')).toEqual(['bonus.tne.montant'])
    expect(keysInCell('Bonification Enfants', 'Le projet a-t-il été réalisé sur toute l’année scolaire ?')).toEqual(['bonus.enfants.touteAnnee'])
    // Wordings of forms yet unseen
    expect(keysInCell('Bénévoles', "Nombre d'heures")).toEqual(['intervenants.benevole.heures'])
    expect(keysInCell('Salariés', 'ETP')).toEqual(['intervenants.salarie.etp'])
    expect(keysSaying('Nombre total d’enfants accompagnés')).toEqual(['enfants.total'])
    expect(keysSaying('Date de démarrage des séances')).toEqual(['dates.debut'])
    expect(keysSaying('Nombre de semaines d’accompagnement')).toEqual(['semaines'])
    expect(keysSaying('6ème')).toEqual(['enfants.niveau.6E'])
    expect(keysInCell('6-10 ans', 'Filles')).toEqual(['enfants.age.6-10.sexe.F'])
    expect(TABLE_LABELS.collectifs.colonnes.find((c) => norm(c.libelle) === norm("Nombre d'animateurs"))?.colonne).toBe('animateurs')
    expect(TABLE_LABELS.collectifs.ligne?.(0)).toBe('collectif 1')
  })
})
