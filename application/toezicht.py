"""class Toezicht: the one entry point of the dossier commands, voer_uit(commando,
vastlegging) -> Uitkomst. Load, act (application/handlers.py), save, once for all of
them: the idempotent replay of a request and the retry of a write that named no version
live here and nowhere else. The outcome carries the notification id of the last event, so
a caller can wait until the read models have caught up with its own write."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from datetime import date

from application.commandos import (
    Dossiercommando,
    OntvangDocument,
    OpNummer,
    RegistreerGemeente,
    Uitkomst,
    VerzendBrief,
)
from application.gebruikers import Gebruikerscommandos
from application.handlers import HANDLERS, Omgeving
from application.kalender import bouw_kalender
from application.mandaten import Mandaatcommandos
from domain.briefdocument import Briefdocument
from domain.dossier import Dossier
from domain.errors import BestaatAl, GelijktijdigGewijzigd, OngeldigeInvoer
from domain.kalender import Kalender
from domain.ontvangstdocument import Ontvangstdocument
from domain.vastlegging import Vastlegging

POGINGEN = 100  # attempts for a command whose client named no version: at least as many as
# writers may race for one dossier at once (each round one of them wins)


class Toezicht(Mandaatcommandos, Gebruikerscommandos):
    name = "toezicht"

    def __init__(
        self,
        env: dict[str, str] | None = None,
        snapshot_interval: int = 50,
        kalender: Kalender | None = None,
        in_gebruik_sinds: date | None = None,
    ) -> None:
        self.omgeving = Omgeving(kalender or bouw_kalender(), in_gebruik_sinds)
        super().__init__(env=env, snapshot_interval=snapshot_interval)

    def voer_uit(self, commando: Dossiercommando, vastlegging: Vastlegging) -> Uitkomst:
        """Carry out one command. A client that named no version did not ask to see a
        concurrent writer: the command is run again on the fresh dossier, a bounded number
        of times. A request carried out before (same Idempotency-Key) answers as then."""
        if isinstance(commando, RegistreerGemeente):
            return self._registreer(commando, vastlegging)
        if isinstance(commando, VerzendBrief):
            return self._verzend_brief(commando, vastlegging)
        handler = HANDLERS[type(commando)]
        for poging in range(1, POGINGEN + 1):
            dossier = self.dossier(commando.code)
            eerder = dossier.eerder_uitgevoerd(vastlegging)
            if eerder is not None:
                return self._herhaling(commando, dossier, eerder)
            if commando.verwachte_versie not in (None, dossier.version):
                raise GelijktijdigGewijzigd(
                    f"het dossier staat op versie {dossier.version}, niet op "
                    f"{commando.verwachte_versie}; lees het opnieuw",
                    "verwachte_versie",
                )
            gemaakt = handler(dossier, commando, vastlegging, self.omgeving)
            if not dossier.pending_events:  # nothing to record (the planner's idempotence)
                return Uitkomst(notificatie=None, versie=dossier.version)
            try:
                notificatie = self._opslaan(*_bijlagen(commando), dossier)
            except GelijktijdigGewijzigd:
                if commando.verwachte_versie is None and poging < POGINGEN:
                    # Spread the retries so the writers do not collide again in step.
                    time.sleep(random.uniform(0, min(0.05, 0.002 * 2**poging)))
                    continue
                # The same request may have been saved a moment ago by a twin in flight:
                # then its outcome is the answer, not a conflict.
                vers = self.dossier(commando.code) if vastlegging.verzoek else None
                eerder = vers.eerder_uitgevoerd(vastlegging) if vers is not None else None
                if vers is not None and eerder is not None:
                    return self._herhaling(commando, vers, eerder)
                raise
            return Uitkomst(
                notificatie=notificatie,
                versie=dossier.version,
                nummer=gemaakt if gemaakt is not None else _nummer(commando),
            )
        raise AssertionError("unreachable: the last attempt returns or raises")

    def pas_toe(
        self, dossier: Dossier, commando: Dossiercommando, vastlegging: Vastlegging
    ) -> None:
        """Run a command's handler on a loaded dossier without saving: a bulk import runs
        all its commands first, then saves every dossier at once (sla_samen_op)."""
        HANDLERS[type(commando)](dossier, commando, vastlegging, self.omgeving)

    def sla_samen_op(self, dossiers: Sequence[Dossier]) -> int:
        """Save the new events of several dossiers in one transaction of the event store:
        all of them or, when any dossier changed meanwhile (GelijktijdigGewijzigd), none."""
        return self._opslaan(*dossiers)

    @property
    def kalender(self) -> Kalender:
        return self.omgeving.kalender

    def _verzend_brief(self, commando: VerzendBrief, vastlegging: Vastlegging) -> Uitkomst:
        """A letter as sent and its PDF, in one transaction: the dossier event names the
        SHA-256 and size of exactly the bytes stored. Never retried on another version:
        the letter was rendered from the state it names."""
        document = Briefdocument.bewaar(commando.kenmerk, commando.inhoud)
        dossier = self.dossier(commando.code)
        if (eerder := dossier.eerder_uitgevoerd(vastlegging)) is not None:
            return self._herhaling(commando, dossier, eerder)  # nothing is sent twice
        if commando.verwachte_versie != dossier.version:
            raise GelijktijdigGewijzigd(
                f"de brief is opgesteld op versie {commando.verwachte_versie} van het "
                f"dossier, dat nu op versie {dossier.version} staat; stel hem opnieuw op",
                "verwachte_versie",
            )
        dossier.verzend_brief(
            commando.soort,
            commando.kenmerk,
            document.sha256,
            len(commando.inhoud),
            vastlegging,
            self.omgeving.kalender,
            commando.corrigeert,
        )
        notificatie = self._opslaan(document, dossier)  # the dossier last: its version answers
        return Uitkomst(notificatie=notificatie, versie=dossier.version)

    def _registreer(self, commando: RegistreerGemeente, vastlegging: Vastlegging) -> Uitkomst:
        dossier = Dossier.registreer(
            commando.code, commando.naam, commando.provincie, vastlegging, commando.voortgezet_van
        )
        if self._bestaat(dossier.id):
            return self._herhaling_of_bestaat_al(commando, dossier.code, vastlegging)
        for vorige in dossier.voortgezet_van:
            if not self._bestaat(Dossier.create_id(vorige)):
                raise OngeldigeInvoer(
                    f"voortgezet_van: gemeente {vorige} is niet bekend", "voortgezet_van"
                )
        try:
            notificatie = self._opslaan(dossier)
        except GelijktijdigGewijzigd:
            # Registered a moment ago by a concurrent request: by this one's twin, or not.
            return self._herhaling_of_bestaat_al(commando, dossier.code, vastlegging)
        return Uitkomst(notificatie=notificatie, versie=dossier.version)

    def _herhaling_of_bestaat_al(
        self, commando: RegistreerGemeente, code: str, vastlegging: Vastlegging
    ) -> Uitkomst:
        bestaand = self.dossier(code)
        eerder = bestaand.eerder_uitgevoerd(vastlegging)
        if eerder is None:
            raise BestaatAl(f"gemeente {code} is al geregistreerd", "code")
        return self._herhaling(commando, bestaand, eerder)

    def _herhaling(self, commando: Dossiercommando, dossier: Dossier, eerder: int) -> Uitkomst:
        """The first outcome of a repeated request; nothing is recorded again."""
        return Uitkomst(
            notificatie=self.notificatie_van(dossier.id, eerder),
            versie=eerder,
            nummer=eerder if commando.maakt_nummer else _nummer(commando),
            herhaald=True,
        )


def _bijlagen(commando: Dossiercommando) -> tuple[Ontvangstdocument, ...]:
    """What is saved with the dossier in the same transaction: a received file's bytes,
    made afresh for each attempt (a failed save consumed the pending event)."""
    if isinstance(commando, OntvangDocument):
        return (Ontvangstdocument.bewaar(commando.code, commando.inhoud),)
    return ()


def _nummer(commando: Dossiercommando) -> int | None:
    return commando.nummer if isinstance(commando, OpNummer) else None
