"""End-to-end fixtures: the real `bulwark` binary and the fake upstream, as separate processes."""
import os
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BULWARK = os.environ.get("BULWARK_BIN", str(ROOT / ".build/debug/bulwark"))
FAKE = os.environ.get("FAKE_UPSTREAM_BIN", str(ROOT / ".build/debug/bulwark-fake-upstream"))
PROVIDER_KEY = "sk-e2e-provider-secret-0123456789"

POLICY = """
providers:
  - id: fake
    base_url: http://127.0.0.1:{port}/v1
    api_key_env: FAKE_PROVIDER_KEY
    timeout_seconds: 1
models:
  - id: gpt-4o-mini
    provider: fake
  - id: gpt-4o
    provider: fake
  - id: broken
    provider: fake
    upstream_model: fake-500
  - id: slow
    provider: fake
    upstream_model: fake-slow
  - id: chunky
    provider: fake
    upstream_model: fake-chunky
  - id: tool
    provider: fake
    upstream_model: fake-tool
roles:
  staff:
    permissions: [chat]
    models: [gpt-4o-mini, broken, slow, chunky, tool]
    requests_per_minute: 600
  admin:
    permissions: [chat, admin, audit_read]
    models: ["*"]
    injection:
      action: flag
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited early with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {port}")


def run_cli(*args: str, data: Path, config: Path | None = None, stdin: str | None = None, check: bool = True):
    cmd = [BULWARK, *args, "--data", str(data)]
    if config is not None:
        cmd += ["--config", str(config)]
    result = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def last_upstream_body(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_fake/last", timeout=10) as response:
        return response.read().decode()


class Gateway:
    def __init__(self, data: Path, config: Path, port: int, log: Path, proc: subprocess.Popen):
        self.data, self.config, self.port, self.log, self.proc = data, config, port, log, proc
        self.url = f"https://127.0.0.1:{port}"
        self.cert = str(data / "tls" / "cert.pem")
        self.keys: dict[str, str] = {}

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cert)

    def get(self, path: str, key: str | None = None):
        request = urllib.request.Request(self.url + path)
        if key:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with urllib.request.urlopen(request, context=self.ssl_context(), timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="session")
def upstream():
    port = free_port()
    proc = subprocess.Popen([FAKE, "--port", str(port), "--slow-seconds", "3", "--keep-bodies"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, proc)
    yield port
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def gateway(upstream):
    workdir = Path(tempfile.mkdtemp(prefix="bulwark-e2e-"))
    data = workdir / "data"
    config = workdir / "bulwark.yaml"
    config.write_text(POLICY.format(port=upstream))
    run_cli("user", "create", "alice", "--role", "staff", data=data, config=config)
    run_cli("user", "create", "root", "--role", "admin", data=data, config=config)
    port = free_port()
    log = workdir / "serve.log"
    env = dict(os.environ, FAKE_PROVIDER_KEY=PROVIDER_KEY, LOG_LEVEL="debug")
    with open(log, "w") as log_file:
        proc = subprocess.Popen([BULWARK, "serve", "--data", str(data), "--config", str(config), "--listen", f"127.0.0.1:{port}"],
                                stdout=log_file, stderr=subprocess.STDOUT, env=env)
    wait_for_port(port, proc)
    gw = Gateway(data, config, port, log, proc)
    for name in ("alice", "root"):
        gw.keys[name] = run_cli("key", "create", "--user", name, data=data, config=config).stdout.strip()
    yield gw
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
