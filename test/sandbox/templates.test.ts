/** The service configuration templates of sandbox/openstack/etc render completely, with the sections DevStack writes. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sandboxLayout } from '../../src/sandbox/layout.js';
import { authtokenSection, renderTemplate, type TemplateVars } from '../../src/sandbox/templates.js';

const layout = sandboxLayout(process.cwd(), {}, '/tmp/kdf-unit-sandbox');
const vars: TemplateVars = {
  PASSWORD: 'Secret123',
  KEYSTONE: 'http://127.0.0.1:5000',
  REGION: 'RegionOne',
  DATA: '/state/data',
  RUN: '/state/run',
  PASTE: '/share/paste',
  COMPUTE_HOST: 'kdf-sandbox',
  RABBIT: 'rabbit://guest:guest@127.0.0.1:5672/',
  AMP_BOOT_NETWORK: '5e1f…',
};
const templates = readdirSync(join(layout.assets, 'etc'));

describe('renderTemplate', () => {
  it.each(templates)('renders %s with no placeholder left', (file) => {
    const text = renderTemplate(readFileSync(join(layout.assets, 'etc', file), 'utf8'), vars, file);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('puts the password into every database URL and the service credentials', () => {
    const neutron = renderTemplate(readFileSync(join(layout.assets, 'etc', 'neutron.conf'), 'utf8'), vars);
    expect(neutron).toContain('connection = mysql+pymysql://neutron:Secret123@127.0.0.1:3306/neutron');
    expect(neutron).toContain('[keystone_authtoken]\nwww_authenticate_uri = http://127.0.0.1:5000');
    expect(neutron).toMatch(
      /\[nova\]\nauth_url = http:\/\/127\.0\.0\.1:5000\n(.+\n)*username = nova\npassword = Secret123\nregion_name = RegionOne/,
    );
  });

  it("points neutron-server's change journal into the run directory, where the sandbox's pollers read it", () => {
    const neutron = renderTemplate(readFileSync(join(layout.assets, 'etc', 'neutron.conf'), 'utf8'), vars);
    // kdfdp/changes.py journal_dir(state dir) = <state>/run/neutron-changes
    expect(neutron).toMatch(/\[kdf\]\n(#.*\n)*changes_dir = \/state\/run\/neutron-changes\n/);
    const ml2 = renderTemplate(readFileSync(join(layout.assets, 'etc', 'ml2_conf.ini'), 'utf8'), vars);
    expect(ml2).toMatch(/^mechanism_drivers = (\w+,)*fakebind(,\w+)*$/m); // the driver that subscribes the journal
  });

  it('writes the authtoken section for the given service user', () => {
    expect(authtokenSection(vars, 'glance').split('\n')).toEqual(
      expect.arrayContaining([
        'username = glance',
        'password = Secret123',
        'project_name = service',
        'service_token_roles_required = false',
      ]),
    );
  });

  it('rejects an unknown or malformed placeholder instead of writing it out', () => {
    expect(() => renderTemplate('x = {{NOPE}}', vars, 'a.conf')).toThrow('a.conf: unknown placeholder {{NOPE}}');
    expect(() => renderTemplate('{{AUTHTOKEN}}', vars)).toThrow('unknown placeholder');
    expect(() => renderTemplate('x = {{ lower }}', vars, 'b.conf')).toThrow('b.conf: malformed placeholder');
  });
});
