import type { RouteRecordRaw } from 'vue-router'

export const nouvelleAnneeRoutes: RouteRecordRaw[] = [
  { path: '/nouvelle-annee', name: 'nouvelle-annee', component: () => import('../views/nouvelle-annee.vue'), meta: { title: 'Nouvelle année', section: 'parametres' } },
]
