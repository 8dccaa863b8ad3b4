import type { RouteRecordRaw } from 'vue-router'

export const projetsBonusRoutes: RouteRecordRaw[] = [
  { path: '/projets-bonus', name: 'projets-bonus', component: () => import('../views/projets-bonus-list.vue'), meta: { title: "Projets bonus", section: 'projets-bonus' } },
]
