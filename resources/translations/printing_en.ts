<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BudgetReportPdf</name>
    <message>
        <source>Save budget report as PDF</source>
        <translation>Save budget report as PDF</translation>
    </message>
    <message>
        <source>budget-report-%1-%2.pdf</source>
        <translation>budget-report-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>ClaimPrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Batch print to one PDF…</source>
        <translation>&amp;Batch print to one PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify printed form…</source>
        <translation>&amp;Verify printed form…</translation>
    </message>
    <message>
        <source>A5 landscape paper</source>
        <translation>A5 landscape paper</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select one or more claims first.</source>
        <translation>Select one or more claims first.</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>Preparing the forms…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The preview shows up to %1 claims at a time (%2 are selected). Use "Batch print to one PDF" for large selections, or select fewer claims.</source>
        <translation>The preview shows up to %1 claims at a time (%2 are selected). Use "Batch print to one PDF" for large selections, or select fewer claims.</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Writing %s…</translation>
    </message>
    <message>
        <source>claims-%d.pdf</source>
        <translation>claims-%d.pdf</translation>
    </message>
    <message>
        <source>Batch print</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>%1 claim form(s), %2 page(s) written to %3.</source>
        <translation>%1 claim form(s), %2 page(s) written to %3.</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SignaturePadDialog</name>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse or a pen. The signature is printed on the claim form.</source>
        <translation>Sign in the box with the mouse or a pen. The signature is printed on the claim form.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Sign on &amp;paper instead</source>
        <translation>Sign on &amp;paper instead</translation>
    </message>
    <message>
        <source>Leave the box on the printed form blank, to be signed in ink.</source>
        <translation>Leave the box on the printed form blank, to be signed in ink.</translation>
    </message>
    <message>
        <source>Sign as the claimant (报销人). The signature is printed on the claim form.</source>
        <translation>Sign as the claimant (报销人). The signature is printed on the claim form.</translation>
    </message>
    <message>
        <source>Sign as the department head (部门负责人). The signature is printed on the claim form.</source>
        <translation>Sign as the department head (部门负责人). The signature is printed on the claim form.</translation>
    </message>
    <message>
        <source>Sign for the finance review (财务审核). The signature is printed on the claim form.</source>
        <translation>Sign for the finance review (财务审核). The signature is printed on the claim form.</translation>
    </message>
    <message>
        <source>Sign as the cashier or the payee (出纳/领款人). The signature is printed on the claim form.</source>
        <translation>Sign as the cashier or the payee (出纳/领款人). The signature is printed on the claim form.</translation>
    </message>
</context>
<context>
    <name>VerifyFormDialog</name>
    <message>
        <source>Verify printed form</source>
        <translation>Verify printed form</translation>
    </message>
    <message>
        <source>Scan the QR code of a printed claim form, or type the code printed under it (for example BX-2026-0042-7F3A9C), to check that the paper matches the claim as it is now.</source>
        <translation>Scan the QR code of a printed claim form, or type the code printed under it (for example BX-2026-0042-7F3A9C), to check that the paper matches the claim as it is now.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Enter a code and press Enter.</source>
        <translation>Enter a code and press Enter.</translation>
    </message>
    <message>
        <source>Claim %1, %2, %3, status: %4</source>
        <translation>Claim %1, %2, %3, status: %4</translation>
    </message>
    <message>
        <source>✔ The form matches the claim in the database.</source>
        <translation>✔ The form matches the claim in the database.</translation>
    </message>
    <message>
        <source>✘ The form does NOT match: the claim was changed (or approved) after this form was printed. Print it again and compare before accepting the paper.</source>
        <translation>✘ The form does NOT match: the claim was changed (or approved) after this form was printed. Print it again and compare before accepting the paper.</translation>
    </message>
    <message>
        <source>✘ There is no claim numbered %s.</source>
        <translation>✘ There is no claim numbered %s.</translation>
    </message>
    <message>
        <source>This is not a verification code. It looks like BX-2026-0042-7F3A9C.</source>
        <translation>This is not a verification code. It looks like BX-2026-0042-7F3A9C.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>You may print only your own claims.</source>
        <translation>You may print only your own claims.</translation>
    </message>
    <message>
        <source>Select at least one claim to print.</source>
        <translation>Select at least one claim to print.</translation>
    </message>
    <message>
        <source>Claim %s is cancelled and cannot be printed.</source>
        <translation>Claim %s is cancelled and cannot be printed.</translation>
    </message>
    <message>
        <source>The claim no longer exists (id %s).</source>
        <translation>The claim no longer exists (id %s).</translation>
    </message>
    <message>
        <source>There is no claim numbered %s.</source>
        <translation>There is no claim numbered %s.</translation>
    </message>
</context>
</TS>
