import type { RouteRecordRaw } from 'vue-router'

export const budgetRoutes: RouteRecordRaw[] = [
  { path: '/budget', name: 'budget', component: () => import('../views/budget.vue'), meta: { title: "Budget de l'action", section: 'budget' } },
]
