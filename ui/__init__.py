"""PySide6 widgets. Talks to app/ services only, never to db/ sessions."""
