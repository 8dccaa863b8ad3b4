import type { RouteRecordRaw } from 'vue-router'
import { useSession } from '../stores/session'

// Accounts and the journal are the coordination's: a bénévole typing the address goes home (the
// main process refuses those calls anyway).
const coordinationOnly = () => useSession().coordination || { path: '/' }

export const comptesRoutes: RouteRecordRaw[] = [
  { path: '/parametres/comptes', name: 'comptes', component: () => import('../views/comptes-list.vue'), beforeEnter: coordinationOnly, meta: { title: 'Comptes', section: 'parametres' } },
  { path: '/parametres/comptes/nouveau', name: 'compte-nouveau', component: () => import('../views/compte-edit.vue'), beforeEnter: coordinationOnly, meta: { title: 'Nouveau compte', section: 'parametres' } },
  { path: '/parametres/comptes/:id', name: 'compte', component: () => import('../views/compte-edit.vue'), props: true, beforeEnter: coordinationOnly, meta: { title: 'Compte', section: 'parametres' } },
  { path: '/parametres/journal', name: 'journal', component: () => import('../views/journal.vue'), beforeEnter: coordinationOnly, meta: { title: 'Journal des modifications', section: 'parametres' } },
]
