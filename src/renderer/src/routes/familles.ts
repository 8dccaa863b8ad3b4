import type { RouteRecordRaw } from 'vue-router'

export const famillesRoutes: RouteRecordRaw[] = [
  { path: '/familles', name: 'familles', component: () => import('../views/familles-list.vue'), meta: { title: "Familles", section: 'familles' } },
  { path: '/familles/nouvelle', name: 'famille-nouvelle', component: () => import('../views/famille-edit.vue'), meta: { title: 'Nouvelle famille', section: 'familles' } },
  { path: '/familles/:id', name: 'famille', component: () => import('../views/famille-edit.vue'), props: true, meta: { title: 'Famille', section: 'familles' } },
]
