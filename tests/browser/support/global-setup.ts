import type { TestProject } from 'vitest/node';
import { buildAndServeKiosk } from '../../support/kiosk-server.ts';

/** Builds the kiosk once and serves the build (vite preview, 127.0.0.1) for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await buildAndServeKiosk();
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
