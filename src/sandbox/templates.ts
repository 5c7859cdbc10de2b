/**
 * Renders the service configuration templates of `sandbox/openstack/etc/`. Placeholders:
 *
 * - `{{NAME}}`: a variable (`PASSWORD`, `DATA`, `RUN`, `PASTE`, `RABBIT`, `COMPUTE_HOST`, …);
 * - `{{AUTHTOKEN user}}`: the `[keystone_authtoken]` section for service user `user`;
 * - `{{KSAUTH section user}}`: a keystoneauth section (service-to-service credentials) named `section`.
 *
 * An unknown placeholder is an error, so a typo never reaches a daemon as a literal `{{…}}`.
 */

/** Values for the plain placeholders, plus what the section macros need. */
export interface TemplateVars {
  /** Every service password (alphanumeric). */
  PASSWORD: string;
  /** Keystone's URL inside the namespace, without a path (`http://127.0.0.1:5000`). */
  KEYSTONE: string;
  /** Keystone region. */
  REGION: string;
  [name: string]: string;
}

/** The `[keystone_authtoken]` section for service user `user`. */
export function authtokenSection(vars: TemplateVars, user: string): string {
  return [
    '[keystone_authtoken]',
    `www_authenticate_uri = ${vars.KEYSTONE}`,
    `auth_url = ${vars.KEYSTONE}`,
    'auth_type = password',
    'project_domain_name = Default',
    'user_domain_name = Default',
    'project_name = service',
    `username = ${user}`,
    `password = ${vars.PASSWORD}`,
    // Nova sends service tokens to Neutron; accept them without insisting on the 'service' role check that
    // rejected them here (the role is granted anyway).
    'service_token_roles_required = false',
  ].join('\n');
}

/** A keystoneauth section named `section` for service user `user`. */
export function ksauthSection(vars: TemplateVars, section: string, user: string): string {
  return [
    `[${section}]`,
    `auth_url = ${vars.KEYSTONE}`,
    'auth_type = password',
    'project_domain_name = Default',
    'user_domain_name = Default',
    'project_name = service',
    `username = ${user}`,
    `password = ${vars.PASSWORD}`,
    `region_name = ${vars.REGION}`,
  ].join('\n');
}

const PLACEHOLDER = /\{\{\s*([A-Z_]+)((?:\s+[A-Za-z0-9_.-]+)*)\s*\}\}/g;

/** Renders `template`; `name` (the template's file name) only appears in error messages. */
export function renderTemplate(template: string, vars: TemplateVars, name = 'template'): string {
  const rendered = template.replace(PLACEHOLDER, (match, key: string, rest: string) => {
    const args = rest.trim() === '' ? [] : rest.trim().split(/\s+/);
    if (key === 'AUTHTOKEN' && args.length === 1) return authtokenSection(vars, args[0] ?? '');
    if (key === 'KSAUTH' && args.length === 2) return ksauthSection(vars, args[0] ?? '', args[1] ?? '');
    const value = args.length === 0 ? vars[key] : undefined;
    if (value === undefined) throw new Error(`${name}: unknown placeholder ${match}`);
    return value;
  });
  const left = /\{\{[^}]*\}\}/.exec(rendered);
  if (left) throw new Error(`${name}: malformed placeholder ${left[0]}`);
  return rendered;
}
