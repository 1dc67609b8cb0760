/** Matches requests to manifest routes with API Gateway HTTP API's precedence rules. */
import type { FunctionSpec, HttpRoute } from '../functions.ts';

export interface RouteMatch {
  spec: FunctionSpec;
  route: HttpRoute;
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
}

interface CompiledRoute {
  spec: FunctionSpec;
  route: HttpRoute;
  routeKey: string;
  segments: string[];
  greedy: boolean;
}

const routeKeyOf = (route: HttpRoute): string => `${route.method} ${route.path}`;

const compile = (spec: FunctionSpec, route: HttpRoute): CompiledRoute => {
  const segments = route.path.split('/').filter(Boolean);
  const greedy = segments.at(-1)?.endsWith('+}') ?? false;
  return { spec, route, routeKey: routeKeyOf(route), segments, greedy };
};

const isParam = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');
const paramName = (segment: string): string => segment.slice(1, -1).replace(/\+$/, '');

const matchPath = (compiled: CompiledRoute, parts: string[]): Record<string, string> | undefined => {
  const { segments, greedy } = compiled;
  const fixed = greedy ? segments.length - 1 : segments.length;
  if (greedy ? parts.length < segments.length : parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < fixed; index++) {
    const segment = segments[index]!;
    const part = parts[index]!;
    if (isParam(segment)) params[paramName(segment)] = decodeURIComponent(part);
    else if (segment !== part) return undefined;
  }
  if (greedy) params[paramName(segments.at(-1)!)] = decodeURIComponent(parts.slice(fixed).join('/'));
  return params;
};

/** Most specific first: literal segments beat parameters, which beat a greedy tail; a method beats ANY. */
const precedence = (compiled: CompiledRoute): number[] => [
  compiled.greedy ? 0 : 1,
  ...compiled.segments.map((segment) => (isParam(segment) ? 0 : 1)),
  compiled.route.method === 'ANY' ? 0 : 1,
];

const compareDescending = (a: number[], b: number[]): number => {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (b[index] ?? -1) - (a[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
};

export const createRouter = (manifest: FunctionSpec[]) => {
  const routes = manifest
    .flatMap((spec) => (spec.routes ?? []).map((route) => compile(spec, route)))
    .sort((a, b) => compareDescending(precedence(a), precedence(b)));

  return {
    /** `"METHOD /path auth"` for every route served, in matching order. */
    inventory: routes.map((route) => `${route.routeKey} ${route.route.auth}`),
    match(method: string, path: string): RouteMatch | undefined {
      const parts = path.split('/').filter(Boolean);
      for (const compiled of routes) {
        if (compiled.route.method !== 'ANY' && compiled.route.method !== method) continue;
        const params = matchPath(compiled, parts);
        if (!params) continue;
        return {
          spec: compiled.spec,
          route: compiled.route,
          routeKey: compiled.routeKey,
          pathParameters: Object.keys(params).length ? params : undefined,
        };
      }
      return undefined;
    },
  };
};

export type Router = ReturnType<typeof createRouter>;
