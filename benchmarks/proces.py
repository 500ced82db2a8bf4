"""A real server process, for the benchmarks and the tests: uvicorn in a subprocess on a
free port, and the command line in a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

WORTEL = Path(__file__).parents[1]


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def omgeving(database_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "TOEZICHT_DATABASE_URL": database_url,
        "TOEZICHT_SCHEDULER": "uit",
        "PYTHONPATH": str(WORTEL),
        **extra,
    }


def cli(database_url: str, *args: str) -> str:
    uit = subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=WORTEL,
        env=omgeving(database_url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uit.returncode == 0, uit.stderr
    return uit.stdout


def token(database_url: str, naam: str, rol: str) -> str:
    return cli(database_url, "gebruiker", naam, rol).strip().splitlines()[-1]


class Server:
    def __init__(self, database_url: str, workers: int = 1, *uvicorn_args: str) -> None:
        self.poort = vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}"
        import tempfile

        self.log = tempfile.NamedTemporaryFile(prefix="toezicht-server-", suffix=".log")
        self.proces = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "api.asgi:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.poort),
                "--workers",
                str(workers),
                "--log-level",
                "warning",
                *uvicorn_args,
            ],
            cwd=WORTEL,
            env=omgeving(database_url),
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            start_new_session=True,  # a file: a full pipe would block
        )
        self._wacht()

    def _wacht(self) -> None:
        for _ in range(200):
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proces.poll() is not None:
                raise RuntimeError(Path(self.log.name).read_text())
            time.sleep(0.1)
        raise TimeoutError("server kwam niet op")

    def stop(self) -> None:
        import signal

        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGTERM)
            self.proces.wait(timeout=20)

    def kill(self) -> None:
        import signal

        os.killpg(self.proces.pid, signal.SIGKILL)
        self.proces.wait(timeout=20)
