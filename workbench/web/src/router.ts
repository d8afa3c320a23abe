import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router';
import SignIn from './screens/SignIn.vue';
import EvaluationOverview from './screens/EvaluationOverview.vue';
import EvaluationCycle from './screens/EvaluationCycle.vue';
import EvaluationReview from './screens/EvaluationReview.vue';
import EvaluationIndicators from './screens/EvaluationIndicators.vue';
import EvaluationWhatIf from './screens/EvaluationWhatIf.vue';
import EvaluationReport from './screens/EvaluationReport.vue';
import EvaluationProcurement from './screens/EvaluationProcurement.vue';
import { session } from './session';
import { readsEveryDepartment } from './roles';

const evaluation = (route: RouteLocationNormalized) => ({ department: String(route.params.department), year: Number(route.params.year) });

// The bureau's view and the budget are loaded when opened: they carry ECharts, which the other screens do not need;
// so is the monitoring screen, which a department opens a few times a year.
// Hash history: every screen is index.html to the gateway, so it needs no fallback route, and a reload keeps the screen.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'sign-in', component: SignIn },
    { path: '/evaluations/:department/:year', name: 'overview', component: EvaluationOverview, props: evaluation },
    { path: '/evaluations/:department/:year/indicators', name: 'indicators', component: EvaluationIndicators, props: evaluation },
    { path: '/evaluations/:department/:year/what-if', name: 'what-if', component: EvaluationWhatIf, props: evaluation },
    { path: '/evaluations/:department/:year/report', name: 'report', component: EvaluationReport, props: evaluation },
    { path: '/evaluations/:department/:year/budget', name: 'budget', component: () => import('./screens/EvaluationBudget.vue'), props: evaluation },
    { path: '/evaluations/:department/:year/procurement', name: 'procurement', component: EvaluationProcurement, props: evaluation },
    { path: '/evaluations/:department/:year/cycle', name: 'cycle', component: EvaluationCycle, props: evaluation },
    { path: '/evaluations/:department/:year/review', name: 'review', component: EvaluationReview, props: evaluation },
    { path: '/evaluations/:department/:year/monitoring', name: 'monitoring', component: () => import('./screens/EvaluationMonitoring.vue'), props: evaluation },
    { path: '/bureau/:year', name: 'bureau', component: () => import('./screens/BureauView.vue'), props: (route) => ({ year: Number(route.params.year) }), meta: { bureau: true } },
  ],
});

/**
 * Signed out, every screen leads to the sign-in. The bureau's view is for bureau roles only (the service would refuse
 * the others with a 403 anyway; the app does not offer what will fail).
 */
router.beforeEach((to) => {
  if (to.name !== 'sign-in' && !session.current) {
    return { name: 'sign-in' };
  }
  if (to.meta.bureau && !readsEveryDepartment(session.current?.role)) {
    return { name: 'overview', params: { department: session.current?.department ?? '', year: String(session.current?.year ?? '') } };
  }
  return true;
});
