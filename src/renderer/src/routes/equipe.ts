import type { RouteRecordRaw } from 'vue-router'

export const equipeRoutes: RouteRecordRaw[] = [
  { path: '/equipe', name: 'equipe', component: () => import('../views/equipe.vue'), meta: { title: "L'équipe", section: 'equipe' } },
  { path: '/equipe/intervenants/nouveau', name: 'equipe-intervenant-nouveau', component: () => import('../views/intervenant-edit.vue'), meta: { title: 'Nouvel intervenant', section: 'equipe' } },
  { path: '/equipe/intervenants/:id', name: 'equipe-intervenant', component: () => import('../views/intervenant-edit.vue'), props: true, meta: { title: 'Intervenant', section: 'equipe' } },
  { path: '/equipe/formations/nouvelle', name: 'equipe-formation-nouvelle', component: () => import('../views/formation-edit.vue'), meta: { title: 'Nouvelle formation', section: 'equipe' } },
  { path: '/equipe/formations/:id', name: 'equipe-formation', component: () => import('../views/formation-edit.vue'), props: true, meta: { title: 'Formation', section: 'equipe' } },
]
