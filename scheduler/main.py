"""The planner as a process of its own (`toezicht scheduler`; set TOEZICHT_SCHEDULER=uit on
the web servers then), built by the composition root like the web server."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

import bootstrap


def draai_eenmalig() -> int:
    """One round now (lapsed terms, notifications); returns the terms recorded."""
    onderdelen = bootstrap.bouw()
    try:
        return onderdelen.planner.draai()
    finally:
        onderdelen.sluit()


def draai_tot_stop(gestart: Callable[[], None] = lambda: None) -> None:
    """Run the planner until SIGTERM or Ctrl-C; `gestart` is called once it runs."""
    onderdelen = bootstrap.bouw()
    onderdelen.planner.start()
    gestart()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        onderdelen.sluit()
