/** Suite loading: every built-in validates; schema and semantic errors name file:line:column; filter. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_SUITES, SuiteError, filterScenarios, loadSuites, parseSuite } from '../../src/kube/suite.js';

function problems(text: string): string[] {
  try {
    parseSuite(text, 'my/suite.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw err;
  }
  return [];
}

describe('built-in suites', () => {
  it('all load, validate and carry scenario lines', () => {
    const suites = loadSuites([...BUILTIN_SUITES], process.cwd());
    expect(suites.map((s) => s.name)).toEqual([...BUILTIN_SUITES]);
    const basic = suites[1]!;
    expect(basic.file).toBe('suites/basic.yaml');
    const http = basic.scenarios.find((s) => s.name === 'pod-to-pod-http')!;
    expect(http.line).toBeGreaterThan(1);
    expect(http.endLine).toBeGreaterThan(http.line);
  });

  it('rejects an unknown suite name or path naming the input', () => {
    expect(() => loadSuites(['nope'], process.cwd())).toThrow(/Input 'suites': 'nope' is neither a built-in suite/);
  });
});

describe('schema errors with lines', () => {
  it('points at the offending line and column', () => {
    const text = [
      'name: x',
      'scenarios:',
      '  - name: a',
      '    kind: pod-to-pod',
      '    protocl: http',
      '    port: 8080',
      '  - name: b',
      '    kind: teleport',
    ].join('\n');
    expect(problems(text)).toEqual([
      "3:5 'scenarios.0' must have property 'protocol'",
      "5:5 'scenarios.0' has an unknown property 'protocl'",
      "8:11 'scenarios.1.kind' must be one of: state, pod-to-pod, pod-to-service, pod-to-external, steps, dns",
    ]);
  });

  it('reports a missing required top-level property and YAML syntax errors', () => {
    expect(problems('name: x\n')).toEqual(["1:1 the suite must have property 'scenarios'"]);
    expect(problems('name: x\nscenarios: [\n')[0]).toMatch(/^\d+:\d+ YAML syntax: /);
  });

  it('checks what the schema cannot: duplicate names, unknown services, bad regexes, missing ports', () => {
    const text = [
      'name: x',
      'workload:',
      '  services: [{ name: demo, port: 80 }]',
      'scenarios:',
      '  - { name: a, kind: pod-to-service, protocol: http, to: nosuch }',
      '  - { name: a, kind: pod-to-pod, protocol: http }',
      '  - name: c',
      '    kind: pod-to-pod',
      '    protocol: icmp',
      '    expect: { body: "([" }',
    ].join('\n');
    expect(problems(text)).toEqual([
      "5:58 service 'nosuch' is not one of workload.services",
      '6:5 a http pod-to-pod scenario needs a port',
      "6:13 scenario name 'a' is used twice",
      expect.stringMatching(/^10:21 'expect.body' is not a valid regex/),
    ]);
  });

  it('loads a user suite from the workspace and reports its workspace-relative path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdf-suite-'));
    writeFileSync(join(dir, 'mine.yaml'), 'name: mine\nscenarios:\n  - name: x\n    kind: stat\n');
    try {
      loadSuites(['mine.yaml'], dir);
      throw new Error('should have failed');
    } catch (err) {
      expect(err).toBeInstanceOf(SuiteError);
      expect((err as SuiteError).message).toMatch(/^mine\.yaml:4:11: 'scenarios\.0\.kind' must be one of/);
      expect((err as SuiteError).input).toBe('mine.yaml:4');
    }
  });
});

describe('filter', () => {
  const suite = loadSuites(['basic'], process.cwd())[0]!;
  const names = (f: string[]): string[] => filterScenarios(suite, f).scenarios.map((s) => s.name);

  it('selects by name, suite/name and tag, and excludes with !', () => {
    expect(names(['pod-to-pod-ping'])).toEqual(['pod-to-pod-ping']);
    expect(names(['basic/pods-running'])).toEqual(['pods-running']);
    expect(names(['tag:pod-to-pod'])).toEqual(['pod-to-pod-http', 'pod-to-pod-ping']);
    expect(names(['!tag:pod-to-pod', '!tag:service'])).toHaveLength(suite.scenarios.length - 3);
    expect(names([])).toHaveLength(suite.scenarios.length);
  });
});
