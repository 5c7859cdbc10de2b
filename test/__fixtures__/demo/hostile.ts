/**
 * Hostile input for the preview tests: Markdown/HTML that runs script, fetches from the network or hides content
 * when a renderer lets it through, and a check run whose fields carry markup. Every script sets `window.__pwned`;
 * every fetch goes to evil.example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CheckRunAnnotation, CheckRunFile } from '../../../sandbox/demo/preview.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const HERE = join(REPO_ROOT, 'test', '__fixtures__', 'demo');

/** The committed job summary of the demo run (see demo-run.ts). */
export const demoSummary = (): string => readFileSync(join(HERE, 'summary.md.txt'), 'utf8');
/** The committed check run and annotations of the demo run (see demo-run.ts). */
export const demoCheckRun = (): CheckRunFile =>
  JSON.parse(readFileSync(join(HERE, 'check-run.json'), 'utf8')) as CheckRunFile;

/** Markdown and raw HTML that must come out inert. */
export const HOSTILE_SUMMARY = [
  '#### Hostile',
  `<script>window.__pwned = 'script'</script>`,
  `<img src="x" onerror="window.__pwned = 'img'">`,
  `<img/src=x/onerror=window.__pwned='img-slash'>`,
  `<details open ontoggle="window.__pwned = 'ontoggle'"><summary>toggle</summary>opened</details>`,
  `<svg onload="window.__pwned = 'svg'"><circle r="4"></circle></svg>`,
  `<iframe srcdoc="<script>parent.__pwned = 'srcdoc'</script>"></iframe>`,
  `<iframe src="https://evil.example/frame"></iframe>`,
  `<object data="https://evil.example/object"></object>`,
  `<style>@import url(https://evil.example/import.css); #matrix { display: none }</style>`,
  `<link rel="stylesheet" href="https://evil.example/link.css">`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">`,
  `<base href="https://evil.example/">`,
  `<div style="background-image: url(https://evil.example/bg.png)" class="x" id="styled">styled div</div>`,
  `<form action="https://evil.example/form"><input name="q" value="v"></form>`,
  `<scr<script>ipt>window.__pwned = 'split'</script>`,
  '',
  `<p><a id="js-link" href="javascript:window.__pwned = 'link'" onclick="window.__pwned = 'onclick'">js link</a>`,
  `<a href="jav&#x61;script:window.__pwned = 'entity'">entity link</a>`,
  `<a href="java\tscript:window.__pwned = 'tab'">tab link</a>`,
  `<a href="data:text/html,<script>alert(1)</script>">data link</a>`,
  `<span onmouseover="window.__pwned = 'hover'">hover me</span></p>`,
  '',
  `[md js link](javascript:window.__pwned='md-link') and ![pixel](https://evil.example/pixel.png)`,
  '',
  `[a safe link](https://example.com/docs?a=1&b=2) <details open><summary>kept open</summary>inside</details>`,
  '',
].join('\n');

/** One annotation whose every field carries markup. */
export const HOSTILE_ANNOTATION: CheckRunAnnotation = {
  path: `"><svg onload="window.__pwned = 'path'">.py`,
  blob_href: `javascript:window.__pwned = 'blob'`,
  start_line: 3,
  end_line: 4,
  start_column: null,
  end_column: null,
  annotation_level: 'failure',
  title: `<script>window.__pwned = 'title'</script>`,
  message: `<img src=x onerror="window.__pwned = 'message'">`,
  raw_details: `</pre></details><iframe src="https://evil.example/details"></iframe>`,
};

/** The demo check run with the hostile annotation added and markup in its own fields. */
export function hostileCheckRun(): CheckRunFile {
  const file = demoCheckRun();
  return {
    check_run: {
      ...file.check_run,
      name: `<b onmouseover="window.__pwned = 'name'">kdf</b>`,
      html_url: `javascript:window.__pwned = 'html_url'`,
      output: { ...file.check_run.output, title: `<iframe src="https://evil.example/title"></iframe>` },
    },
    annotations: [...file.annotations, HOSTILE_ANNOTATION],
  };
}
