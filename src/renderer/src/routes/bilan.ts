import type { RouteRecordRaw } from 'vue-router'

export const bilanRoutes: RouteRecordRaw[] = [
  { path: '/bilan', name: 'bilan', component: () => import('../views/bilan.vue'), meta: { title: "Bilan CAF", section: 'bilan' } },
  { path: '/bilan/modeles/importer', name: 'bilan-import-modele', component: () => import('../views/bilan-import-modele.vue'), meta: { title: "Importer le formulaire d'une CAF", section: 'bilan' } },
]
