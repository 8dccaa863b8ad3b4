import type { RouteRecordRaw } from 'vue-router'

export const actionsParentsRoutes: RouteRecordRaw[] = [
  { path: '/actions-parents', name: 'actions-parents', component: () => import('../views/actions-parents-list.vue'), meta: { title: "Actions avec les parents", section: 'actions-parents' } },
]
