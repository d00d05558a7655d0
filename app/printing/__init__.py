"""Printed artefacts: the claim form (费用报销单) and the budget report, as PDF.

Pure reportlab; the GUI previews and prints the PDF through Qt (ui/printing/).
"""

from app import tasks


class Cancelled(tasks.Cancelled):
    """Raised when the user cancels a batch; no file and no audit row are left behind."""
