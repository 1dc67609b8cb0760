/** esbuild options for Lambda bundles, shared by the CDK stack and the cold-start bench. */
import type { BuildOptions } from 'esbuild';

export const bundlingDefaults = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require(); ESM bundles need it defined.
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
} satisfies BuildOptions;
