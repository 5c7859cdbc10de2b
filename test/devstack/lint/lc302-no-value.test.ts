/** LC302 (spaces around `=`) and LC311 (the same, commented out) must not echo the value it found: it is often a password, and annotations are unmasked. */
import { describe, expect, it } from '@jest/globals';

import { lintText } from '../../../src/devstack/lint/index.js';

describe('LC302 never repeats the value', () => {
  it('names the variable and the fix shape, not the password, for both spacing forms', () => {
    const text = [
      '[[local|localrc]]',
      'ADMIN_PASSWORD = Pl4nted-Admin',
      'DATABASE_PASSWORD= Pl4nted-Db',
      'SERVICE_TOKEN =Pl4nted-Tok',
      'RABBIT_PASSWORD= two words',
      '',
    ].join('\n');
    const found = lintText(text, 'local.conf').filter((f) => f.rule === 'LC302');
    expect(found.map((f) => f.line)).toEqual([2, 3, 4, 5]);
    const said = found.map((f) => `${f.message} ${f.fix}`).join('\n');
    for (const value of ['Pl4nted-Admin', 'Pl4nted-Db', 'Pl4nted-Tok', 'two words']) expect(said).not.toContain(value);
    expect(found[0]?.fix).toBe('Write `ADMIN_PASSWORD=<value>` with no space around `=`.');
    expect(found[3]?.fix).toBe('Write `RABBIT_PASSWORD="<value>"` with no space around `=`.');
  });

  it('LC311 shows a commented-out password by its shape only; other commented settings keep their value', () => {
    const text = ['[[local|localrc]]', '# ADMIN_PASSWORD = Pl4nted-Old', '# KURYR_ENABLED_HANDLERS = vif,lb', ''].join(
      '\n',
    );
    const found = lintText(text, 'local.conf').filter((f) => f.rule === 'LC311');
    expect(found.map((f) => f.line)).toEqual([2, 3]);
    expect(found.map((f) => `${f.message} ${f.fix}`).join('\n')).not.toContain('Pl4nted-Old');
    expect(found[0]?.fix).toBe('Write it as `# ADMIN_PASSWORD=<value>`.');
    expect(found[1]?.fix).toBe('Write it as `# KURYR_ENABLED_HANDLERS=vif,lb`.');
  });
});
