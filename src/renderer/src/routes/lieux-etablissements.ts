import type { RouteRecordRaw } from 'vue-router'

export const lieuxEtablissementsRoutes: RouteRecordRaw[] = [
  { path: '/lieux-etablissements', name: 'lieux-etablissements', component: () => import('../views/lieux-etablissements.vue'), meta: { title: "Lieux et établissements", section: 'lieux-etablissements' } },
]
