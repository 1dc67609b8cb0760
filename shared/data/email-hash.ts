import { createHash } from 'node:crypto';

/** Emails are keyed by hash: the same address in any case gives the same key, and keys reveal no address. */
export const emailHashOf = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
