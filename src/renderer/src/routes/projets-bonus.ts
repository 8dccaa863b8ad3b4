import type { RouteRecordRaw } from 'vue-router'

export const projetsBonusRoutes: RouteRecordRaw[] = [
  { path: '/projets-bonus', name: 'projets-bonus', component: () => import('../views/projets-bonus-list.vue'), meta: { title: "Projets bonus", section: 'projets-bonus' } },
  { path: '/projets-bonus/nouveau', name: 'projet-bonus-nouveau', component: () => import('../views/projet-bonus-edit.vue'), meta: { title: 'Nouveau projet bonus', section: 'projets-bonus' } },
  { path: '/projets-bonus/:id', name: 'projet-bonus', component: () => import('../views/projet-bonus-edit.vue'), props: true, meta: { title: 'Projet bonus', section: 'projets-bonus' } },
]
