// `npm start`: builds the kiosk with its bundled sample content and serves it on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const port = process.env.PORT ?? '4173';

console.log('Jurubaca: building the kiosk…');
const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Jurubaca: the build failed (see above).');
  process.exit(build.status ?? 1);
}
const url = `http://127.0.0.1:${port}/`;
console.log(`Jurubaca is served at ${url}`);
console.log(`Full-screen kiosk: chromium --kiosk --noerrdialogs --disable-pinch --overscroll-history-navigation=0 --autoplay-policy=no-user-gesture-required ${url}`);
console.log('Stop with Ctrl+C.');
const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], { stdio: ['ignore', 'inherit', 'inherit'] });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
