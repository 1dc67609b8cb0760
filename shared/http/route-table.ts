import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { json, type HttpResult } from './responses.ts';

type RouteHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>;

/**
 * One Lambda serving several routes that share in-memory state (the catalog index): API Gateway
 * names the matched route in `routeKey`, and each route keeps its own handler file.
 */
export const routeTable =
  (routes: Record<string, RouteHandler>): RouteHandler =>
  async (event, context) => {
    const route = routes[event.routeKey];
    if (!route) return json(404, { error: { code: 'route_not_found', message: `No route for ${event.routeKey}.` } });
    return route(event, context);
  };
