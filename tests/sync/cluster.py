"""A throwaway PostgreSQL cluster for the sync tests, benchmarks and scripts.

``Cluster.start()`` runs ``initdb`` and ``pg_ctl`` in a new temporary folder: Unix
socket only (``listen_addresses = ''``), so nothing listens on the network. As root (CI)
the server runs as the ``postgres`` user, which Debian's ``postgresql`` package creates
(PostgreSQL refuses to run as root); otherwise as the current user. The superuser
``postgres`` logs in without a password over the socket in that private folder; every
other role must give its password (``scram-sha-256``), so invitations are tested for real.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

#: Settings for a cluster that is thrown away: no network, no durability work.
SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    " -c max_connections=60 -c shared_buffers=64MB"
)
PORT = 5432


def find_bindir() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl`` (PATH first, then Debian's layout)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def unavailable() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if find_bindir() is None:
        return "PostgreSQL is not installed (apt-get install -y postgresql)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, but there is no 'postgres' user to run the server"
        if not (shutil.which("runuser") or shutil.which("su")):
            return "running as root, without runuser or su to start the server as postgres"
    return None


class Cluster:
    """A running throwaway cluster; ``stop()`` ends it and removes its folder."""

    def __init__(self, root: Path, bindir: Path) -> None:
        self.root = root
        self.bindir = bindir
        self.data = root / "data"
        self.socket_dir = root

    # --- running its programs -------------------------------------------------------

    def _as_server_user(self, args: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return args
        if shutil.which("runuser"):
            return ["runuser", "-u", "postgres", "--", *args]
        return ["su", "postgres", "-s", "/bin/sh", "-c", subprocess.list2cmdline(args)]

    def _run(self, program: str, *args: str) -> None:
        command = self._as_server_user([str(self.bindir / program), *args])
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.root)

    @classmethod
    def start(cls, root: Path | str | None = None) -> Cluster:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError(unavailable())
        root = Path(root) if root else Path(tempfile.mkdtemp(prefix="avtalevakt-pg-"))
        root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")
            os.chown(root, owner.pw_uid, owner.pw_gid)
        os.chmod(root, 0o700)
        cluster = cls(root, bindir)
        try:
            cluster._run(
                "initdb", "-D", str(cluster.data), "-U", "postgres", "-E", "UTF8",
                "--locale=C.UTF-8", "--auth-local=trust", "--no-sync",
            )  # fmt: skip
            (cluster.data / "pg_hba.conf").write_text(
                "local all postgres trust\nlocal all all scram-sha-256\n", encoding="utf-8"
            )
            if os.geteuid() == 0:
                os.chown(cluster.data / "pg_hba.conf", owner.pw_uid, owner.pw_gid)
            cluster.resume()
        except subprocess.CalledProcessError as exc:
            log = root / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError(
                f"could not start PostgreSQL: {exc.stderr or exc.stdout}\n{detail}"
            ) from exc
        return cluster

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server, keeping its data (a PC's "offline": nothing answers)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the paused server again, on the same socket."""
        options = f"{SERVER_OPTIONS} -c unix_socket_directories='{self.socket_dir}' -p {PORT}"
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    # --- connecting ---------------------------------------------------------------------

    def url(self, dbname: str = "postgres", *, user: str = "postgres", password: str = "") -> str:
        """A ``postgresql://`` URL over the socket (the form users give the program)."""
        auth = f"{user}:{password}@" if password else f"{user}@"
        return f"postgresql://{auth}/{dbname}?host={self.socket_dir}&port={PORT}"

    def create_database(self, prefix: str = "desk") -> str:
        """A new empty database; returns its superuser URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
