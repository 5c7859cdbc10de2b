/**
 * Pins StackOutputParser.push: the events of every line and the final outcome, for a console log that walks through
 * every kind of line it recognises, with and without the outfilter timestamp and with CRLF endings.
 */
import { describe, expect, it } from '@jest/globals';
import { StackOutputParser } from '../../../src/devstack/stack/output.js';

const LOG = [
  '+ ./stack.sh:main:10                      :   echo start',
  '+ ./stack.sh:main:11                      :   run_phase stack pre-install',
  '++ functions-common:run_phase:2           :   run_phase stack pre-install',
  '+ not an xtrace with run_phase stack install',
  '+x',
  '',
  '   ',
  'stack.sh log /opt/stack/logs/stack.sh.log',
  '[Call Trace]',
  './stack.sh:1445:start_neutron',
  '/opt/stack/devstack/lib/neutron:600:die',
  '[ERROR] /opt/stack/devstack/lib/neutron:600 Neutron did not start',
  '[Call Trace]',
  './stack.sh:12:main',
  'interrupting line',
  '[ERROR] ./stack.sh:die without line ',
  '[ERROR] lib/x:',
  '[WARNING] /opt/stack/devstack/functions-common:1234 something harmless',
  '[WARNING] lib/y:no number here',
  ...Array.from(
    { length: 12 },
    (_, i) => `/opt/stack/dragonflow/devstack/plugin.sh: line ${300 + i}: cmd${i}: command not found`,
  ),
  'this has : line in it but is not one',
  'Collecting oslo.config>=6.8.0',
  'stack.sh completed in 12 seconds.',
  'stack.sh failed: something',
  'Error on exit',
  'World dumping... see /opt/stack/logs/worlddump-2026.txt for details',
  'This is your host IP address: 192.0.2.5',
  'This is your host IPv6 address: ::1',
  'Keystone is serving at http://192.0.2.5/identity/',
  'Horizon is now available at http://192.0.2.5/dashboard',
  'WARNING: this script has not been tested on jammy',
  'DevStack should be run as a user with sudo permissions, not root.',
  'ENTER A PASSWORD TO USE FOR THE DATABASE.',
  'ENTER A SERVICE_PASSWORD TO USE FOR THE SERVICE AUTHENTICATION.',
  'DevStack Component Timing',
  ' (times are in seconds)  ',
  '=========================',
  'osc                   42',
  'run process           30',
  'Total runtime         207',
  'after timing 5',
  'DevStack Component Timing',
  'stack.sh completed in 207 seconds.',
  '+ lib/neutron:configure_neutron:812          :   iniset /etc/neutron/neutron.conf DEFAULT debug True',
];

function run(lines: string[]): unknown {
  const p = new StackOutputParser({ tailSize: 8 });
  const events = lines.map((l) => p.push(l));
  return { events, outcome: p.outcome() };
}

describe('StackOutputParser.push: pinned output', () => {
  it('events per line and the outcome', () => {
    const plain = run(LOG);
    expect(run(LOG.map((l) => `${l}\r`))).toEqual(plain);
    expect(plain).toMatchSnapshot('plain');
    expect(run(LOG.map((l) => `2026-11-28 10:13:37.123 | ${l}`))).toMatchSnapshot('stamped (ms)');
    expect(run(LOG.map((l) => `2026-11-28 10:13:37 | ${l}`))).toMatchSnapshot('stamped (s)');
  });
});
