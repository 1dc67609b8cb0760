/** The shop's own OpenAPI document: its manifest, its contracts, its package name and version. */
import { functions } from '#infra/functions.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { routeContracts } from './contract/registry.ts';
import { buildOpenApiDocument } from './openapi.ts';

export const shopOpenApiDocument = () =>
  buildOpenApiDocument(functions, routeContracts, {
    title: `${packageJson.name} API`,
    version: packageJson.version,
    description: `${packageJson.description}\n\nPrices are integer cents (EUR). Errors are \`{ "error": { "code", "message", "details" } }\`; API Gateway's own refusals are \`{ "message" }\`.`,
  });
