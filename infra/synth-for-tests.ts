/**
 * Synthesizes the shop in-process for tests: no esbuild bundling (the `aws:cdk:bundling-stacks`
 * context is empty) and a stand-in storefront build, so a test needs neither `npm run build:web`
 * nor the seconds each bundle costs. `npx cdk synth` still bundles every function.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { FunctionSpec } from './functions.ts';
import { ShopStack, type ShopStackProps } from './stack.ts';

export const testRegion = 'eu-west-3';
export const testSenderEmail = 'shop@example.com';

let standInWebDist: string | undefined;
const webDistForTests = (): string => {
  if (!standInWebDist) {
    standInWebDist = mkdtempSync(join(tmpdir(), 'shop-web-dist-'));
    writeFileSync(join(standInWebDist, 'index.html'), '<!doctype html><title>Shop</title>');
  }
  return standInWebDist;
};

export interface ShopTestApp {
  app: App;
  stack: ShopStack;
}

/** Builds (without synthesizing) an app holding the shop stack. */
export const buildShopApp = (overrides: Partial<ShopStackProps> = {}): ShopTestApp => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ShopStack(app, 'ShopStack', {
    senderEmail: testSenderEmail,
    webDist: webDistForTests(),
    env: { region: testRegion },
    ...overrides,
  });
  return { app, stack };
};

/** The synthesized template of the shop for a manifest (the real one by default). */
export const synthesizeShop = (manifest?: FunctionSpec[]): Template =>
  Template.fromStack(buildShopApp(manifest ? { functions: manifest } : {}).stack);
