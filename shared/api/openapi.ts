/**
 * The shop's OpenAPI 3.1 document, built from the function manifest (routes, auth, throttles) and
 * the route contracts (the handlers' own request schemas, and response schemas). Pure: no AWS.
 */
import type { FunctionSpec, HttpMethod, HttpRoute } from '#infra/functions.ts';
import { limitRules } from '#shared/http/rate-limit-rules.ts';
import { errorBody, gatewayErrorBody, validationErrorBody } from './contract/common.ts';
import type { ContractTable, ResponseContract, RouteContract } from './contract/types.ts';
import { componentSchemas, jsonSchemaOf, type JsonSchema } from './json-schema.ts';

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
}

type Operation = Record<string, unknown>;

const operationMethods: Record<Exclude<HttpMethod, 'ANY'>, string> = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' };

/** OpenAPI methods of a manifest route: `ANY` (the catch-all) stands for each of them. */
export const methodsOf = (method: HttpMethod): string[] => (method === 'ANY' ? Object.values(operationMethods) : [operationMethods[method]]);

export const routeKeyOf = (route: Pick<HttpRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;

const securityOf = (route: HttpRoute) => {
  if (route.auth === 'customer') return [{ shopperJwt: [] }];
  if (route.auth === 'merchant') return [{ merchantJwt: [] }];
  return [];
};

const json = (schema: JsonSchema, contentType = 'application/json') => ({ [contentType]: { schema } });

const errorRef = jsonSchemaOf(errorBody, 'output');
const eitherError = { anyOf: [errorRef, jsonSchemaOf(gatewayErrorBody, 'output')] };

/** An error response without a body of its own answers the shop's error envelope. */
const responseOf = (status: number, response: ResponseContract) => ({
  description: response.description,
  ...(response.headers
    ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, header]) => [name, { description: header.description, schema: jsonSchemaOf(header.schema, 'output') }])) }
    : {}),
  ...(response.body ? { content: json(jsonSchemaOf(response.body, 'output'), response.contentType) } : status >= 400 ? { content: json(errorRef) } : {}),
});

const rateLimited = (route: HttpRoute): boolean => route.throttle !== undefined || routeKeyOf(route) in limitRules;

const sharedResponse = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** Responses many routes share, referenced from each operation. */
const sharedResponses = () => ({
  BadRequest: { description: 'The request is invalid: `error.details` names each failing field.', content: json(jsonSchemaOf(validationErrorBody, 'output')) },
  Unauthorized: { description: 'No valid bearer token of the route’s user pool.', content: json(eitherError) },
  OriginRefused: { description: 'The request did not come through the shop’s address (`origin_refused`).', content: json(errorRef) },
  NotMerchant: { description: 'The token’s user is not in the `merchants` group, or the request did not come through the shop’s address.', content: json(errorRef) },
  PayloadTooLarge: { description: 'The body is too large.', content: json(errorRef) },
  UnsupportedMediaType: { description: 'The body is not `application/json`.', content: json(errorRef) },
  TooManyRequests: {
    description: 'Too many requests from this client (or to this route shop-wide); retry after the given delay.',
    headers: { 'retry-after': { description: 'Seconds to wait (sent by the shop’s own limiter).', schema: { type: 'integer', minimum: 0 } } },
    content: json(eitherError),
  },
  ServerError: { description: 'Something failed on the shop’s side; nothing is revealed.', content: json(errorRef) },
});

/** The errors every route of its kind can give, unless its contract describes them itself. */
const sharedErrors = (route: HttpRoute, contract: RouteContract): Record<string, unknown> => {
  const errors: Record<string, unknown> = {};
  const request = contract.request ?? {};
  if (request.params || request.query || request.body) errors['400'] = sharedResponse('BadRequest');
  if (route.auth !== 'public') errors['401'] = sharedResponse('Unauthorized');
  errors['403'] = sharedResponse(route.auth === 'merchant' ? 'NotMerchant' : 'OriginRefused');
  if (request.body) {
    errors['413'] = sharedResponse('PayloadTooLarge');
    errors['415'] = sharedResponse('UnsupportedMediaType');
  }
  if (rateLimited(route)) errors['429'] = sharedResponse('TooManyRequests');
  errors['500'] = sharedResponse('ServerError');
  return errors;
};

const parametersOf = (contract: RouteContract) => {
  const parameters: Array<Record<string, unknown>> = [];
  for (const [where, schema] of [['path', contract.request?.params], ['query', contract.request?.query]] as const) {
    if (!schema) continue;
    const object = jsonSchemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      parameters.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property });
    }
  }
  return parameters;
};

const operationOf = (spec: FunctionSpec, route: HttpRoute, contract: RouteContract, method: string): Operation => {
  const parameters = parametersOf(contract);
  const body = contract.request?.body;
  const operationId = `${method}${route.path.replace(/\{([^}+]+)\+?\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`;
  return {
    operationId,
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    tags: [spec.name],
    security: securityOf(route),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: json(jsonSchemaOf(body, 'input')) } } : {}),
    responses: {
      ...sharedErrors(route, contract),
      ...Object.fromEntries(Object.entries(contract.responses).map(([status, response]) => [status, responseOf(Number(status), response)])),
    },
    ...(route.throttle ? { 'x-throttle': route.throttle } : {}),
  };
};

/** Manifest routes that have no contract: each is a route key to add under shared/api/contract/. */
export const routesWithoutContract = (manifest: FunctionSpec[], contracts: ContractTable): string[] =>
  manifest.flatMap((spec) => (spec.routes ?? []).map(routeKeyOf)).filter((key) => !(key in contracts));

/**
 * Builds the document. A manifest route without a contract is left out (the served document still
 * works); the contract tests fail naming it (see `routesWithoutContract`).
 */
export const buildOpenApiDocument = (manifest: FunctionSpec[], contracts: ContractTable, info: DocumentInfo) => {
  const paths: Record<string, Record<string, unknown>> = {};
  const tags: Array<{ name: string; description: string }> = [];
  for (const spec of manifest) {
    if (!spec.routes?.length) continue;
    tags.push({ name: spec.name, description: spec.description });
    for (const route of spec.routes) {
      const contract = contracts[routeKeyOf(route)];
      if (!contract) continue;
      const item = (paths[route.path] ??= {});
      for (const method of methodsOf(route.method)) item[method] = operationOf(spec, route, contract, method);
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, description: info.description, license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } },
    servers: [{ url: '/', description: 'The shop’s own address: the API is served under /api beside the storefront.' }],
    tags,
    paths,
    components: {
      securitySchemes: {
        shopperJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An ID or access token of the shoppers’ Cognito user pool (see `GET /api/auth/shoppers`).' },
        merchantJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token of the merchants’ Cognito user pool whose user is in the `merchants` group (see `GET /api/auth/config`).' },
      },
      responses: sharedResponses(),
      schemas: componentSchemas(),
    },
  };
};

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
