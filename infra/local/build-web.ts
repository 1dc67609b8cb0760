/** Builds the storefront, then the admin into `web/dist/admin` (two Vite builds: see web/admin/vite.config.ts). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const webBuildConfigs = ['web/vite.config.ts', 'web/admin/vite.config.ts'];

/** Runs both builds in order; false as soon as one fails (Vite has printed why). */
export const buildWeb = (rootDir: string, logLevel: 'warn' | 'error' = 'warn'): boolean => {
  const viteCli = join(rootDir, 'node_modules/vite/bin/vite.js');
  return webBuildConfigs.every(
    (config) => spawnSync(process.execPath, [viteCli, 'build', '--config', config, '--logLevel', logLevel], { cwd: rootDir, stdio: 'inherit' }).status === 0,
  );
};
