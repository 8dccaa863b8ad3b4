import type { RouteRecordRaw } from 'vue-router'

export const equipeRoutes: RouteRecordRaw[] = [
  { path: '/equipe', name: 'equipe', component: () => import('../views/equipe.vue'), meta: { title: "L'équipe", section: 'equipe' } },
]
