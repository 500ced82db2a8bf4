"""Maintenance of the store, for the command line: backup with a manifest and restore
(backup.py), the integrity check (controle.py), and how both reach the store (opslag.py).
No web layer: api/cli.py calls it."""
