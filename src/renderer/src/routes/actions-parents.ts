import type { RouteRecordRaw } from 'vue-router'

export const actionsParentsRoutes: RouteRecordRaw[] = [
  { path: '/actions-parents', name: 'actions-parents', component: () => import('../views/actions-parents-list.vue'), meta: { title: 'Actions avec les parents', section: 'actions-parents' } },
  { path: '/actions-parents/nouvelle', name: 'action-parents-nouvelle', component: () => import('../views/action-parents-edit.vue'), meta: { title: 'Nouvelle action avec les parents', section: 'actions-parents' } },
  { path: '/actions-parents/:id', name: 'action-parents', component: () => import('../views/action-parents-edit.vue'), props: true, meta: { title: 'Action avec les parents', section: 'actions-parents' } },
]
