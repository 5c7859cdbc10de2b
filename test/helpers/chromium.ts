/**
 * Headless Chromium for browser tests: the distribution's /usr/bin/chromium driven by playwright-core (which never
 * downloads a browser). Missing Chromium is an error, not a skip: a test that cannot run cannot fail either.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Where Debian's `chromium` package puts the browser; `KDF_CHROMIUM` names another Chromium-based browser (GitHub's
 * ubuntu-latest runners have Google Chrome at /usr/bin/google-chrome, see .github/workflows/ci.yml).
 */
export const CHROMIUM_PATH = process.env.KDF_CHROMIUM || '/usr/bin/chromium';

/** No sandbox (CI runs as root in a container), no GPU, and none of Chromium's own background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-domain-reliability',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--metrics-recording-only',
];

/** Launches headless Chromium; throws, naming the package to install, when it is not there. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, and the browser tests need it: ` +
        'run `sudo scripts/install-test-packages.sh` (Debian/Ubuntu; it installs `chromium`), or set KDF_CHROMIUM.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
