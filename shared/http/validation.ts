import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ValidationError, type ErrorDetail } from './errors.ts';

// zod/mini ships without messages; English ones make 400 responses readable for integrators.
// The locale is imported on its own: `z.locales.en` would bundle every language (~250 KB).
z.config(en());

type Part = 'body' | 'query' | 'params';

const toDetail = (part: Part, issue: z.core.$ZodIssue): ErrorDetail => ({
  path: [part, ...issue.path.map(String)].join('.'),
  code: issue.code === 'custom' ? String(issue.params?.code ?? 'invalid') : issue.code,
  message: issue.message,
});

/** Parses one part of a request or throws a 400 whose details name every failing field. */
export const parsePart = <S extends z.ZodMiniType>(part: Part, schema: S, value: unknown): z.infer<S> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    `The request ${part} is invalid.`,
    result.error.issues.map((issue) => toDetail(part, issue)),
  );
};
