"""Documents the province receives from the gemeente, each linked to the act it belongs to;
optionally the same command records that act (the verbeterplan received, the beroep)."""

from __future__ import annotations

import hashlib
from typing import Any

from domain import gebeurtenissen as ev
from domain import validatie
from domain.bestandstype import Bestand
from domain.dossier.brieven import Brieven
from domain.dossier.juridisch import JuridischeStappen
from domain.errors import BestaatAl, LadderRegelGeschonden, OngeldigeInvoer
from domain.periode import Periode
from domain.termijnen import Soort
from domain.vastlegging import Vastlegging


class Ontvangst(Brieven, JuridischeStappen):
    @property
    def documenten(self) -> dict[str, dict[str, Any]]:
        """Received files: sha256 -> nummer, soort, bestandsnaam (snapshot-safe)."""
        return self.__dict__.setdefault("_documenten", {})  # type: ignore[no-any-return]

    def ontvang_document(
        self,
        soort: str,
        bestand: Bestand,
        inhoud: bytes,
        vastlegging: Vastlegging,
        *,
        periode: Periode | None = None,
        kenmerk: str | None = None,
        als_ontvangst: bool = False,
    ) -> int:
        """Record a received file; returns its number (the event's version). The same
        bytes twice are refused with the number they were received as: one document, one
        record. With `als_ontvangst` a verbeterplan is also recorded as received for its
        term, a beroepschrift as the beroep against the besluit."""
        soort = validatie.keuze(soort, validatie.DOCUMENTSOORTEN, "soort")
        sha256 = hashlib.sha256(inhoud).hexdigest()
        if (eerder := self.documenten.get(sha256)) is not None:
            raise BestaatAl(
                f"bestand: dit bestand is al ontvangen als document {eerder['nummer']} "
                f"('{eerder['bestandsnaam']}'); hetzelfde bestand wordt niet twee keer "
                "vastgelegd",
                "bestand",
            )
        koppeling = self._koppeling(soort, periode, kenmerk, als_ontvangst)
        if als_ontvangst and soort == "verbeterplan":
            self.ontvang_verbeterplan(vastlegging)
        elif als_ontvangst and soort == "beroepschrift":
            self.registreer_beroep(vastlegging)
        vervangt = max(
            (
                d["nummer"]
                for d in self.documenten.values()
                if d["bestandsnaam"] == bestand.naam and d["soort"] == soort
            ),
            default=None,
        )
        self._leg_vast(
            ev.DocumentOntvangen,
            vastlegging,
            soort=soort,
            bestandsnaam=bestand.naam,
            mediatype=bestand.mediatype,
            sha256=sha256,
            grootte=len(inhoud),
            vervangt=vervangt,
            **koppeling,
        )
        return self.version

    def _koppeling(
        self, soort: str, periode: Periode | None, kenmerk: str | None, als_ontvangst: bool
    ) -> dict[str, Any]:
        """What the document belongs to, checked against the dossier."""
        if als_ontvangst and soort not in ("verbeterplan", "beroepschrift"):
            raise OngeldigeInvoer(
                "als_ontvangst: alleen een verbeterplan of beroepschrift legt ook de "
                "ontvangst zelf vast",
                "als_ontvangst",
            )
        if periode is not None and soort != "bewijs_van_huisvesting":
            raise OngeldigeInvoer(
                "periode: alleen bewijs van huisvesting telt voor een periode", "periode"
            )
        if kenmerk is not None and kenmerk not in self.brieven:
            raise OngeldigeInvoer(
                f"kenmerk: er is geen verzonden brief met kenmerk {kenmerk}", "kenmerk"
            )
        if soort == "bewijs_van_huisvesting":
            if periode is None:
                raise OngeldigeInvoer(
                    "periode: bewijs van huisvesting noemt de periode waarvoor het telt",
                    "periode",
                )
            return {"periode": str(periode), "kenmerk": kenmerk}
        if soort == "verbeterplan":
            termijnen = self.verbeterplantermijnen()
            if not termijnen:
                raise LadderRegelGeschonden(
                    "soort: er is geen termijn voor een verbeterplan; een verbeterplan volgt "
                    "op het bestuurlijk gesprek",
                    "soort",
                )
            return {"termijn": termijnen[0].id, "kenmerk": kenmerk}
        beroep = self._laatste_tot(Soort.BEROEP) if soort == "beroepschrift" else []
        return {"termijn": beroep[0].id if beroep else None, "kenmerk": kenmerk}
