"""Letters and other documents made from the dossier: read through projections queries."""
