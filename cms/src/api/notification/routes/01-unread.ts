import { staffRoute } from '../../../records/routes';

// Strapi loads an api's routers in file-name order: 01- puts this before the core router's /notifications/:id.
export default {
  routes: [staffRoute('GET', '/notifications/unread-count', 'api::notification.unread.count', { resource: 'notifications', action: 'read' })],
};
