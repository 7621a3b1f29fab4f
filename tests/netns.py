"""Run a test module again inside a network namespace with only loopback up (for the Ray backend's tests).

Ray listens on every interface even when told 127.0.0.1, so its tests must not run in the host's network namespace:
`unshare --net` (as root; otherwise with a user namespace mapping us to root) gives a namespace where the only
interface is `lo`, brought up here. Inside, `GENBOT_RAY_NETNS=1` tells the module to run its real tests;
`RAY_AUTH_MODE=disabled` and a short temporary directory for Ray's sessions (removed afterwards) complete it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSIDE_ENV = "GENBOT_RAY_NETNS"
TEMP_ENV = "GENBOT_RAY_TEMP"


def inside() -> bool:
    return os.environ.get(INSIDE_ENV) == "1"


def ray_temp_dir(name: str) -> str:
    """A Ray `_temp_dir` under the run's temporary directory. Short: Ray's Unix socket paths must fit 107 bytes."""
    base = os.environ.get(TEMP_ENV) or tempfile.gettempdir()
    path = Path(base) / name
    path.mkdir(parents=True, exist_ok=True)
    return str(path)


def run_module_in_namespace(module_file: str, timeout: float = 1800.0) -> subprocess.CompletedProcess[str]:
    """`python -m pytest MODULE` inside a new loopback-only network namespace; returns the finished process."""
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) is needed for the Ray tests"
    isolate = [unshare, "--net"] if os.geteuid() == 0 else [unshare, "--user", "--map-root-user", "--net"]
    temp = tempfile.mkdtemp(prefix="gr-", dir="/tmp")
    env = {**os.environ, INSIDE_ENV: "1", TEMP_ENV: temp, "RAY_AUTH_MODE": "disabled",
           "RAY_USAGE_STATS_ENABLED": "0", "PYTHONUNBUFFERED": "1"}
    script = 'ip link set lo up && exec "$@"'
    cmd = [*isolate, "sh", "-c", script, "sh", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
           "-o", "addopts=", "--rootdir", str(ROOT), module_file]
    # Its own process group: whatever Ray leaves behind (a killed run's raylet, workers) is ended with it.
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        err += f"\n(timed out after {timeout:g} s)"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(temp, ignore_errors=True)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def check_in_namespace(module_file: str, timeout: float = 1800.0) -> None:
    """Run the module inside the namespace; print its output, and fail with its summary unless it passed."""
    proc = run_module_in_namespace(module_file, timeout)
    print(proc.stdout[-20_000:], proc.stderr[-5_000:], sep="\n")
    tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
    assert proc.returncode == 0, f"the tests inside the loopback-only namespace failed (exit {proc.returncode}):\n{tail}"
