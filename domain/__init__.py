"""The supervision domain: pure Python, no framework, no I/O, no wall clock."""
