import type { RouteRecordRaw } from 'vue-router'

export const importEnfantsRoutes: RouteRecordRaw[] = [
  { path: '/enfants/importer', name: 'import-enfants', component: () => import('../views/import-enfants.vue'), meta: { title: "Importer une liste", section: 'enfants' } },
]
