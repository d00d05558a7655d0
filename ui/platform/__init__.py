"""The platform UI: backup and restore, sign-in dialogs, settings."""
