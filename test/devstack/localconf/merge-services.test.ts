import { describe, expect, it } from '@jest/globals';
import { mergeLocalConf } from '../../../src/devstack/localconf/merge.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { renderLocalConf, renderLocalConfWithOrigins } from '../../../src/devstack/localconf/render.js';
import { evaluateServices, isServiceEnabled } from '../../../src/devstack/localconf/services.js';
import type { LocalrcStatement } from '../../../src/devstack/localconf/model.js';

const localrc = (text: string): LocalrcStatement[] => {
  const b = parseLocalConf(`[[local|localrc]]\n${text}\n`).blocks[0];
  if (b?.kind !== 'localrc') throw new Error('no localrc');
  return b.statements;
};

describe('evaluateServices follows functions-common (docs/local-conf.md#service-lists)', () => {
  it('enable after disable only warns and stays disabled', () => {
    const s = evaluateServices(localrc('ENABLED_SERVICES=""\ndisable_service q-agt\nenable_service q-agt q-svc'));
    expect(s.enabled).toEqual(['q-svc']);
    expect(s.events).toEqual([
      {
        code: 'enable-after-disable',
        level: 'warning',
        line: 4,
        endLine: 4,
        subject: 'q-agt',
        message: 'Attempt to enable_service q-agt when it has been disabled',
      },
    ]);
  });

  it('ENABLED_SERVICES="" wipes earlier enables and the default list; += and -svc work', () => {
    const s = evaluateServices(
      localrc('enable_service foo\nENABLED_SERVICES=""\nENABLED_SERVICES+=",a,b"\nENABLED_SERVICES+=",-a"'),
      'key,mysql',
    );
    expect(s.enabled).toEqual(['b']);
    expect(s.clearedAt).toBe(3);
  });

  it('keeps the default list when not cleared and reports duplicate plugins as DevStack dies', () => {
    const s = evaluateServices(
      localrc('enable_plugin x https://h/x r1\nenable_plugin x https://h/x r2\ndisable_service tempest'),
      'key,tempest,mysql',
    );
    expect(s.enabled).toEqual(['key', 'mysql']);
    expect(s.plugins).toEqual([{ name: 'x', url: 'https://h/x', ref: 'r1', line: 2 }]);
    expect(s.events[0]).toEqual({
      code: 'plugin-twice',
      endLine: 3,
      subject: 'x',
      level: 'fatal',
      line: 3,
      message: 'Plugin attempted to be enabled twice: x https://h/x r2',
    });
  });

  it('+= without a comma glues onto the last entry as bash does; an expanding value makes the list unknown', () => {
    const glued = evaluateServices(localrc('ENABLED_SERVICES+=foo'), 'key,dstat');
    expect(glued.enabled).toEqual(['key', 'dstatfoo']);
    expect(glued.unknown).toBe(false);
    expect(evaluateServices(localrc('ENABLED_SERVICES=$MY_SERVICES'), 'key').unknown).toBe(true);
  });

  it('editing ENABLED_SERVICES to undo a disable_service is fatal', () => {
    const s = evaluateServices(localrc('disable_service n-net\nENABLED_SERVICES+=",n-net"'), '');
    expect(s.events.map((e) => e.level)).toEqual(['fatal']);
  });

  it('is_service_enabled prefix rules', () => {
    expect(isServiceEnabled(['q-svc'], 'neutron')).toBe(true);
    expect(isServiceEnabled(['n-cpu'], 'nova')).toBe(true);
    expect(isServiceEnabled(['key'], 'neutron')).toBe(false);
  });
});

describe('mergeLocalConf applies a user fragment with DevStack semantics', () => {
  const base = parseLocalConf(
    [
      '[[local|localrc]]',
      'SERVICE_HOST=10.0.0.1',
      'KEYSTONE_SERVICE_HOST=$SERVICE_HOST',
      'enable_plugin kuryr-kubernetes https://opendev.org/openstack/kuryr-kubernetes ussuri-eol',
      'enable_service a b',
      'disable_service tempest',
      'LIBS_FROM_GIT+=,x',
      '[[post-config|$NOVA_CONF]]',
      '[DEFAULT]',
      'debug = False',
      'debug = True',
      '',
      '[other]',
      'k = 1',
    ].join('\n') + '\n',
    'profile',
  );
  const fragment = parseLocalConf(
    [
      '[[local|localrc]]',
      'SERVICE_HOST=192.0.2.10',
      'enable_plugin kuryr-kubernetes https://mirror/kuryr-kubernetes my-branch',
      'enable_service tempest',
      'disable_service b',
      'LIBS_FROM_GIT+=,y',
      'NEW=1',
      '[[post-config|$NOVA_CONF]]',
      '[DEFAULT]',
      'debug = True',
      'new_key = v',
      '[[post-config|$NEUTRON_CONF]]',
      '[DEFAULT]',
      'x = 1',
    ].join('\n') + '\n',
    'user.conf',
  );
  const merged = mergeLocalConf(base, fragment);
  const text = renderLocalConf(merged);

  it('replaces a variable in place, so later references still see it', () => {
    expect(text.indexOf('SERVICE_HOST=192.0.2.10')).toBeLessThan(text.indexOf('KEYSTONE_SERVICE_HOST=$SERVICE_HOST'));
    expect(text).not.toContain('10.0.0.1');
  });

  it('replaces the plugin instead of enabling it twice', () => {
    const s = evaluateServices((merged.blocks[0] as { statements: LocalrcStatement[] }).statements, '');
    expect(s.plugins.map((p) => [p.name, p.ref])).toEqual([['kuryr-kubernetes', 'my-branch']]);
    expect(s.events).toEqual([]);
  });

  it('enable lifts an earlier disable; disable removes an earlier enable', () => {
    const s = evaluateServices((merged.blocks[0] as { statements: LocalrcStatement[] }).statements, '');
    expect(s.enabled).toEqual(['a', 'tempest']);
    expect(s.disabled).toEqual(['b']);
  });

  it('appends += and new variables after the base', () => {
    expect(text).toMatch(/LIBS_FROM_GIT\+=,x[\s\S]*LIBS_FROM_GIT\+=,y/);
    expect(text).toMatch(/# Merged from user.conf\n[\s\S]*NEW=1/);
  });

  it('replaces an INI key (all its base values) instead of making it multi-valued, adds new keys and blocks', () => {
    const nova = merged.blocks[1];
    if (nova?.kind !== 'ini') throw new Error('expected ini');
    expect(nova.lines.filter((l) => l.key === 'debug').map((l) => l.value)).toEqual(['True']);
    expect(nova.lines.map((l) => l.raw)).toEqual(['[DEFAULT]', 'debug = True', 'new_key = v', '', '[other]', 'k = 1']);
    expect(merged.blocks[2]?.header.file).toBe('$NEUTRON_CONF');
  });

  it('records the origin of every line that came from the fragment', () => {
    const { text: out, origins } = renderLocalConfWithOrigins(merged);
    const lines = out.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l === needle);
    expect(origins[at('SERVICE_HOST=192.0.2.10')]).toEqual({ file: 'user.conf', line: 2 });
    expect(origins[at('new_key = v')]).toEqual({ file: 'user.conf', line: 11 });
    expect(origins[at('x = 1')]).toEqual({ file: 'user.conf', line: 14 });
    expect(origins[at('KEYSTONE_SERVICE_HOST=$SERVICE_HOST')]).toBeUndefined();
  });
});
