"""A batch is read and applied with the cyclic collector paused (it would rescan the
batch's thousands of young objects over and over); it resumes afterwards, also when
threads catch up at once, and stays off if it was off."""

import gc
import threading

import pytest

from projections.runner import ProjectieRunner, zonder_gc


@pytest.fixture(autouse=True)
def _gc_hersteld():
    aan = gc.isenabled()
    yield
    if aan:
        gc.enable()
    else:
        gc.disable()


class _Notificatie:
    def __init__(self, id_: int) -> None:
        self.id = id_


class _Recorder:
    def __init__(self, aantal: int) -> None:
        self.aantal = aantal

    def select_notifications(self, start: int, limit: int) -> list[_Notificatie]:
        return [_Notificatie(i) for i in range(start, min(start + limit, self.aantal + 1))]


class _App:
    name = "Toezicht"

    def __init__(self, aantal: int) -> None:
        self.recorder = _Recorder(aantal)
        self.mapper = self

    def to_domain_event(self, n: _Notificatie) -> int:
        return n.id


class _View:
    def __init__(self) -> None:
        self.positie = 0
        self.gc_tijdens: list[bool] = []

    def max_tracking_id(self, _naam: str) -> int:
        return self.positie

    def verwerk(self, batch) -> int:
        self.gc_tijdens.append(gc.isenabled())
        self.positie = batch[-1][1].notification_id
        return len(batch)


def test_de_runner_pauzeert_de_collector_per_batch_en_hervat_hem():
    gc.enable()
    view = _View()
    runner = ProjectieRunner(_App(25), view, batch=10)  # type: ignore[arg-type]
    assert runner.bij() == 25
    assert view.gc_tijdens == [False, False, False]
    assert gc.isenabled()


def test_een_collector_die_uit_stond_blijft_uit():
    gc.disable()
    with zonder_gc():
        pass
    assert not gc.isenabled()


def test_threads_die_tegelijk_bijwerken_laten_de_collector_aan_achter():
    gc.enable()
    binnen = threading.Barrier(2)
    eerste_klaar = threading.Event()
    tijdens: list[bool] = []

    def eerste() -> None:
        with zonder_gc():
            binnen.wait()
        eerste_klaar.set()

    def tweede() -> None:
        with zonder_gc():
            binnen.wait()
            eerste_klaar.wait(5)
            tijdens.append(gc.isenabled())  # the other thread finished; still paused

    draden = [threading.Thread(target=eerste), threading.Thread(target=tweede)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(10)
    assert tijdens == [False]
    assert gc.isenabled()
