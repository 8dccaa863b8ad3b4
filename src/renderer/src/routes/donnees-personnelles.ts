import type { RouteRecordRaw } from 'vue-router'

export const donneesPersonnellesRoutes: RouteRecordRaw[] = [
  { path: '/donnees-personnelles', name: 'donnees-personnelles', component: () => import('../views/donnees-personnelles.vue'), meta: { title: 'Données personnelles', section: 'parametres' } },
]
