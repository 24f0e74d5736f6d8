// Makes sure Debian's Chromium is installed: browser tests and benchmarks drive it with playwright-core
// (never a downloaded browser). Installs it with apt-get when running as root (as CI does); otherwise
// stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Returns the Chromium path, installing Debian's package first if it is missing and we may. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install it once with: sudo apt-get install -y chromium fonts-dejavu`,
    );
  }
  console.log(`Chromium is missing at ${CHROMIUM_PATH}: installing Debian's chromium package (apt-get)…`);
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  const install = run(['install', '-y', '-qq', 'chromium', 'fonts-dejavu']);
  if (install.status !== 0 || !existsSync(CHROMIUM_PATH)) {
    throw new Error('Could not install Chromium with apt-get (see the output above). Install it by hand: apt-get install -y chromium fonts-dejavu');
  }
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
