/**
 * Regenerates `web/public/images/seed/` from the demo catalog and removes pictures no product
 * uses any more. Run after editing the seed: `npx tsx infra/local/seed/write-seed-images.ts`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedImageFiles } from './catalog-images.ts';

const directory = fileURLToPath(new URL('../../../web/public/images/seed/', import.meta.url));
const files = seedImageFiles();

await mkdir(directory, { recursive: true });
const stale = (await readdir(directory)).filter((name) => !files.has(name));
await Promise.all(stale.map((name) => rm(join(directory, name))));
await Promise.all([...files].map(([name, svg]) => writeFile(join(directory, name), svg)));

const bytes = [...files.values()].reduce((total, svg) => total + Buffer.byteLength(svg), 0);
console.log(
  `Wrote ${files.size} images (${(bytes / 1024).toFixed(1)} KB) to web/public/images/seed`
    + (stale.length > 0 ? `, removed ${stale.length} stale` : ''),
);
