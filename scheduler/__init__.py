"""Scheduler: term enforcement (see issue 3)."""
