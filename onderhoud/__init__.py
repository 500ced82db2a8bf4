"""Maintenance of the store, for the command line: backup with a manifest, restore
(backup.py), and the integrity check (controle.py). No web layer: api/cli.py calls it."""
