/**
 * Security groups by project. Neutron names are not unique: an admin lists one `default` group per project, so
 * `security group rule list default` fails with "More than one SecurityGroup exists with the name 'default'". The
 * trunk VM's group is resolved here, once, to the id of the group in the cloud's own project, and used by id.
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { OpenStackApi } from './api.js';

export { parseSecurityGroupList, type SecurityGroupSummary } from './types/network.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves a security group name (or id) to the id of that group in the cloud's own project. An id is returned as
 * is. Among several groups of that name (an admin sees every project's `default`), the one of the current project
 * wins; a single group of another project (shared with this one) is taken as well.
 * @throws ConfigurationError naming `input` when no group, or several none of them the project's own, match
 */
export async function resolveSecurityGroupId(
  client: OpenStackApi,
  nameOrId: string,
  input = 'security-group',
): Promise<string> {
  if (UUID.test(nameOrId)) return nameOrId;
  const projectId = await client.projectId();
  const groups = await client.securityGroupList();
  const named = groups.filter((g) => g.name === nameOrId);
  const own = named.filter((g) => g.projectId === projectId);
  if (own.length === 1 && own[0]) return own[0].id;
  if (own.length === 0 && named.length === 1 && named[0]) return named[0].id;
  if (named.length === 0) {
    throw new ConfigurationError(
      `security group '${nameOrId}' does not exist for cloud '${client.cloud}' (project ${projectId})`,
      input,
    );
  }
  const where = (own.length > 1 ? own : named).map((g) => `${g.id} (project ${g.projectId})`).join(', ');
  throw new ConfigurationError(
    `security group '${nameOrId}' is ambiguous for cloud '${client.cloud}' (project ${projectId}): ${where}; ` +
      'give its id instead',
    input,
  );
}
