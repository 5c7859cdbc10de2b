"""Sample tests run by regenerate.sh to produce the pytest JUnit fixtures (not part of the toolkit's own tests)."""
import sys

import pytest


def test_passes():
    assert 1 + 1 == 2


def test_fails_with_assertion():
    print("captured stdout before the failure")
    value = {"port": "down"}
    assert value["port"] == "ACTIVE", "port never became ACTIVE"


def test_errors_in_fixture(broken_fixture):
    assert broken_fixture


@pytest.fixture
def broken_fixture():
    raise RuntimeError("neutron endpoint unreachable")


@pytest.mark.skip(reason="needs a nested trunk VM")
def test_skipped():
    pass


def test_unicode_naïve_ñame():
    print("ünïcödé ✓ output", file=sys.stderr)
    assert "é" == "e"


@pytest.mark.parametrize("n", [1, 2])
def test_param(n):
    assert n == 1


@pytest.mark.xfail(reason="known upstream bug")
def test_expected_failure():
    assert False
