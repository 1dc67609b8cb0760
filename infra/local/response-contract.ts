/**
 * Checks responses against the OpenAPI document (JSON Schema 2020-12 with ajv): the status must be
 * documented for the route, the body must match its media type and schema. The integration suite
 * runs every response of the local gateway through it (test/integration/global-setup.ts).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { CheckedExchange } from './gateway.ts';

type Json = Record<string, unknown>;
interface Documented {
  content?: Record<string, { schema: Json }>;
}
export interface OpenApiLike {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, unknown> };
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

const componentsId = 'https://shop.invalid/openapi/components';
const withAbsoluteRefs = <T>(schema: T): T => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${componentsId}#/$defs/`)) as T;

const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

export interface ContractCheck {
  /** A message naming what is wrong, or undefined when the response keeps to the document. */
  check: (exchange: CheckedExchange) => string | undefined;
  /** Responses checked so far by route key and status, and the violations found. */
  tally: () => { checked: number; byRoute: Record<string, number>; violations: string[] };
}

export const createContractCheck = (document: OpenApiLike): ContractCheck => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: componentsId, $defs: withAbsoluteRefs(document.components.schemas) });
  const compiled = new Map<Json, ValidateFunction>();
  const validatorOf = (schema: Json) => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(withAbsoluteRefs(schema))));
    return validate;
  };
  const byRoute: Record<string, number> = {};
  const violations: string[] = [];
  let checked = 0;

  const responsesOf = (routeKey: string) => {
    const [method, path] = routeKey.split(' ') as [string, string];
    const item = document.paths[path];
    // `ANY` (the catch-all) documents every method alike.
    const operation = item?.[method === 'ANY' ? Object.keys(item)[0]! : method.toLowerCase()] as { responses: Record<string, Documented> } | undefined;
    return operation?.responses;
  };

  /** A shared response (`$ref: '#/components/responses/X'`) as its definition. */
  const resolved = (response: (Documented & { $ref?: string }) | undefined): Documented | undefined =>
    response?.$ref ? (document.components.responses?.[response.$ref.replace('#/components/responses/', '')] as Documented | undefined) : response;

  const problemOf = (exchange: CheckedExchange): string | undefined => {
    const responses = responsesOf(exchange.routeKey);
    if (!responses) return 'the route is not in the document';
    const documented = resolved(responses[String(exchange.statusCode)]);
    if (!documented) return `status ${exchange.statusCode} is not documented (documented: ${Object.keys(responses).join(', ')})`;
    if (!documented.content) return exchange.body === '' ? undefined : `status ${exchange.statusCode} documents no body, got ${exchange.body.slice(0, 80)}`;
    const mediaType = mediaTypeOf(exchange.headers['content-type']);
    const media = documented.content[mediaType];
    if (!media) return `content-type ${mediaType || '(none)'} is not documented for ${exchange.statusCode} (documented: ${Object.keys(documented.content).join(', ')})`;
    let body: unknown = exchange.body;
    if (mediaType === 'application/json') {
      try {
        body = JSON.parse(exchange.body);
      } catch {
        return 'the body is not JSON';
      }
    }
    const validate = validatorOf(media.schema);
    if (validate(body)) return undefined;
    return ajv.errorsText(validate.errors, { dataVar: 'body', separator: '; ' });
  };

  return {
    check: (exchange) => {
      checked++;
      const key = `${exchange.routeKey} ${exchange.statusCode}`;
      byRoute[key] = (byRoute[key] ?? 0) + 1;
      const problem = problemOf(exchange);
      if (problem) violations.push(`${key}: ${problem}`);
      return problem;
    },
    tally: () => ({ checked, byRoute: { ...byRoute }, violations: [...violations] }),
  };
};
