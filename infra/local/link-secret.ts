/**
 * The local secret signing links in emails. Kept in the data directory, so a reminder emailed
 * before a restart still restores its cart after it; generated afresh for an in-memory shop.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const localLinkSecret = async (dataDir: string | undefined): Promise<string> => {
  if (!dataDir) return randomBytes(32).toString('base64url');
  const file = join(dataDir, 'link-signing-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
};
