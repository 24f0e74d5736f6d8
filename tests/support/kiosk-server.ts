import { build, preview } from 'vite';
import { freePort } from './free-port.ts';

/** The built kiosk served by vite preview on 127.0.0.1. */
export interface KioskServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the kiosk (vite build) and serves dist/ on a free loopback port. */
export async function buildAndServeKiosk(): Promise<KioskServer> {
  await build({ logLevel: 'warn' });
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
