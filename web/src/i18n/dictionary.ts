import type { fr } from './fr.ts';

export type MessageKey = keyof typeof fr;
/** Every language has a text for every key. */
export type Dictionary = Record<MessageKey, string>;
