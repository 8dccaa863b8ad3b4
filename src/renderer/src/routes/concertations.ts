import type { RouteRecordRaw } from 'vue-router'

export const concertationsRoutes: RouteRecordRaw[] = [
  { path: '/concertations', name: 'concertations', component: () => import('../views/concertations-list.vue'), meta: { title: "Concertations", section: 'concertations' } },
]
