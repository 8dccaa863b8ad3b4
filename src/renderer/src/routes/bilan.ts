import type { RouteRecordRaw } from 'vue-router'

export const bilanRoutes: RouteRecordRaw[] = [
  { path: '/bilan', name: 'bilan', component: () => import('../views/bilan.vue'), meta: { title: "Bilan CAF", section: 'bilan' } },
]
