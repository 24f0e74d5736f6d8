// Key press → speak(): how long a blind visitor waits between pressing "next sentence" and the voice being
// asked to speak, in the real kiosk in Chromium with 4× CPU throttling (a slow kiosk PC). The voice is the
// speechSynthesis fake (headless Chromium has none); it records when speak() is called.
import type { Page } from 'playwright-core';
import { installFakeSpeech } from '../../tests/browser/support/fake-speech-synthesis.ts';
import { launchFreshChromium } from '../../tests/support/chromium.ts';
import { buildAndServeKiosk } from '../../tests/support/kiosk-server.ts';

/** Latency figures in milliseconds. */
export interface ListenBenchResult {
  cpuThrottling: number;
  presses: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The first press of Listen on UU 8/2016 (the largest law in the sample pack), just opened, to its first speak(). */
  firstPlayToSpeakMs: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Instruments the page: keydown time and speak() times, both on performance.now(). */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { keyAt: 0, speakAt: [] as number[] };
    (window as unknown as { __bench: typeof state }).__bench = state;
    document.addEventListener('keydown', () => (state.keyAt = performance.now()), { capture: true });
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      state.speakAt.push(performance.now());
      speak(utterance);
    };
  });
}

/** Runs the benchmark: `presses` presses of Enter on "Kalimat berikutnya" (the first 10 are warm-up). */
export async function runListenBench(options: { presses?: number; throttling?: number } = {}): Promise<ListenBenchResult> {
  const presses = options.presses ?? 60;
  const throttling = options.throttling ?? 4;
  const server = await buildAndServeKiosk();
  const browser = await launchFreshChromium();
  try {
    await installFakeSpeech(browser.context, { endMode: 'manual' });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}#/regulations`);
    await page.locator('.item-link').first().waitFor();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
    await instrument(page);

    // Open the law by keyboard, then start reading: the first Listen includes opening the reading session.
    await page.locator('.item-link').first().focus();
    await page.keyboard.press('Enter');
    const play = page.locator('.reader').getByRole('button', { name: 'Dengarkan', exact: true });
    await play.waitFor();
    await play.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __bench: { speakAt: number[] } }).__bench.speakAt.length > 0);
    const firstSpeak = await page.evaluate(() => (window as unknown as { __bench: { speakAt: number[] } }).__bench.speakAt[0]!);
    const playKey = await page.evaluate(() => (window as unknown as { __bench: { keyAt: number } }).__bench.keyAt);

    const next = page.locator('.reader').getByRole('button', { name: 'Kalimat berikutnya', exact: true });
    await next.focus();
    const latencies: number[] = [];
    for (let press = 0; press < presses; press += 1) {
      const before = await page.evaluate(() => (window as unknown as { __bench: { speakAt: number[] } }).__bench.speakAt.length);
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => (window as unknown as { __bench: { speakAt: number[] } }).__bench.speakAt.length > count, before);
      const latency = await page.evaluate(() => {
        const bench = (window as unknown as { __bench: { keyAt: number; speakAt: number[] } }).__bench;
        return bench.speakAt.at(-1)! - bench.keyAt;
      });
      if (press >= 10) latencies.push(latency);
    }
    latencies.sort((a, b) => a - b);
    return {
      cpuThrottling: throttling,
      presses: latencies.length,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      maxMs: latencies.at(-1) ?? Number.NaN,
      firstPlayToSpeakMs: firstSpeak - playKey,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('listen-bench.ts')) {
  runListenBench().then((result) => console.log(JSON.stringify(result, null, 2)));
}
