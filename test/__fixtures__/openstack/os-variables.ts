/** A cloud described by the `OS_*` variables alone (Keystone on a port nothing listens on: never called). */
export const OS_VARIABLES_CLOUD: Readonly<Record<string, string>> = {
  OS_AUTH_URL: 'http://127.0.0.1:1/identity',
  OS_USERNAME: 'demo',
  OS_PASSWORD: 'pw',
  OS_PROJECT_NAME: 'demo',
  OS_USER_DOMAIN_ID: 'default',
  OS_PROJECT_DOMAIN_ID: 'default',
};
