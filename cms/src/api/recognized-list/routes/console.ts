import { createRecordRoutes } from '../../../records/controller';
import { staffRoute } from '../../../records/routes';
import { recognizedListResource } from '../resource';

const crud = createRecordRoutes(recognizedListResource);

export default {
  routes: [
    ...crud.routes,
    // Publishing a recognized list (Art. 16) is part of editing it: whoever may update a list may publish it.
    ...(['publish', 'unpublish'] as const).map((action) =>
      staffRoute('POST', `/console/recognized-lists/:id/${action}`, `api::recognized-list.console.${action}`, {
        resource: 'recognized-lists',
        action: 'update',
      }),
    ),
  ],
};
