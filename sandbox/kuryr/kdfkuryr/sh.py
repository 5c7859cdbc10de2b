"""Running programs with argument lists (never a shell string)."""
import subprocess


class CommandError(RuntimeError):
    pass


def run(argv, check=True, input=None, timeout=60):
    """Runs argv; returns CompletedProcess (text). Raises CommandError with stderr when check and it fails."""
    proc = subprocess.run(argv, input=input, capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise CommandError('%s: exit %d: %s' % (' '.join(argv), proc.returncode, (proc.stderr or proc.stdout).strip()))
    return proc


def ok(argv):
    """Runs argv, True when it exits 0."""
    return run(argv, check=False).returncode == 0
