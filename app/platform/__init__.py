"""The platform feature: settings, backup and restore, the demo accounts."""
