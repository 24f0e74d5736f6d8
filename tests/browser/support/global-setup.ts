import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

/** A free TCP port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the kiosk once and serves the build (vite preview, 127.0.0.1) for every browser test file. */
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  const port = await freePort();
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
