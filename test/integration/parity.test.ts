import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { functions, type RouteAuth } from '../../infra/functions.ts';
import { synthesizeShop } from '../../infra/synth-for-tests.ts';
import { queueTriggersOf, routesOf, schedulesOf, streamTriggersOf } from '../infra/template-inventory.ts';
import { api, merchantTokens, stack } from './support.ts';

const routes = functions.flatMap((spec) => (spec.routes ?? []).map((route) => ({ ...route, name: spec.name })));
const manifestRoutes = routes.map((route) => `${route.method} ${route.path} ${route.auth}`).sort();
const manifestQueues = functions.filter((spec) => spec.queue).map((spec) => `${spec.queue!.queue} -> ${spec.name}`).sort();
const manifestStreams = functions.filter((spec) => spec.stream).map((spec) => `table stream -> ${spec.name}`).sort();
const manifestSchedules = functions.filter((spec) => spec.schedule).map((spec) => `${spec.name} every ${spec.schedule!.everyMinutes} min`).sort();

// API Gateway knows only whether a route checks a JWT; the merchants group is the handler's job.
const asGateway = (auth: RouteAuth) => (auth === 'public' ? 'public' : 'jwt');

let template: Template;
beforeAll(() => {
  template = synthesizeShop(functions);
});

describe('manifest parity', () => {
  it('the synthesized HTTP API has exactly the manifest routes, JWT-protected where the manifest says', () => {
    expect(routesOf(template)).toEqual(routes.map((route) => `${route.method} ${route.path} ${asGateway(route.auth)}`).sort());
  });

  it('the synthesized stack has exactly the manifest queue triggers and schedules', () => {
    expect(queueTriggersOf(template)).toEqual(manifestQueues);
    expect(schedulesOf(template)).toEqual(manifestSchedules);
    expect(streamTriggersOf(template)).toEqual(manifestStreams);
  });

  it('the local stack serves exactly the manifest routes, polls its queues and fires its schedules', () => {
    expect([...stack().routes].sort()).toEqual(manifestRoutes);
    expect([...stack().pollers].sort()).toEqual([...manifestQueues, ...manifestStreams].sort());
    expect([...stack().scheduled].sort()).toEqual(manifestSchedules);
  });

  it.each(routes.filter((route) => route.path !== '/api/{proxy+}'))(
    'the local gateway routes $method $path to $name with its auth rule',
    async (route) => {
      const path = route.path.replace(/\{[^}]+\}/g, 'sample-1');
      const method = route.method === 'ANY' ? 'GET' : route.method;
      if (route.auth !== 'public') expect((await api(path, { method })).status).toBe(401);
      const { idToken } = await merchantTokens();
      const response = await api(path, { method, token: idToken });
      expect(response.json?.error?.code).not.toBe('route_not_found');
      expect(response.status).toBeLessThan(500);
    },
  );
});
