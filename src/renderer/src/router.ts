import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useAppStatus } from './stores/app-status'
import { useSession } from './stores/session'
import { famillesRoutes } from './routes/familles'
import { actionsParentsRoutes } from './routes/actions-parents'
import { concertationsRoutes } from './routes/concertations'
import { donneesPersonnellesRoutes } from './routes/donnees-personnelles'
import { equipeRoutes } from './routes/equipe'
import { projetsBonusRoutes } from './routes/projets-bonus'
import { lieuxEtablissementsRoutes } from './routes/lieux-etablissements'
import { bilanRoutes } from './routes/bilan'
import { importEnfantsRoutes } from './routes/import-enfants'
import { comptesRoutes } from './routes/comptes'
import { budgetRoutes } from './routes/budget'
import { nouvelleAnneeRoutes } from './routes/nouvelle-annee'
import { clotureRoutes } from './routes/cloture'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    /** Screens of the first start, shown without the navigation. */
    bare?: boolean
    /** The entry of the navigation this screen belongs to. */
    section?: string
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/bienvenue', name: 'bienvenue', component: () => import('./views/first-start.vue'), meta: { title: 'Bienvenue', bare: true } },
  { path: '/configuration', name: 'configuration', component: () => import('./views/setup.vue'), meta: { title: 'Votre association', bare: true } },
  { path: '/', name: 'accueil', component: () => import('./views/accueil.vue'), meta: { section: 'accueil', title: 'Accueil' } },
  { path: '/collectifs', name: 'collectifs', component: () => import('./views/collectifs-list.vue'), meta: { section: 'collectifs', title: 'Collectifs' } },
  { path: '/collectifs/nouveau', name: 'collectif-nouveau', component: () => import('./views/collectif-edit.vue'), meta: { section: 'collectifs', title: 'Nouveau collectif' } },
  { path: '/collectifs/:id', name: 'collectif', component: () => import('./views/collectif-edit.vue'), props: true, meta: { section: 'collectifs', title: 'Collectif' } },
  { path: '/enfants', name: 'enfants', component: () => import('./views/enfants-list.vue'), meta: { section: 'enfants', title: 'Enfants' } },
  { path: '/enfants/nouveau', name: 'enfant-nouveau', component: () => import('./views/enfant-edit.vue'), meta: { section: 'enfants', title: 'Nouvel enfant' } },
  { path: '/enfants/:id', name: 'enfant', component: () => import('./views/enfant-edit.vue'), props: true, meta: { section: 'enfants', title: 'Enfant' } },
  { path: '/seances/:collectifId?', name: 'seances', component: () => import('./views/seances-list.vue'), props: true, meta: { section: 'seances', title: 'Séances' } },
  { path: '/registre/:seanceId', name: 'registre', component: () => import('./views/registre-seance.vue'), props: true, meta: { section: 'seances', title: 'Registre de présence' } },
  { path: '/semaine/:collectifId/:date?', name: 'semaine', component: () => import('./views/semaine-collectif.vue'), props: true, meta: { section: 'seances', title: 'Semaine' } },
  // The menu does not offer the settings to a bénévole; their address does not either.
  { path: '/parametres', name: 'parametres', component: () => import('./views/parametres.vue'), beforeEnter: () => useSession().coordination || { path: '/' }, meta: { section: 'parametres', title: 'Paramètres' } },
  ...famillesRoutes,
  ...actionsParentsRoutes,
  ...concertationsRoutes,
  ...equipeRoutes,
  ...projetsBonusRoutes,
  ...lieuxEtablissementsRoutes,
  ...bilanRoutes,
  ...donneesPersonnellesRoutes,
  ...importEnfantsRoutes,
  ...comptesRoutes,
  ...budgetRoutes,
  ...nouvelleAnneeRoutes,
  ...clotureRoutes,
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history: the same build works from Electron's file:// and from the HTTP host. */
export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(async (to) => {
  const app = useAppStatus()
  let status
  try {
    status = await app.load()
  } catch {
    return true // the shell shows that the application does not answer
  }
  if (!status.configured && !to.meta.bare) return { name: 'bienvenue' }
  if (status.configured && to.meta.bare) return { name: 'accueil' }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} — Clas` : 'Clas'
})
