"""Printed artefacts: the claim form (费用报销单) and the budget report, as PDF.

Pure reportlab; the GUI previews and prints the PDF through Qt (ui/printing/).
"""
