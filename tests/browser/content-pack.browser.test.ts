import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { minimalPack } from '../fixtures/minimal-pack.ts';
import { kioskUrl, openKiosk, waitForContent } from './support/kiosk.ts';

// Staff load a pack file on the settings screen. A broken pack is refused with a message naming the item
// and field, on screen and to screen readers, and the kiosk keeps the content it had — also after reload.

let browser: FreshBrowser;

beforeEach(async () => {
  browser = await launchFreshChromium();
});

afterEach(async () => {
  await browser?.close();
});

const asFile = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)) });

describe('loading a content pack from a file', () => {
  it('[invalid pack] is refused with the item and field named, and the sample content stays', async () => {
    const page = await openKiosk(browser.context, '#/settings');
    await waitForContent(page);
    const before = await page.getByTestId('active-pack').textContent();

    const broken = minimalPack();
    const program = broken.items[0];
    if (program?.kind !== 'program') throw new Error('fixture changed');
    program.howToApply = [];
    await page.locator('#pack-file').setInputFiles(asFile('rusak.json', broken));

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Paket ditolak');
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('contoh-program');
    expect(message).toContain('howToApply');
    // The same message reaches screen readers through the assertive live region.
    await expect.poll(() => page.locator('[data-announcer="assertive"]').textContent()).toContain('Paket ditolak');
    expect(await page.getByTestId('active-pack').textContent()).toBe(before);

    // Nothing lost: after a reload the kiosk still has its sample programs.
    await page.reload();
    await page.evaluate(() => (location.hash = '#/programs'));
    await waitForContent(page);
    expect(await page.locator('.item-list li').count()).toBeGreaterThanOrEqual(12);
  });

  it('[not a pack] a JSON file of another kind, and text that is not JSON, are refused in plain words', async () => {
    const page = await openKiosk(browser.context, '#/settings');
    await waitForContent(page);
    await page.locator('#pack-file').setInputFiles(asFile('foto.json', { photos: [] }));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('bukan paket konten Jurubaca');
    await page.locator('#pack-file').setInputFiles(asFile('setengah.json', '{"format": "jurubaca-pack", "items": ['));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('bukan JSON yang sah');
  });

  it('[valid pack] is installed, announced, and still active after a reload', async () => {
    const page = await openKiosk(browser.context, '#/settings');
    await waitForContent(page);
    await page.locator('#pack-file').setInputFiles(asFile('baru.json', minimalPack()));
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('2026.11.23-1');
    await page.reload();
    await waitForContent(page);
    await expect.poll(() => page.getByTestId('active-pack').textContent()).toContain('Paket uji');
    await page.evaluate(() => (location.hash = '#/programs'));
    await expect.poll(() => page.locator('.item-list li').count()).toBe(1);
  });

  it('[English] the refusal is in English when the visitor chose English', async () => {
    const page = await openKiosk(browser.context, '#/settings');
    await waitForContent(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#pack-file').setInputFiles(asFile('photos.json', { photos: [] }));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a Jurubaca content pack');
  });
});

describe('when the kiosk has no content at all', () => {
  it('[bundled pack unreachable] says so plainly with a retry button, and retry recovers', async () => {
    const page = await browser.context.newPage();
    let isBlocked = true;
    await page.route('**/packs/sample.pack.json', (route) => (isBlocked ? route.abort() : route.continue()));
    await page.goto(kioskUrl('#/programs'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Konten kios belum dapat dimuat');
    isBlocked = false;
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => page.locator('.item-list li').count()).toBeGreaterThanOrEqual(12);
  });
});
