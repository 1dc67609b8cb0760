/** zod/mini schemas as JSON Schema 2020-12 (OpenAPI 3.1's dialect), named ones as component references. */
import * as z from 'zod/mini';
import { contractSchemas } from './contract/common.ts';

export type JsonSchema = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

const common = { target: 'draft-2020-12', unrepresentable: 'any', cycles: 'ref' } as const;

/** Rewrites zod's local `#/$defs/X` references of named schemas to the document's components. */
const withComponentRefs = (schema: JsonSchema): JsonSchema => {
  const { $defs: _defs, $schema: _dialect, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
};

/** One schema, inline, with named sub-schemas as `$ref`s; `input` for requests (before defaults and transforms). */
export const jsonSchemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const id = contractSchemas.get(schema)?.id;
  if (id && io === 'output') return { $ref: componentRef(id) };
  return withComponentRefs(z.toJSONSchema(schema, { ...common, io, metadata: contractSchemas }) as JsonSchema);
};

/** Every named schema, for `components.schemas`. */
export const componentSchemas = (): Record<string, JsonSchema> => {
  const { schemas } = z.toJSONSchema(contractSchemas, { ...common, io: 'output', uri: componentRef }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, id: _id, $id: _uri, ...rest } = schema;
      return [id, rest];
    }),
  );
};
