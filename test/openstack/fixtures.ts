/** Reads the real `openstack` outputs captured from the sandbox (test/__fixtures__/openstack). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of one captured output. */
export function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'test', '__fixtures__', 'openstack', name), 'utf8');
}
