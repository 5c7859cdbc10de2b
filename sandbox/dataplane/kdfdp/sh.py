"""Running `ip` and friends: argument lists only, clear errors, JSON output parsed."""
import json
import subprocess


class CommandFailed(RuntimeError):
    """A command exited non-zero; the message carries the command line and its stderr."""

    def __init__(self, argv, code, stderr):
        self.argv = list(argv)
        self.code = code
        self.stderr = stderr
        super().__init__('%s: exit %s: %s' % (' '.join(self.argv), code, stderr.strip()))


def run(argv, check=True, input=None):
    """Runs argv (a list, never a shell string); returns stdout. Raises CommandFailed when check and exit != 0."""
    proc = subprocess.run(list(argv), input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and proc.returncode != 0:
        raise CommandFailed(argv, proc.returncode, proc.stderr)
    return proc.stdout


def ok(argv):
    """Runs argv; True when it exited 0 (errors ignored: for probes and best-effort deletes)."""
    return subprocess.run(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def ip(ns, *args, check=True):
    """`ip -n NS ARGS...` (`ip ARGS...` when ns is None)."""
    return run(['ip'] + (['-n', ns] if ns else []) + list(args), check=check)


def ip_json(ns, *args):
    """`ip -j -n NS ARGS...` parsed ([] for empty output)."""
    out = run(['ip', '-j'] + (['-n', ns] if ns else []) + list(args))
    return json.loads(out) if out.strip() else []
