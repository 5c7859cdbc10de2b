"""Unit tests of the Kuryr emulation. sandbox/dataplane (kdfdp) goes on the path, as bin/kuryr-emulator puts it."""
import os
import sys

_DATAPLANE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dataplane')
if os.path.abspath(_DATAPLANE) not in map(os.path.abspath, sys.path):
    sys.path.insert(0, _DATAPLANE)
