"""Read models fed from the event log, exactly once, with the library's tracking."""
