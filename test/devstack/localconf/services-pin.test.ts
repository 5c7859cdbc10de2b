/** Pins `evaluateServices`' complete state (lists, plugins, events with lines, clearedAt, unknown) for one walk. */
import { describe, expect, it } from '@jest/globals';

import type { LocalrcStatement } from '../../../src/devstack/localconf/model.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { evaluateServices } from '../../../src/devstack/localconf/services.js';

const localrc = (text: string): LocalrcStatement[] => {
  const b = parseLocalConf(`[[local|localrc]]\n${text}\n`).blocks[0];
  if (b?.kind !== 'localrc') throw new Error('no localrc');
  return b.statements;
};

const WALK = [
  'enable_service a,b c',
  'disable_service b; enable_service b',
  'enable_plugin p1 https://git.example/p1',
  'enable_plugin p1 https://git.example/p1b stable/x',
  'enable_plugin p2 https://git.example/p2 r2',
  'enable_plugin onlyname',
  'ENABLED_SERVICES+=,b,-c',
  'ENABLED_SERVICES+=glued',
  'disable_service key',
  'enable_service a',
  'ENABLED_SERVICES=x,y,$EXTRA',
  'ENABLED_SERVICES+=,z',
  'enable_service w',
].join('\n');

describe('evaluateServices (full state)', () => {
  it('walks enables, disables, plugins and ENABLED_SERVICES edits like functions-common', () => {
    expect(evaluateServices(localrc(WALK), 'key,n-api,dstat')).toMatchSnapshot();
  });

  it('glues += without a comma onto the last entry (-c becomes -cglued, so c stays) before any reset', () => {
    const head = WALK.split('\n').slice(0, 10).join('\n');
    const s = evaluateServices(localrc(head), 'key,n-api,dstat');
    expect(s.enabled).toEqual(['n-api', 'dstat', 'a', 'c', 'b']);
    expect(s).toMatchSnapshot();
  });

  it('keeps the defaults when nothing is stated', () => {
    expect(evaluateServices([], 'key,n-api')).toEqual({
      enabled: ['key', 'n-api'],
      disabled: [],
      plugins: [],
      events: [],
      clearedAt: undefined,
      unknown: false,
    });
  });
});
