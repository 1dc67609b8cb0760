import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';

/** Catch-all for `/api/*` paths no route serves, so unknown routes get our JSON error too. */
export const handler = httpHandler({ access: 'public' }, async ({ event }) => {
  throw new NotFoundError(`No route for ${event.requestContext.http.method} ${event.rawPath}.`, 'route_not_found');
});
