import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The kiosk is served from 127.0.0.1 only: it is a single machine's app, not a public site.
export default defineConfig({
  // No Preact devtools hook in a public kiosk build (it also breaks source maps under vite 8).
  plugins: [preact({ devToolsEnabled: false })],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Source maps help staff report errors from the field; they are not loaded unless devtools open.
    sourcemap: true,
  },
});
