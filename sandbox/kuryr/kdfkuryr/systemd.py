"""The `systemctl` double of the sandbox (bin/systemctl): what a DevStack host's systemctl does and prints for the
two Kuryr units, implemented with the emulator (kdfkuryr.control); every other unit is unknown here.

  restart|stop|start|status|is-active UNIT...   (UNIT with or without `.service`)
  show [-p PROP[,PROP...]]... UNIT...            MainPID, NRestarts, ActiveState, SubState, LoadState

The sandbox is found through KDF_SANDBOX_DIR, else the directory of OS_CLIENT_CONFIG_FILE (`kdf sandbox exec` sets
it to the sandbox's clouds.yaml).
"""
import os
import sys
import time

from . import control

VERBS = ('start', 'stop', 'restart', 'status', 'is-active', 'show')
# `systemctl show` prints a service's properties in systemd's own order (the Service interface's before the Unit
# interface's), whatever order -p named them in
SHOW_ORDER = ('MainPID', 'NRestarts', 'LoadState', 'ActiveState', 'SubState')
UNIT_DIR = '/etc/systemd/system'
RESTART_TIMEOUT = 60.0


def unit_name(word):
    """`devstack@kuryr-kubernetes` -> `devstack@kuryr-kubernetes.service` (systemctl's default suffix)."""
    return word if '.' in word.rsplit('@', 1)[-1] else word + '.service'


def known(unit):
    """The control name of a unit the sandbox emulates, or None."""
    base = unit[:-len('.service')] if unit.endswith('.service') else None
    return base if base in control.UNITS else None


def ago(seconds):
    """systemd's relative time: `5s ago`, `3min 2s ago`, `1h 4min ago`, `2 days 3h ago`."""
    s = max(0, int(seconds))
    if s < 60:
        return '%ds ago' % s
    if s < 3600:
        return '%dmin %ds ago' % (s // 60, s % 60)
    if s < 86400:
        return '%dh %dmin ago' % (s // 3600, s % 3600 // 60)
    days = s // 86400
    return '%d day%s %dh ago' % (days, '' if days == 1 else 's', s % 86400 // 3600)


def timestamp(t):
    return time.strftime('%a %Y-%m-%d %H:%M:%S UTC', time.gmtime(t))


def _comm(pid):
    try:
        with open('/proc/%d/comm' % pid) as f:
            return f.read().strip()
    except OSError:
        return '?'


def _cmdline(pid):
    try:
        with open('/proc/%d/cmdline' % pid) as f:
            return ' '.join(x for x in f.read().split('\0') if x)
    except OSError:
        return ''


def format_status(unit, active, since, pid, now, comm='python3', cmdline=''):
    """The lines `systemctl status UNIT` prints for a DevStack unit (active: running, else inactive (dead))."""
    path = '%s/%s' % (UNIT_DIR, unit)
    when = ' since %s; %s' % (timestamp(since), ago(now - since)) if since else ''
    lines = ['%s %s - Devstack %s' % ('●' if active else '○', unit, unit),
             '     Loaded: loaded (%s; enabled; vendor preset: enabled)' % path,
             '     Active: %s%s' % ('active (running)' if active else 'inactive (dead)', when)]
    if active and pid:
        lines += ['   Main PID: %d (%s)' % (pid, comm[:15]),
                  '     CGroup: /system.slice/system-devstack.slice/%s' % unit,
                  '             └─%d %s' % (pid, cmdline or comm)]
    return lines


class Systemctl:
    """One invocation; `out`/`err` are lists of lines (printed by main)."""

    def __init__(self, state_dir, now=time.time, sleep=time.sleep):
        self.state_dir, self.now, self.sleep = state_dir, now, sleep
        self.out, self.err = [], []

    def active(self, name):
        return control.emulator(self.state_dir) is not None and not control.stopped(self.state_dir, name)

    def run(self, verb, units, quiet=False):
        codes = [getattr(self, verb.replace('-', '_'))(u, known(u), quiet) for u in units]
        return max(codes) if codes else 0

    def run_show(self, units, props):
        for u in units:
            self.show(u, known(u), False, props)
        return 0

    def _unknown(self, verb, unit):
        self.err.append('Failed to %s %s: Unit %s %s.' % (verb, unit, unit, 'not loaded' if verb == 'stop'
                                                          else 'not found'))
        return 5

    def start(self, unit, name, _quiet):
        if name is None:
            return self._unknown('start', unit)
        control.start(self.state_dir, name)
        return self._failed(unit) if control.emulator(self.state_dir) is None else 0

    def stop(self, unit, name, _quiet):
        if name is None:
            return self._unknown('stop', unit)
        control.stop(self.state_dir, name)
        return 0

    def restart(self, unit, name, _quiet):
        if name is None:
            return self._unknown('restart', unit)
        if control.emulator(self.state_dir) is None:
            return self._failed(unit)
        if name == control.DAEMON:
            control.restart_daemon(self.state_dir)
            return 0
        control.start(self.state_dir, name)
        asked = control.request_restart(self.state_dir, self.now())
        deadline = self.now() + RESTART_TIMEOUT
        while self.now() < deadline:  # systemctl returns once the new process runs
            info = control.emulator(self.state_dir)
            if info is not None and float(info.get('startedAt') or 0) >= asked:
                return 0
            self.sleep(0.2)
        return self._failed(unit)

    def _failed(self, unit):
        self.err.append('Job for %s failed because the control process exited with error code.' % unit)
        self.err.append('See "systemctl status %s" and "journalctl -xeu %s" for details.' % (unit, unit))
        return 1

    def status(self, unit, name, _quiet):
        if name is None:
            self.err.append('Unit %s could not be found.' % unit)
            return 4
        active = self.active(name)
        info = control.emulator(self.state_dir) or {}
        pid = int(info['pid']) if info.get('pid') else None
        if self.out:
            self.out.append('')
        self.out.extend(format_status(unit, active, control.since(self.state_dir, name), pid, self.now(),
                                      _comm(pid) if pid else '', _cmdline(pid) if pid else ''))
        return 0 if active else 3

    def show(self, unit, name, _quiet, props=None):
        """KEY=VALUE lines; an unknown unit is `not-found`/`inactive` with exit 0, as systemd answers."""
        active = name is not None and self.active(name)
        info = (control.emulator(self.state_dir) or {}) if active else {}
        values = {
            'MainPID': str(int(info['pid'])) if info.get('pid') else '0',
            'NRestarts': '0',  # the emulator is never restarted by a Restart= policy: only by `restart`
            'LoadState': 'loaded' if name is not None else 'not-found',
            'ActiveState': 'active' if active else 'inactive',
            'SubState': 'running' if active else 'dead',
        }
        if self.out:
            self.out.append('')
        self.out.extend('%s=%s' % (k, values[k]) for k in SHOW_ORDER if props is None or k in props)
        return 0

    def is_active(self, unit, name, quiet):
        active = name is not None and self.active(name)
        if not quiet:
            self.out.append('active' if active else 'inactive')
        return 0 if active else 3


def state_dir_from(env):
    """The sandbox directory from the environment, or None."""
    if env.get('KDF_SANDBOX_DIR'):
        return env['KDF_SANDBOX_DIR']
    if env.get('OS_CLIENT_CONFIG_FILE'):
        return os.path.dirname(os.path.abspath(env['OS_CLIENT_CONFIG_FILE']))
    return None


def main(argv, env=None, stdout=sys.stdout, stderr=sys.stderr):
    """`systemctl [OPTIONS] VERB UNIT...`: exit codes as systemctl's (0, 1, 3 inactive, 4 no such unit, 5 not
    found)."""
    env = os.environ if env is None else env
    quiet = any(a in ('-q', '--quiet') for a in argv)
    props, words, rest = None, [], list(argv)
    while rest:
        a = rest.pop(0)
        if a in ('-p', '--property') and rest:
            props = (props or set()) | set(rest.pop(0).split(','))
        elif a.startswith('--property='):
            props = (props or set()) | set(a.split('=', 1)[1].split(','))
        elif not a.startswith('-'):  # --no-pager, -l, --full... change nothing here
            words.append(a)
    if not words:
        stderr.write('Too few arguments.\n')
        return 1
    verb, units = words[0], [unit_name(u) for u in words[1:]]
    if verb not in VERBS:
        stderr.write('Unknown command verb %s.\n' % verb)
        return 1
    if not units:
        stderr.write('Too few arguments.\n')
        return 1
    state_dir = state_dir_from(env)
    if state_dir is None or not os.path.isdir(os.path.join(state_dir, 'kube')):
        # what systemctl says where systemd does not run (e.g. a container): no sandbox, no units
        stderr.write('System has not been booted with systemd as init system (PID 1). Can\'t operate.\n'
                     'Failed to connect to bus: Host is down\n')
        return 1
    s = Systemctl(state_dir)
    code = s.run_show(units, props) if verb == 'show' else s.run(verb, units, quiet)
    for line in s.out:
        stdout.write(line + '\n')
    for line in s.err:
        stderr.write(line + '\n')
    return code
