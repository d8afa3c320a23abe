import { createRouter, createWebHashHistory } from 'vue-router';
import SignIn from './screens/SignIn.vue';
import EvaluationOverview from './screens/EvaluationOverview.vue';
import { session } from './session';

// Hash history: every screen is index.html to the gateway, so it needs no fallback route, and a reload keeps the screen.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'sign-in', component: SignIn },
    {
      path: '/evaluations/:department/:year',
      name: 'overview',
      component: EvaluationOverview,
      props: (route) => ({ department: String(route.params.department), year: Number(route.params.year) }),
    },
  ],
});

router.beforeEach((to) => (to.name !== 'sign-in' && !session.current ? { name: 'sign-in' } : true));
