"""Printing in the GUI: preview and print claim forms, signature pad, verification."""
