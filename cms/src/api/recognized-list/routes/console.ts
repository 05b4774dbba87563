import { createRecordRoutes } from '../../../records/controller';
import { recognizedListResource } from '../resource';

const crud = createRecordRoutes(recognizedListResource);

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
