"""ASGI entry point for uvicorn: the app built from the environment's settings."""

from api.main import maak_app

app = maak_app()
