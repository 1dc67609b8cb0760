import * as z from 'zod/mini';
import { readEnv } from './env.ts';

/** The single table's name, read once. */
export const tableName = (): string => (cached ??= readEnv(z.object({ TABLE_NAME: z.string().check(z.minLength(1)) })).TABLE_NAME);
let cached: string | undefined;
