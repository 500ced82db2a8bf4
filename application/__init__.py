"""The only write entry point: the eventsourcing Application and its settings."""
