import { createConsoleRoutes } from '../../../console/controller';
import { recognizedListResource } from '../console';

const crud = createConsoleRoutes(recognizedListResource);

export default {
  routes: [
    ...crud.routes,
    ...(['publish', 'unpublish'] as const).map((action) => ({
      method: 'POST',
      path: `/console/recognized-lists/:id/${action}`,
      handler: `api::recognized-list.console.${action}`,
      config: { policies: [] },
    })),
  ],
};
