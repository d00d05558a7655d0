<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BudgetReportPdf</name>
    <message>
        <source>Save budget report as PDF</source>
        <translation>将预算报告保存为 PDF</translation>
    </message>
    <message>
        <source>budget-report-%1-%2.pdf</source>
        <translation>预算报告-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>ClaimPrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Batch print to one PDF…</source>
        <translation>批量打印到一个 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify printed form…</source>
        <translation>核验纸质报销单(&amp;V)…</translation>
    </message>
    <message>
        <source>A5 landscape paper</source>
        <translation>A5 横向纸张</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select one or more claims first.</source>
        <translation>请先选择一张或多张报销单。</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>正在生成报销单…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>The preview shows up to %1 claims at a time (%2 are selected). Use "Batch print to one PDF" for large selections, or select fewer claims.</source>
        <translation>打印预览一次最多显示 %1 张报销单（已选 %2 张）。大量报销单请使用“批量打印到一个 PDF”，或减少选择。</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>正在写入 %s…</translation>
    </message>
    <message>
        <source>claims-%d.pdf</source>
        <translation>报销单-%d张.pdf</translation>
    </message>
    <message>
        <source>Batch print</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <source>%1 claim form(s), %2 page(s) written to %3.</source>
        <translation>已将 %1 张报销单（共 %2 页）写入 %3。</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SignaturePadDialog</name>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse or a pen. The signature is printed on the claim form.</source>
        <translation>请用鼠标或手写笔在框内签名。签名将打印在报销单上。</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Sign on &amp;paper instead</source>
        <translation>改为在纸上签字(&amp;P)</translation>
    </message>
    <message>
        <source>Leave the box on the printed form blank, to be signed in ink.</source>
        <translation>打印的报销单上此栏留空，由本人手写签字。</translation>
    </message>
    <message>
        <source>Sign as the claimant (报销人). The signature is printed on the claim form.</source>
        <translation>请以报销人身份签名。签名将打印在报销单上。</translation>
    </message>
    <message>
        <source>Sign as the department head (部门负责人). The signature is printed on the claim form.</source>
        <translation>请以部门负责人身份签名。签名将打印在报销单上。</translation>
    </message>
    <message>
        <source>Sign for the finance review (财务审核). The signature is printed on the claim form.</source>
        <translation>请以财务审核身份签名。签名将打印在报销单上。</translation>
    </message>
    <message>
        <source>Sign as the cashier or the payee (出纳/领款人). The signature is printed on the claim form.</source>
        <translation>请以出纳/领款人身份签名。签名将打印在报销单上。</translation>
    </message>
</context>
<context>
    <name>VerifyFormDialog</name>
    <message>
        <source>Verify printed form</source>
        <translation>核验纸质报销单</translation>
    </message>
    <message>
        <source>Scan the QR code of a printed claim form, or type the code printed under it (for example BX-2026-0042-7F3A9C), to check that the paper matches the claim as it is now.</source>
        <translation>扫描纸质报销单上的二维码，或输入二维码下方的校验码（例如 BX-2026-0042-7F3A9C），核对纸质单据与系统中的报销单是否一致。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>校验码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>核验(&amp;H)</translation>
    </message>
    <message>
        <source>Enter a code and press Enter.</source>
        <translation>请输入校验码并按回车键。</translation>
    </message>
    <message>
        <source>Claim %1, %2, %3, status: %4</source>
        <translation>报销单 %1，%2，%3，状态：%4</translation>
    </message>
    <message>
        <source>✔ The form matches the claim in the database.</source>
        <translation>✔ 纸质报销单与系统记录一致。</translation>
    </message>
    <message>
        <source>✘ The form does NOT match: the claim was changed (or approved) after this form was printed. Print it again and compare before accepting the paper.</source>
        <translation>✘ 纸质报销单与系统记录不一致：打印后报销单已被修改（或已审批）。请重新打印并核对后再接收纸质单据。</translation>
    </message>
    <message>
        <source>✘ There is no claim numbered %s.</source>
        <translation>✘ 没有编号为 %s 的报销单。</translation>
    </message>
    <message>
        <source>This is not a verification code. It looks like BX-2026-0042-7F3A9C.</source>
        <translation>这不是有效的校验码。校验码格式如 BX-2026-0042-7F3A9C。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>You may print only your own claims.</source>
        <translation>您只能打印自己的报销单。</translation>
    </message>
    <message>
        <source>Select at least one claim to print.</source>
        <translation>请至少选择一张要打印的报销单。</translation>
    </message>
    <message>
        <source>Claim %s is cancelled and cannot be printed.</source>
        <translation>报销单 %s 已作废，不能打印。</translation>
    </message>
    <message>
        <source>The claim no longer exists (id %s).</source>
        <translation>该报销单已不存在（id %s）。</translation>
    </message>
    <message>
        <source>There is no claim numbered %s.</source>
        <translation>没有编号为 %s 的报销单。</translation>
    </message>
</context>
</TS>
