/**
 * The demo preview in headless Chromium: it renders (matrix cells read from the DOM, annotation rows visible, the
 * conclusion badge styled), no script runs and the browser requests nothing but the file itself, even with the
 * hostile fixtures, and even with the page's Content-Security-Policy removed (so the sanitizer alone is tested).
 * A deliberately unsafe page first shows that the two detectors (`window.__pwned`, the request log) do fire.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

import { renderPreview } from '../../../sandbox/demo/preview.js';
import { DEMO_MATRIX } from '../../__fixtures__/demo/demo-run.js';
import { demoSummary, HOSTILE_SUMMARY, hostileCheckRun } from '../../__fixtures__/demo/hostile.js';
import { launchChromium } from '../../helpers/chromium.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'kdf-preview-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const hostilePreview = (): string =>
  renderPreview({
    summaryMarkdown: `${demoSummary()}\n\n${HOSTILE_SUMMARY}`,
    checkRun: hostileCheckRun(),
    title: 'kdf e2e preview',
    generatedAt: new Date('2024-05-14T10:00:00Z'),
  });

interface Opened {
  page: Page;
  url: string;
  /** Every request the page made or tried to make, the file itself included (a CSP-blocked load is one too). */
  requests: string[];
  /** Why requests failed, by URL: `csp` when the Content-Security-Policy blocked one, else the route's abort. */
  failures: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Opens `html` from a file in a fresh context. Requests are logged, and every one but the file's is aborted, so a
 * failing test never reaches the network. Dialogs (alert) are dismissed and counted as script that ran.
 */
async function open(name: string, html: string): Promise<Opened> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const failures = new Map<string, string>();
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText ?? '?'));
  page.on('dialog', (d) => {
    requests.push(`dialog:${d.message()}`);
    void d.dismiss();
  });
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  // Give late loads (meta refresh, lazy frames, @import) a moment to show up in the log.
  await page.waitForTimeout(300);
  return { page, url, requests, failures, close: () => context.close() };
}

// The callbacks below run in the page; the project compiles without the DOM library, hence globalThis and casts.
const pwned = (page: Page): Promise<unknown> =>
  page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);

/** A page that runs a script and loads an image when nothing stops it. */
const UNSAFE = `<!doctype html><html><head>
<meta charset="utf-8"></head><body>
<script>window.__pwned = 'script'</script>
<img src="https://evil.example/pixel.png">
</body></html>`;

describe('the preview in Chromium', () => {
  it('the detectors work: an unsafe page runs its script and makes its requests', async () => {
    const { page, url, requests, failures, close } = await open('unsafe.html', UNSAFE);
    try {
      expect(await pwned(page)).toBe('script');
      expect(requests).toEqual([url, 'https://evil.example/pixel.png']);
      expect(failures.get('https://evil.example/pixel.png')).toBe('net::ERR_FAILED'); // aborted by our route
    } finally {
      await close();
    }
  });

  it("the preview's Content-Security-Policy alone stops the unsafe page", async () => {
    const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(hostilePreview())?.[0];
    expect(csp).toBeDefined();
    const { page, url, requests, failures, close } = await open(
      'unsafe-csp.html',
      UNSAFE.replace('<head>', `<head>${csp}`),
    );
    try {
      expect(await pwned(page)).toBeUndefined();
      // Chromium reports the image it did not load as a request that failed with `csp`: nothing left the browser.
      expect(requests).toEqual([url, 'https://evil.example/pixel.png']);
      expect(failures.get('https://evil.example/pixel.png')).toBe('csp');
    } finally {
      await close();
    }
  });

  it('renders the check run header, the matrix from the DOM and every annotation row', async () => {
    const { page, close } = await open('preview.html', hostilePreview());
    try {
      expect(await page.title()).toBe('kdf e2e preview');
      const badge = page.locator('#conclusion');
      expect(await badge.isVisible()).toBe(true);
      expect(await badge.textContent()).toBe('failure');
      // The inline stylesheet applied: the failure badge is red.
      expect(await badge.evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).backgroundColor)).toBe(
        'rgb(209, 36, 47)',
      );
      expect(await page.locator('#head-sha').textContent()).toBe('3f9c2a71d04b');
      expect(await page.$$eval('#counts li', (lis) => lis.map((li) => li.textContent))).toEqual([
        '2 failure',
        '1 warning',
        '1 notice',
      ]);

      expect(await page.locator('#matrix').isVisible()).toBe(true);
      const matrix = await page.$$eval('#matrix tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
      );
      expect(matrix).toEqual(DEMO_MATRIX);
      expect(await page.$$eval('#summary table', (t) => t.length)).toBe(5);

      const rows = page.locator('#annotations tr.annotation');
      expect(await rows.count()).toBe(4);
      for (let i = 0; i < 4; i++) expect(await rows.nth(i).isVisible()).toBe(true);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.className))).toEqual([
        'annotation level-failure',
        'annotation level-warning',
        'annotation level-notice',
        'annotation level-failure',
      ]);
      // The hostile annotation shows its markup as text.
      const hostile = rows.nth(3);
      expect(await hostile.locator('td.message pre').first().textContent()).toBe(
        `<img src=x onerror="window.__pwned = 'message'">`,
      );
      expect(await hostile.locator('td.title').textContent()).toBe(`<script>window.__pwned = 'title'</script>`);
      // Raw details are collapsed until opened.
      const details = rows.nth(0).locator('details pre');
      expect(await details.isVisible()).toBe(false);
      await rows.nth(0).locator('details summary').click();
      expect(await details.isVisible()).toBe(true);
      expect(await details.textContent()).toContain('Failed to start df-controller');
    } finally {
      await close();
    }
  });

  async function expectInert(name: string, html: string): Promise<void> {
    const { page, url, requests, close } = await open(name, html);
    const check = async (): Promise<void> => {
      expect(await pwned(page)).toBeUndefined();
      expect(page.url()).toBe(url); // no link navigated, no meta refresh
      expect(requests).toEqual([url]);
    };
    try {
      await check();
      expect(await page.locator('iframe, img, svg, object, form, input, script, link, base').count()).toBe(0);
      expect(await page.locator('body style').count()).toBe(0);
      expect(page.frames()).toHaveLength(1);
      expect(await page.locator('#matrix').isVisible()).toBe(true); // the hostile <style> did not hide it
      // Hover and click everything that had a handler or a javascript: URL before sanitizing.
      await page.getByText('hover me').hover({ timeout: 2000 });
      await page.locator('#check-run .name').hover({ timeout: 2000 });
      for (const text of ['js link', 'entity link', 'tab link', 'data link', 'md js link', 'toggle']) {
        await page.getByText(text, { exact: true }).click({ timeout: 2000 });
      }
      await page.waitForTimeout(100);
      await check();
    } finally {
      await close();
    }
  }

  it('no script runs and nothing but the file is requested, even when everything is clicked', async () => {
    await expectInert('hostile.html', hostilePreview());
  });

  it('the sanitizer alone is enough: the same page without its Content-Security-Policy', async () => {
    const html = hostilePreview();
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
    expect(withoutCsp).not.toBe(html);
    expect(withoutCsp).not.toContain('Content-Security-Policy');
    await expectInert('hostile-no-csp.html', withoutCsp);
  });
});
