import type { InjectionKey, Ref } from 'vue'

/** The previous year's answers to the bilan's questions, by question id (`anneeSuivante.reponsesPrecedentes`). */
export interface ReponsesAnDernier {
  libelle: string | null
  reponses: Record<string, string>
}

/** Given by the Bilan screen to each of its questions, however deep in the form. */
export const REPONSES_AN_DERNIER: InjectionKey<Ref<ReponsesAnDernier>> = Symbol('reponses-an-dernier')
