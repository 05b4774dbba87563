import { staffRoute } from '../../../records/routes';

// Every signed-in staff user may ask who they are.
export default {
  routes: [staffRoute('GET', '/console/me', 'api::console.console.me', 'signedIn')],
};
