"""HTML pages: server-rendered with Jinja2, working without JavaScript, on the same
commands, reads and role checks as the JSON API."""
