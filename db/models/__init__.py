"""The model modules of every feature, imported here so that Base.metadata is complete.

Features declare their model modules (app.features.Feature.models); this package
imports every module in its folder, so that a relationship named by string
resolves whichever model module is imported first, and names none of them.
"""

import importlib
import pkgutil

from db.base import Base

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

metadata = Base.metadata
