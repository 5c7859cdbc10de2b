"""The emulator's two "services" as DevStack runs them: `devstack@kuryr-kubernetes` (the controller: ports, load
balancers, policies) and `devstack@kuryr-daemon` (the CNI: wiring pods). Their state lives in files under
`STATE/kube/kuryr-control/`, shared by the emulator and `bin/systemctl`:

  emulator.json          {"pid", "startedAt"}: written by the emulator when it starts (again after a restart)
  <unit>.stopped         present while the unit is stopped (its content: the time it was stopped)
  <unit>.started         the time the unit was last started (restart of the daemon: no process to re-exec)
  restart-requested      the time of a controller restart request; the emulator re-execs itself and removes it

A stopped controller creates no ports, load balancers or security groups; a stopped daemon wires no new pod. What is
already wired keeps working, as on a DevStack host whose kuryr services are stopped.
"""
import json
import os
import time

CONTROLLER = 'devstack@kuryr-kubernetes'
DAEMON = 'devstack@kuryr-daemon'
UNITS = (CONTROLLER, DAEMON)


def control_dir(state_dir):
    return os.path.join(state_dir, 'kube', 'kuryr-control')


def _path(state_dir, name):
    return os.path.join(control_dir(state_dir), name)


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = '%s.tmp.%d' % (path, os.getpid())
    with open(tmp, 'w') as f:
        f.write(text)
    os.replace(tmp, path)


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return None


def _remove(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def record_emulator(state_dir, pid=None, now=None):
    """The emulator's own announcement: its pid and start time (also after a re-exec: same pid, new time)."""
    _write(_path(state_dir, 'emulator.json'), json.dumps({'pid': pid or os.getpid(), 'startedAt': now or time.time()}))
    _remove(_path(state_dir, 'restart-requested'))


def emulator(state_dir):
    """{"pid", "startedAt"} of the emulator, or None when none ever ran (or its process is gone)."""
    text = _read(_path(state_dir, 'emulator.json'))
    if not text:
        return None
    try:
        info = json.loads(text)
        os.kill(int(info['pid']), 0)
    except (ValueError, KeyError, ProcessLookupError):
        return None
    except PermissionError:
        pass  # alive, another user's
    return info


def stopped(state_dir, unit):
    """True while `unit` is stopped."""
    return os.path.exists(_path(state_dir, unit + '.stopped'))


def stop(state_dir, unit, now=None):
    """Marks `unit` stopped (idempotent: the first stop time stays)."""
    if not stopped(state_dir, unit):
        _write(_path(state_dir, unit + '.stopped'), '%f\n' % (now or time.time()))


def start(state_dir, unit, now=None):
    """Marks `unit` running again (no-op when it runs) and records when."""
    if stopped(state_dir, unit):
        _remove(_path(state_dir, unit + '.stopped'))
        _write(_path(state_dir, unit + '.started'), '%f\n' % (now or time.time()))


def request_restart(state_dir, now=None):
    """Asks the emulator to re-exec itself (it checks every round); returns the request time."""
    now = now or time.time()
    _write(_path(state_dir, 'restart-requested'), '%f\n' % now)
    return now


def restart_requested(state_dir):
    return os.path.exists(_path(state_dir, 'restart-requested'))


def since(state_dir, unit):
    """When `unit` entered its current state (stopped: the stop time; running: its last start), or None."""
    if stopped(state_dir, unit):
        return float(_read(_path(state_dir, unit + '.stopped')) or 0) or None
    started = [float(_read(_path(state_dir, unit + '.started')) or 0)]
    info = emulator(state_dir)
    if info is not None:
        started.append(float(info.get('startedAt') or 0))
    return max(started) or None


def restart_daemon(state_dir, now=None):
    """The CNI daemon has no process of its own in the emulation: a restart is a new start time (and running)."""
    _remove(_path(state_dir, DAEMON + '.stopped'))
    _write(_path(state_dir, DAEMON + '.started'), '%f\n' % (now or time.time()))
