/** A DevStack host's files with secrets planted in each, for the diagnostics redaction tests. */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every planted value; none of them is registered with the masker up front except `extra`. */
export const PW = {
  admin: 'PwAdmin1111',
  database: 'PwDatabase22',
  url: 'PwInUrl3333',
  serviceToken: 'TokService44',
  rabbit: 'PwRabbit555',
  stackenv: 'PwStackenv66',
  clouds: 'PwClouds7777',
  appSecret: 'AppCredSecret88',
  kuryr: 'PwKuryr9999',
  memcache: 'MemcacheKey00',
  dragonflow: 'PwDfRedis123',
  extra: 'ExtraFromRun456',
};

/** A DevStack host's files with the secrets planted, and logs that repeat them in every way DevStack does. */
export function plantHost(root: string): { dest: string; logDir: string; etc: string } {
  const dest = join(root, 'opt', 'stack');
  const logDir = join(dest, 'logs');
  const etc = join(root, 'etc');
  for (const d of [logDir, join(dest, 'devstack'), join(etc, 'kuryr'), join(etc, 'neutron'), join(etc, 'openstack')])
    mkdirSync(d, { recursive: true });
  writeFileSync(
    join(dest, 'devstack', 'local.conf'),
    [
      '[[local|localrc]]',
      `ADMIN_PASSWORD=${PW.admin}`,
      `DATABASE_PASSWORD="${PW.database}"`,
      `SERVICE_TOKEN=${PW.serviceToken}`,
      `RABBIT_PASSWORD='${PW.rabbit}'`,
      'SERVICE_PASSWORD=$ADMIN_PASSWORD',
      'LOGFILE=/opt/stack/logs/stack.sh.log',
      '[[post-config|$NEUTRON_CONF]]',
      '[database]',
      `connection = mysql+pymysql://root:${PW.url}@127.0.0.1/neutron?charset=utf8`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dest, 'devstack', '.stackenv'), `OS_PASSWORD=${PW.stackenv}\nHOST_IP=192.0.2.5\n`);
  writeFileSync(
    join(etc, 'openstack', 'clouds.yaml'),
    [
      'clouds:',
      '  devstack:',
      '    auth:',
      '      auth_url: http://192.0.2.5/identity',
      '      username: demo',
      `      password: ${PW.clouds}`,
      '  devstack-app:',
      '    auth_type: v3applicationcredential',
      '    auth:',
      `      application_credential_secret: "${PW.appSecret}"`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(etc, 'kuryr', 'kuryr.conf'),
    `[neutron]\nauth_type = password\npassword = ${PW.kuryr}\n[cache]\nmemcache_secret_key=${PW.memcache}\ntoken_cache_time = 300\n`,
  );
  writeFileSync(join(etc, 'neutron', 'dragonflow.ini'), `[df]\nremote_db_password = ${PW.dragonflow}\n`);
  writeFileSync(
    join(logDir, 'stack.sh.log'),
    [
      `+ mysql -uroot -p${PW.database} -h127.0.0.1 -e 'CREATE DATABASE keystone'`,
      `+ sudo rabbitmqctl change_password stackrabbit ${PW.rabbit}`,
      `+ iniset /etc/nova/nova.conf DEFAULT transport_url rabbit://stackrabbit:${PW.rabbit}@127.0.0.1:5672/`,
      `+ openstack --os-password ${PW.clouds} --os-token ${PW.serviceToken} project list`,
      `The password: ${PW.admin}`,
      `kuryr: using ${PW.kuryr}, memcache ${PW.memcache}, df ${PW.dragonflow}, app ${PW.appSecret}`,
      `login with ${PW.stackenv}; run secret ${PW.extra}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(logDir, 'error.log'), `[ERROR] connect mysql://root:${PW.url}@127.0.0.1 refused\n`);
  writeFileSync(join(logDir, 'worlddump-latest.txt'), `env: OS_PASSWORD=${PW.stackenv} SERVICE_TOKEN=unknown-tok\n`);
  return { dest, logDir, etc };
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
