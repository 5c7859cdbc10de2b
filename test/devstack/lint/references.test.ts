/**
 * The real upstream samples in test/__fixtures__/reference (origins in its SOURCES.md; `written/` holds our own): the
 * known pitfalls they contain are found at their exact lines, and nothing else is reported.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { lintText, type LintContext } from '../../../src/devstack/lint/index.js';
import { REFERENCE } from '../../helpers/paths.js';

const lint = (rel: string, ctx: Partial<LintContext> = {}) =>
  lintText(readFileSync(path.join(REFERENCE, rel), 'utf8'), rel, ctx).map((f) => [
    f.rule,
    f.line,
    f.endLine,
    f.severity,
  ]);

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

describe('kuryr-kubernetes df-era samples', () => {
  it('local.conf.df.sample: unpinned plugins, relative LOGFILE, commented KEY = value', () => {
    expect(lint('kuryr-kubernetes/df-era/local.conf.df.sample')).toEqual([
      ['LC308', 3, 4, 'error'], // enable_plugin kuryr-kubernetes \ (master is empty: silently skipped)
      ['LC308', 6, 6, 'warning'], // dragonflow
      ['LC403', 14, 14, 'error'], // LOGFILE=devstack.log
      // line 60 LIBS_FROM_GIT+=python-octaviaclient: no LC310, LIBS_FROM_GIT is empty before it, DevStack reads it right
      ['LC308', 61, 61, 'warning'], // octavia
      ['LC308', 70, 70, 'warning'], // barbican
      ['LC308', 89, 89, 'warning'], // devstack-plugin-container
      ['LC311', 179, 179, 'info'], // # KURYR_ENABLED_HANDLERS = vif,lb,lbaasspec (only in a comment)
    ]);
  });

  it('local.conf.df.sample: the same findings on ubuntu (nova is enabled, so gawk is installed)', () => {
    const rules = lint('kuryr-kubernetes/df-era/local.conf.df.sample', { distroFamily: 'ubuntu' }).map((f) => f[0]);
    expect(rules).not.toContain('LC701');
    expect(rules).toHaveLength(7);
  });

  it('local.conf.pod-in-vm.undercloud.df.sample', () => {
    expect(lint('kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.df.sample')).toEqual([
      ['LC308', 14, 14, 'warning'],
      ['LC308', 35, 35, 'warning'],
      ['LC308', 51, 51, 'warning'],
      ['LC308', 67, 67, 'warning'],
    ]);
  });

  it('local.conf.pod-in-vm.overcloud.sample', () => {
    expect(lint('kuryr-kubernetes/df-era/local.conf.pod-in-vm.overcloud.sample')).toEqual([
      ['LC308', 5, 6, 'error'],
      ['LC403', 9, 9, 'error'],
      ['LC308', 34, 34, 'warning'],
    ]);
  });

  it('local.conf.pod-in-vm.undercloud.sample: [[post-config|/$Q_PLUGIN_CONF_FILE]] is fine', () => {
    expect(lint('kuryr-kubernetes/df-era/local.conf.pod-in-vm.undercloud.sample')).toEqual([
      ['LC403', 9, 9, 'error'],
      ['LC308', 26, 26, 'warning'],
      ['LC308', 42, 42, 'warning'],
    ]);
  });
});

describe('other references', () => {
  it('dragonflow redis_local_controller.conf: only the unpinned plugin (password=pass is alphanumeric)', () => {
    expect(lint('dragonflow/redis_local_controller.conf')).toEqual([['LC308', 10, 10, 'warning']]);
  });

  it.each(['df', 'newest'] as const)(
    "written/local.conf.minimal (the shape of DevStack's sample) is clean in era %s: absolute LOGFILE, all passwords",
    (era) => {
      expect(lint('written/local.conf.minimal', { era })).toEqual([]);
    },
  );

  it('written/local.conf.post-config: post-config sections, one named by a variable, are clean', () => {
    expect(lint('written/local.conf.post-config')).toEqual([]);
  });

  it('latest local.conf.sample (era newest)', () => {
    expect(lint('kuryr-kubernetes/latest/local.conf.sample', { era: 'newest' })).toEqual([
      ['LC308', 3, 3, 'error'],
      ['LC403', 11, 11, 'error'],
      ['LC308', 32, 32, 'warning'],
      ['LC308', 66, 66, 'warning'],
      ['LC308', 74, 74, 'warning'],
      ['LC308', 80, 80, 'warning'],
      ['LC311', 169, 169, 'info'],
    ]);
  });

  it('every reference is valid bash and has no KEY = value outside comments', () => {
    const files = walk(REFERENCE).filter((f) => !f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) {
      const rules = lint(path.relative(REFERENCE, f)).map((x) => x[0]);
      expect({ f, bad: rules.filter((r) => ['LC301', 'LC302', 'LC303', 'LC313'].includes(r as string)) }).toEqual({
        f,
        bad: [],
      });
    }
  });
});
