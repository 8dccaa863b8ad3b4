import type { RouteRecordRaw } from 'vue-router'

export const clotureRoutes: RouteRecordRaw[] = [
  { path: '/cloture', name: 'cloture', component: () => import('../views/cloture.vue'), meta: { title: "Clôturer l'année", section: 'parametres' } },
]
