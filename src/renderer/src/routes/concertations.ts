import type { RouteRecordRaw } from 'vue-router'

export const concertationsRoutes: RouteRecordRaw[] = [
  { path: '/concertations', name: 'concertations', component: () => import('../views/concertations-list.vue'), meta: { title: "Concertations", section: 'concertations' } },
  { path: '/concertations/nouvelle', name: 'concertation-nouvelle', component: () => import('../views/concertation-edit.vue'), meta: { title: 'Nouvelle concertation', section: 'concertations' } },
  { path: '/concertations/:id', name: 'concertation', component: () => import('../views/concertation-edit.vue'), props: true, meta: { title: 'Concertation', section: 'concertations' } },
]
