/** JSON Schema (as in the OpenAPI document) as a short TypeScript-like text that people can read. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

const indent = (depth: number) => '  '.repeat(depth);

/** The component name a `$ref` points to. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

const literal = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

const constraints = (schema: Schema): string => {
  const notes = [
    schema.format,
    schema.pattern ? `pattern ${schema.pattern}` : undefined,
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : undefined,
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : undefined,
    schema.minLength !== undefined ? `length ≥ ${schema.minLength}` : undefined,
    schema.maxLength !== undefined ? `length ≤ ${schema.maxLength}` : undefined,
  ].filter(Boolean);
  return notes.length ? ` /* ${notes.join(', ')} */` : '';
};

const objectText = (schema: Schema, depth: number): string => {
  const properties = Object.entries(schema.properties ?? {});
  const open = schema.additionalProperties !== false && typeof schema.additionalProperties !== 'object';
  if (!properties.length) {
    if (typeof schema.additionalProperties === 'object') return `Record<string, ${schemaText(schema.additionalProperties, depth)}>`;
    return open ? 'object' : '{}';
  }
  const required = new Set(schema.required ?? []);
  const lines = properties.map(([name, property]) => `${indent(depth + 1)}${name}${required.has(name) ? '' : '?'}: ${schemaText(property, depth + 1)};`);
  if (open) lines.push(`${indent(depth + 1)}… // more fields may come`);
  return `{\n${lines.join('\n')}\n${indent(depth)}}`;
};

/** `depth` is the indentation of the line the text starts on. */
export const schemaText = (schema: Schema | undefined, depth = 0): string => {
  if (!schema || Object.keys(schema).length === 0) return 'any';
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((member) => schemaText(member, depth)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  switch (type) {
    case 'object':
      return objectText(schema, depth);
    case 'array':
      return `Array<${schemaText(schema.items, depth)}>`;
    case undefined:
      return schema.properties ? objectText(schema, depth) : 'any';
    default:
      return `${type}${constraints(schema)}`;
  }
};
