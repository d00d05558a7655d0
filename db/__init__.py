"""Data layer: SQLAlchemy models, engine/session factory, Alembic migrations.

Imports nothing from app/ or ui/ (DESIGN.md section 1).
"""
