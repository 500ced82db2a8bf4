"""Notifications: always in the app; by e-mail when an SMTP server is configured. The test
starts its own SMTP server."""

import socket
import time
from datetime import date

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from tests.integration.planner_helpers import Klok, container
from tests.integration.test_planner_eenmalig import CODE, dossier_met_vooraankondiging


class Postvak(Message):
    def __init__(self) -> None:
        super().__init__()
        self.berichten: list = []

    def handle_message(self, message) -> None:
        self.berichten.append(message)


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_verstreken_termijn_wordt_gemaild_en_eenmaal(tmp_path):
    postvak = Postvak()
    poort = vrije_poort()
    server = Controller(postvak, hostname="127.0.0.1", port=poort)
    server.start()
    try:
        klok = Klok(None)
        c = container(
            f"sqlite:///{tmp_path}/t.sqlite",
            klok,
            smtp_host="127.0.0.1",
            smtp_port=poort,
            smtp_ontvangers=["team@provincie.example"],
        )
        dossier_met_vooraankondiging(c, klok)
        klok.zet(date(2024, 10, 7))
        assert c.planner.draai() == 1
        c.planner.draai()
        for _ in range(50):
            if len(postvak.berichten) >= 2:
                break
            time.sleep(0.05)
        onderwerpen = sorted(m["Subject"] for m in postvak.berichten)
        assert onderwerpen == [f"Toezicht {CODE}: termijn verstreken", f"Toezicht {CODE}: voorstel"]
        assert (
            "vooraankondiging"
            in postvak.berichten[0].get_payload() + postvak.berichten[1].get_payload()
        )
        assert {m["soort"] for m in c.queries.meldingen(rol="jurist")} == {
            "termijn_verstreken",
            "voorstel",
        }
    finally:
        server.stop()
