import type { Enfant, Famille } from '../../shared/exchange/schema'
import { foldCase, slugify } from '../../shared/text/fold'
import { NIVEAUX, SITUATIONS, type Niveau } from '../../shared/domain/lists'
import type { DemoContext } from './context'
import type { Random } from './random'
import { GROUPES, PRENOMS_COMMUNS_F, PRENOMS_COMMUNS_M, REPARTITION_FAMILLES, type Origine } from './names'
import { COLLECTIFS, type CollectifKey, type EtablissementKey } from './organisation'

/**
 * Families and children. The frame is fixed (how many children of which level in which
 * collectif, who arrives late, who leaves); names, birthdays, situations and sibling ties are
 * drawn from the seed.
 */

/** Arrivals after the start and departures during the year, replacing the last children of that level. */
interface Mouvement {
  collectif: CollectifKey
  niveau: Niveau
  du?: string
  au?: string
}

const MOUVEMENTS: readonly Mouvement[] = [
  { collectif: 'cp-ce1', niveau: 'CP', du: '2025-12-01' },
  { collectif: 'cp-ce1', niveau: 'CE1', du: '2026-01-05' },
  { collectif: 'ce2-cm2', niveau: 'CM1', du: '2025-12-08' },
  { collectif: 'ce2-cm2', niveau: 'CE2', du: '2026-03-02' },
  // The family moves to Lyon during the winter holidays; a CE2 takes the place in March.
  { collectif: 'ce2-cm2', niveau: 'CM2', au: '2026-02-06' },
  { collectif: '6e-5e', niveau: '6E', du: '2025-12-01' },
  // Leaves in March: the 4e-3e collectif ends the year with 7 children, below the référentiel's 8.
  { collectif: '4e-3e', niveau: '3E', au: '2026-03-20' },
]

const NIVEAUX_COLLEGE: readonly Niveau[] = ['6E', '5E', '4E', '3E']

const ANNEE_NAISSANCE: Partial<Record<Niveau, number>> = {
  CP: 2019, CE1: 2018, CE2: 2017, CM1: 2016, CM2: 2015, '6E': 2014, '5E': 2013, '4E': 2012, '3E': 2011,
}

export interface PlaceEnfant {
  collectif: CollectifKey
  niveau: Niveau
  du: string
  au?: string
}

/** Every child's place, in collectif order then level order. */
export function placesEnfants(): PlaceEnfant[] {
  const places: PlaceEnfant[] = []
  for (const c of COLLECTIFS) {
    for (const [niveau, nombre] of c.niveaux) {
      const slots: PlaceEnfant[] = Array.from({ length: nombre }, () => ({ collectif: c.key, niveau, du: c.du }))
      const mouvements = MOUVEMENTS.filter((m) => m.collectif === c.key && m.niveau === niveau)
      mouvements.forEach((m, i) => {
        const slot = slots[slots.length - 1 - i]
        if (m.du) slot.du = m.du
        if (m.au) slot.au = m.au
      })
      places.push(...slots)
    }
  }
  return places
}

export interface EnfantDemo {
  enfant: Enfant
  collectif: CollectifKey
  /** Leaves during the year: attendance usually drops before that. */
  partDansLAnnee: boolean
}

interface FamilleDemo {
  famille: Famille
  origine: Origine
  ecole: EtablissementKey
  situations: Set<NonNullable<Enfant['situations']>[number]>
}

const ORIGINES_INSCRIPTION: readonly (readonly [NonNullable<Enfant['origineInscription']>, number])[] = [
  ['enseignant', 45], ['famille', 22], ['reussite_educative', 12], ['association', 10], ['enfant', 6], ['autre', 5],
]

function slug(text: string): string {
  // Digits kept out: a demo e-mail is made of letters only.
  return slugify(foldCase(text).replace(/ı/g, 'i').replace(/[0-9]+/g, '-'))
}

function dateDansAnnee(rng: Random, annee: number): string {
  const jours = annee % 4 === 0 ? 366 : 365
  const d = new Date(Date.UTC(annee, 0, 1 + rng.int(0, jours - 1)))
  return d.toISOString().slice(0, 10)
}

/** Pairs of places that become siblings, among the children enrolled from the start to the end. */
function fratries(rng: Random, places: PlaceEnfant[], paires: number): [number, number][] {
  const candidats = rng.shuffle(places.map((p, i) => ({ p, i })).filter(({ p }) => p.au === undefined && p.du === COLLECTIFS[0].du))
  const pris = new Set<number>()
  const result: [number, number][] = []
  for (const a of candidats) {
    if (result.length === paires) break
    if (pris.has(a.i)) continue
    // At least two school years apart, as most siblings are.
    const b = candidats.find((x) => !pris.has(x.i) && x.i !== a.i && Math.abs(NIVEAUX.indexOf(x.p.niveau) - NIVEAUX.indexOf(a.p.niveau)) >= 2)
    if (!b) continue
    pris.add(a.i).add(b.i)
    result.push([a.i, b.i])
  }
  return result
}

function buildFamille(ctx: DemoContext, rng: Random, index: number, origine: Origine, nom: string, telephones: Set<string>): FamilleDemo {
  const groupe = GROUPES[origine]
  let telephone: string
  do telephone = `06 39 98 ${String(rng.int(10, 99))} ${String(rng.int(10, 99))}`
  while (telephones.has(telephone))
  telephones.add(telephone)

  const famille: Famille = { id: ctx.id('famille', index), nom, telephone }
  if (rng.chance(0.4)) famille.email = `${slug(nom)}.famille${rng.int(1, 99)}@mail.example`
  famille.quartierPrioritaire = rng.chance(0.55)
  const situations = new Set<NonNullable<Enfant['situations']>[number]>()
  if (rng.chance(groupe.partLangue)) {
    famille.langueParlee = rng.pick(groupe.langues)
    famille.besoinInterprete = rng.chance(origine === 'afghanistan' || origine === 'tamoul' ? 0.6 : 0.3)
    if (famille.besoinInterprete || rng.chance(0.5)) situations.add('langue_francaise_parents')
  }
  if (famille.quartierPrioritaire && rng.chance(0.35)) situations.add('logement_inadapte')
  if (rng.chance(0.35)) situations.add('acces_limite_activites')
  if (rng.chance(0.25)) situations.add('disponibilite_parents')
  if (rng.chance(0.15)) situations.add('parents_rupture_ecole')
  return { famille, origine, ecole: rng.chance(0.5) ? 'jean-moulin' : 'louise-michel', situations }
}

export function buildInscrits(ctx: DemoContext): { familles: Famille[]; enfants: EnfantDemo[] } {
  const rng = ctx.random('inscrits')
  const places = placesEnfants()
  const paires = fratries(rng, places, 8)
  const nbFamilles = places.length - paires.length

  // Which origin each family has, then a surname per family without repeats.
  const origines = rng.shuffle(
    (Object.entries(REPARTITION_FAMILLES) as [Origine, number][]).flatMap(([o, n]) => Array<Origine>(n).fill(o)),
  )
  while (origines.length < nbFamilles) origines.push('france')
  const nomsPris = new Set<string>()
  const telephones = new Set<string>()
  const familles = origines.slice(0, nbFamilles).map((origine, i) => {
    const nom = rng.pick(GROUPES[origine].noms.filter((n) => !nomsPris.has(n)))
    nomsPris.add(nom)
    return buildFamille(ctx, rng, i + 1, origine, nom, telephones)
  })

  // Place → family: sibling pairs share the first families, every other child has its own.
  const familleDe = new Array<number>(places.length)
  paires.forEach(([a, b], f) => { familleDe[a] = f; familleDe[b] = f })
  let suivante = paires.length
  places.forEach((_, i) => { if (familleDe[i] === undefined) familleDe[i] = suivante++ })

  const prenomsPris = new Set<string>()
  const compteurs = new Map<CollectifKey, number>()
  const enfants = places.map((place, i): EnfantDemo => {
    const fam = familles[familleDe[i]]
    const groupe = GROUPES[fam.origine]
    const sexe = rng.chance(0.5) ? 'F' : 'M'
    // A first name not yet used in the association, when the lists allow it: a demo where three
    // children are called Adam reads like a bug.
    let prenom = ''
    for (let essai = 0; essai < 40; essai++) {
      const commun = rng.chance(fam.origine === 'france' ? 0.2 : 0.3)
      prenom = rng.pick(sexe === 'F' ? (commun ? PRENOMS_COMMUNS_F : groupe.prenomsF) : commun ? PRENOMS_COMMUNS_M : groupe.prenomsM)
      if (!prenomsPris.has(prenom)) break
    }
    prenomsPris.add(prenom)

    const college = NIVEAUX_COLLEGE.includes(place.niveau)
    const situations = new Set(fam.situations)
    if (rng.chance(0.8)) situations.add('difficulte_scolaire')
    if (situations.size === 0) situations.add('acces_limite_activites')

    const n = (compteurs.get(place.collectif) ?? 0) + 1
    compteurs.set(place.collectif, n)
    const enfant: Enfant = {
      id: ctx.id('enfant', `${place.collectif}:${n}`),
      prenom,
      nom: fam.famille.nom,
      dateNaissance: dateDansAnnee(rng, ANNEE_NAISSANCE[place.niveau] ?? 2015),
      sexe,
      niveau: place.niveau,
      etablissementId: ctx.id('etablissement', college ? 'college' : fam.ecole),
      familleId: fam.famille.id,
      origineInscription: college && rng.chance(0.15) ? 'enfant' : rng.weighted(ORIGINES_INSCRIPTION.filter(([o]) => o !== 'enfant')),
        // In the closed list's order, whatever order they were drawn in.
      situations: SITUATIONS.filter((code) => situations.has(code)),
      inscriptions: [{ collectifId: ctx.id('collectif', place.collectif), du: place.du, ...(place.au ? { au: place.au } : {}) }],
    }
    return { enfant, collectif: place.collectif, partDansLAnnee: place.au !== undefined }
  })

  return { familles: familles.map((f) => f.famille), enfants }
}
