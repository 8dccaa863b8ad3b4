import type { RouteRecordRaw } from 'vue-router'

export const famillesRoutes: RouteRecordRaw[] = [
  { path: '/familles', name: 'familles', component: () => import('../views/familles-list.vue'), meta: { title: "Familles", section: 'familles' } },
]
