"""ASGI entry point for uvicorn: the app built from the environment's settings."""

from api.main import maak_app
from api.observatie import stel_logging_in

stel_logging_in()
app = maak_app()
