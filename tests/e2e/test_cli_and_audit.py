"""The command line: accounts and keys, policy checks, audit verification and tamper detection, serve's guards."""
import os
import shutil
import signal
import ssl
import sqlite3
import subprocess
import urllib.request
from pathlib import Path

import pytest

from conftest import BULWARK, ROOT, run_cli


def test_key_create_prints_the_key_alone_and_stores_only_its_hash(gateway):
    result = run_cli("key", "create", "--user", "alice", "--expires", "30d", data=gateway.data, config=gateway.config)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bwk_") and len(lines[0]) == 47
    db = sqlite3.connect(gateway.data / "bulwark.db")
    stored = [row[0] for row in db.execute("SELECT token_hash FROM api_keys")]
    assert lines[0] not in str(stored) and all(len(h) == 64 for h in stored)
    listing = run_cli("key", "list", "--user", "alice", data=gateway.data).stdout
    assert lines[0] not in listing and "active" in listing


def test_revoking_a_key_locks_it_out(gateway):
    key = run_cli("key", "create", "--user", "alice", data=gateway.data).stdout.strip()
    key_id = run_cli("key", "list", "--user", "alice", data=gateway.data).stdout.splitlines()[-1].split("\t")[0]
    assert gateway.get("/v1/models", key)[0] == 200
    run_cli("key", "revoke", key_id, data=gateway.data)
    import time
    time.sleep(2.5)  # the server caches a found key for at most 2 s
    assert gateway.get("/v1/models", key)[0] == 401
    again = run_cli("key", "revoke", key_id, data=gateway.data, check=False)
    assert again.returncode != 0 and "already revoked" in again.stderr


def test_user_commands_name_problems_and_fixes(gateway):
    bad_role = run_cli("user", "create", "mallory", "--role", "superuser", data=gateway.data, config=gateway.config, check=False)
    assert bad_role.returncode != 0 and "use one of" in bad_role.stderr
    dup = run_cli("user", "create", "alice", "--role", "staff", data=gateway.data, config=gateway.config, check=False)
    assert dup.returncode != 0 and "already exists" in dup.stderr
    short = run_cli("user", "create", "bob", "--role", "staff", "--password-stdin", data=gateway.data, config=gateway.config,
                    stdin="short\n", check=False)
    assert short.returncode != 0 and "at least 12" in short.stderr
    ok = run_cli("user", "create", "carol", "--role", "staff", "--password-stdin", data=gateway.data, config=gateway.config,
                 stdin="a long enough passphrase\n")
    assert "created user carol" in ok.stdout
    listing = run_cli("user", "list", data=gateway.data).stdout
    assert "carol\tstaff\tactive" in listing


def test_policy_check_reports_lines_and_fixes(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("providers:\n  - id: x\n    base_url: http://example.com/v1\nroles:\n  staff:\n    permissions: [fly]\n")
    result = subprocess.run([BULWARK, "policy", "check", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{bad}:3:" in result.stdout and f"{bad}:6:" in result.stdout and "fix:" in result.stdout
    example = subprocess.run([BULWARK, "policy", "check", str(ROOT / "bulwark.example.yaml")], capture_output=True, text=True)
    assert example.returncode == 0, example.stdout


def test_serve_refuses_an_invalid_policy_and_plain_http_off_loopback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("roles:\n  staff:\n    permissions: [fly]\n")
    result = subprocess.run([BULWARK, "serve", "--data", str(tmp_path / "d"), "--config", str(bad)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode != 0 and "line 3" in result.stderr
    plain = subprocess.run([BULWARK, "serve", "--data", str(tmp_path / "d"), "--no-tls", "--listen", "0.0.0.0:0"],
                           capture_output=True, text=True, timeout=30)
    assert plain.returncode != 0 and "loopback" in plain.stderr
    threads = subprocess.run([BULWARK, "serve", "--data", str(tmp_path / "d")], capture_output=True, text=True, timeout=30,
                             env=dict(os.environ, BULWARK_EVENT_LOOPS="many"))
    assert threads.returncode == 2 and "BULWARK_EVENT_LOOPS" in threads.stderr and "1 to 256" in threads.stderr


def tamper(db_path: Path, how: str) -> None:
    db = sqlite3.connect(db_path)
    if how == "modify":
        db.execute("UPDATE audit_events SET status = 200 WHERE seq = 3")
        db.execute("UPDATE audit_events SET actor = 'user:someone-else' WHERE seq = 3")
    elif how == "delete":
        db.execute("DELETE FROM audit_events WHERE seq = 3")
    elif how == "insert":
        db.execute("UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 3")
        db.execute("UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1003")
        db.execute("""INSERT INTO audit_events SELECT 3, ts, actor, action, target, outcome, status, latency_us, prompt_tokens,
                      completion_tokens, request_id, details, hash, hash FROM audit_events WHERE seq = 2""")
    elif how == "reorder":
        db.execute("UPDATE audit_events SET seq = -1 WHERE seq = 3")
        db.execute("UPDATE audit_events SET seq = 3 WHERE seq = 4")
        db.execute("UPDATE audit_events SET seq = 4 WHERE seq = -1")
    db.commit()
    db.close()


@pytest.mark.parametrize("how", ["modify", "delete", "insert", "reorder"])
def test_audit_verify_catches_each_kind_of_tampering(gateway, tmp_path, how):
    ok = run_cli("audit", "verify", data=gateway.data)
    assert ok.returncode == 0 and ok.stdout.startswith("OK:")
    copy = tmp_path / "data"
    # Stop-free copy: SQLite's backup API gives a consistent snapshot while the server runs.
    copy.mkdir()
    source = sqlite3.connect(gateway.data / "bulwark.db")
    target = sqlite3.connect(copy / "bulwark.db")
    source.backup(target)
    source.close()
    target.close()
    tamper(copy / "bulwark.db", how)
    result = run_cli("audit", "verify", data=copy, check=False)
    assert result.returncode == 1
    assert "sequence 3" in result.stdout, result.stdout


def test_audit_verify_only_reads(tmp_path):
    missing = run_cli("audit", "verify", data=tmp_path / "none", check=False)
    assert missing.returncode != 0 and "--data" in missing.stderr
    assert not (tmp_path / "none" / "bulwark.db").exists()
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    sqlite3.connect(foreign / "bulwark.db").execute("CREATE TABLE notes (x TEXT)").connection.commit()
    result = run_cli("audit", "verify", data=foreign, check=False)
    assert result.returncode != 0 and "Bulwark database" in result.stderr
    tables = sqlite3.connect(foreign / "bulwark.db").execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("notes",)]


def test_sigterm_shuts_the_server_down_cleanly(upstream, tmp_path):
    from conftest import POLICY, free_port, wait_for_port
    config = tmp_path / "bulwark.yaml"
    config.write_text(POLICY.format(port=upstream))
    port = free_port()
    # On one event loop (the setting for a machine shared with other load): it serves, and stops cleanly.
    proc = subprocess.Popen([BULWARK, "serve", "--data", str(tmp_path / "d"), "--config", str(config), "--listen", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, BULWARK_EVENT_LOOPS="1"))
    wait_for_port(port, proc)
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with urllib.request.urlopen(f"https://127.0.0.1:{port}/healthz", context=context, timeout=30) as health:
        assert health.status == 200
    assert (tmp_path / "d" / "master.key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "d" / "tls" / "key.pem").stat().st_mode & 0o777 == 0o600
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    events = run_cli("audit", "verify", data=tmp_path / "d")
    assert events.returncode == 0
