import { describe, expect, it } from 'vitest';
import { schemaText } from './schema-text.ts';

describe('schemaText', () => {
  it('writes objects with optional fields, references, unions and arrays', () => {
    const text = schemaText({
      type: 'object',
      properties: { id: { type: 'string' }, cart: { $ref: '#/components/schemas/Cart' }, note: { anyOf: [{ type: 'string' }, { type: 'null' }] }, tags: { type: 'array', items: { enum: ['a', 'b'] } } },
      required: ['id', 'cart'],
      additionalProperties: false,
    });
    expect(text).toBe("{\n  id: string;\n  cart: Cart;\n  note?: string | null;\n  tags?: Array<'a' | 'b'>;\n}");
  });

  it('says when an object may hold more fields, and writes records and constraints', () => {
    expect(schemaText({ type: 'object', properties: { at: { type: 'string' } }, required: ['at'] })).toBe('{\n  at: string;\n  … // more fields may come\n}');
    expect(schemaText({ type: 'object', additionalProperties: { type: 'integer', minimum: 0 } })).toBe('Record<string, integer /* ≥ 0 */>');
    expect(schemaText({})).toBe('any');
  });
});
