"""HTTP API, command line and pages."""
