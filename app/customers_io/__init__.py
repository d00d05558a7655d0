"""Customer import, export, booth bundles and privacy requests."""
