<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Request a budget adjustment for %1</source>
        <translation>申请 %1 年预算调整</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>费用类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 5,000 to add, -2,000 to reduce</source>
        <translation>例如 5,000 表示追加，-2,000 表示调减</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Request adjustment…</source>
        <translation>申请调整…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>No adjustments for this year. Once the plan is approved, a change of budget is requested here (Ctrl+N) and approved by a manager.</source>
        <translation>本年度没有预算调整。预算计划批准后，如需变更预算，在此申请（Ctrl+N），由营销经理审批。</translation>
    </message>
    <message>
        <source>Reject the adjustment</source>
        <translation>驳回预算调整</translation>
    </message>
    <message>
        <source>Why is the adjustment rejected?</source>
        <translation>驳回预算调整的原因？</translation>
    </message>
</context>
<context>
    <name>BudgetFeature</name>
    <message>
        <source>Budget vs spend</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>BudgetReportTab</name>
    <message>
        <source> Month:</source>
        <translation> 月份：</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Cumulative (year to date)</source>
        <translation>累计（年初至今）</translation>
    </message>
    <message>
        <source>Show rows…</source>
        <translation>查看明细…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告导出 PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Red: over budget (spend + committed above the effective budget). Amber: spending ahead of the time-prorated budget. Double-click a row to see the claim lines and expenses.</source>
        <translation>红色：超预算（支出加已占用超过有效预算）。黄色：支出快于时间进度。双击一行可查看对应的报销明细和直接费用。</translation>
    </message>
    <message>
        <source>There is no budget plan for %1 yet: every expense counts as over budget.</source>
        <translation>%1 年还没有预算计划：所有支出都计为超预算。</translation>
    </message>
    <message>
        <source>The %1 budget plan is not approved yet: only approved plans count.</source>
        <translation>%1 年预算计划尚未批准：只统计已批准的预算。</translation>
    </message>
    <message>
        <source>%1, January–%2</source>
        <translation>%1年1–%2月</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Export budget vs spend</source>
        <translation>导出预算执行情况</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>图像无法编码为 PNG</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Annual plan</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>预算调整</translation>
    </message>
    <message>
        <source>Direct expenses</source>
        <translation>直接费用</translation>
    </message>
    <message>
        <source>Categories and standards</source>
        <translation>费用类别与报销标准</translation>
    </message>
</context>
<context>
    <name>BurnChart</name>
    <message>
        <source>Cumulative spend against the budget</source>
        <translation>累计支出与预算对比</translation>
    </message>
    <message>
        <source>Budget (cumulative)</source>
        <translation>预算（累计）</translation>
    </message>
    <message>
        <source>Spend (cumulative)</source>
        <translation>支出（累计）</translation>
    </message>
    <message>
        <source>Month %1: budget to date %2</source>
        <translation>%1 月：累计预算 %2</translation>
    </message>
    <message>
        <source>, spend to date %1</source>
        <translation>，累计支出 %1</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <source>New category…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Limit per claim</source>
        <translation>每单限额</translation>
    </message>
    <message>
        <source>Limit per line</source>
        <translation>每笔限额</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>报销标准</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Lines over a category's limit are flagged on the claim and confirmed when it is submitted and approved.</source>
        <translation>超过类别报销标准的明细会在报销单上标出，提交和审批时需要确认。</translation>
    </message>
</context>
<context>
    <name>CategoryBars</name>
    <message>
        <source>Budget vs actual by category</source>
        <translation>各类别预算与实际支出</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>%1: budget %2, spend %3, committed %4, remaining %5</source>
        <translation>%1：预算 %2，支出 %3，已占用 %4，剩余 %5</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Expense category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>New expense category</source>
        <translation>新建费用类别</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>empty = no limit</source>
        <translation>留空 = 不限额</translation>
    </message>
    <message>
        <source>Limit per &amp;claim (yuan):</source>
        <translation>每单限额（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Limit per &amp;line (yuan):</source>
        <translation>每笔限额（元）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>报销标准(&amp;S)：</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>ClaimDetails</name>
    <message>
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>Select a claim to see its lines and history.</source>
        <translation>选择一张报销单以查看明细和审批记录。</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>已退回：</translation>
    </message>
    <message>
        <source>Approved over budget:</source>
        <translation>超预算批准：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Scanned invoices:</source>
        <translation>发票扫描件：</translation>
    </message>
    <message>
        <source>Paper attachments:</source>
        <translation>附单据张数：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Reimbursement claim</source>
        <translation>费用报销单</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>报销单：</translation>
    </message>
    <message>
        <source>What the expenses were for (事由)</source>
        <translation>费用事由</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>事由(&amp;P)：</translation>
    </message>
    <message>
        <source>Channel (typed before):</source>
        <translation>渠道（原填写）：</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>Scanned invoices:</source>
        <translation>发票扫描件：</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>添加附件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Paper atta&amp;chments:</source>
        <translation>附单据(&amp;C)：</translation>
    </message>
    <message>
        <source> sheet(s)</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>The paper invoices and receipts handed in with the printed form.</source>
        <translation>随打印的报销单一并上交的纸质发票和单据。</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查结果：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>Save and submit for approval (Ctrl+Enter)</source>
        <translation>保存并提交审批（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>审批通过(&amp;E)</translation>
    </message>
    <message>
        <source>Ret&amp;urn…</source>
        <translation>退回(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>确认付款(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(new, numbered when saved)</source>
        <translation>（新报销单，保存时编号）</translation>
    </message>
    <message>
        <source>Reimbursement claim %1</source>
        <translation>费用报销单 %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>Total: %1  (%2)</source>
        <translation>合计：%1（%2）</translation>
    </message>
    <message>
        <source>Saved claims are checked against the budget and the reimbursement standards.</source>
        <translation>报销单保存后会对照预算和报销标准进行检查。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Attach scanned invoices</source>
        <translation>添加发票扫描件</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>发票文件 (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to this claim before closing?</source>
        <translation>关闭前保存对此报销单的修改吗？</translation>
    </message>
</context>
<context>
    <name>ClaimFlows</name>
    <message>
        <source>Return the claim</source>
        <translation>退回报销单</translation>
    </message>
    <message>
        <source>Why is the claim returned? The claimant sees this reason.</source>
        <translation>退回报销单的原因？报销人会看到此原因。</translation>
    </message>
    <message>
        <source>Approve over the budget</source>
        <translation>超预算审批</translation>
    </message>
    <message>
        <source>Give the reason for approving this claim over the budget (recorded in the audit log):</source>
        <translation>请说明超预算批准本报销单的理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ClaimLinesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation>发票代码</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>报销标准</translation>
    </message>
    <message>
        <source>Line %1: enter the amount.</source>
        <translation>第 %1 行：请填写金额。</translation>
    </message>
    <message>
        <source>Line %1: choose an expense category.</source>
        <translation>第 %1 行：请选择费用类别。</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ClaimsFeature</name>
    <message>
        <source>Claims</source>
        <translation>费用报销</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>My claims</source>
        <translation>我的报销单</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>全部报销单</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>新建报销单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>确认付款</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>作废报销单</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Number, purpose or claimant</source>
        <translation>单号、事由或报销人</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Any claimant</source>
        <translation>全部报销人</translation>
    </message>
    <message numerus="yes">
        <source>To approve: %n claim(s), %1</source>
        <translation>
            <numerusform>待审批：%n 张，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To pay: %n claim(s), %1</source>
        <translation>
            <numerusform>待付款：%n 张，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims match the filters.</source>
        <translation>没有符合筛选条件的报销单。</translation>
    </message>
    <message>
        <source>You have no claims yet.
Press Ctrl+N to start a reimbursement claim.</source>
        <translation>您还没有报销单。
按 Ctrl+N 新建费用报销单。</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. 👍</source>
        <translation>没有待您审批的报销单。👍</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>还没有报销单。</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>%1 rows · spend %2 · committed %3</source>
        <translation>%1 行 · 支出 %2 · 已占用 %3</translation>
    </message>
    <message>
        <source>Nothing was spent here.</source>
        <translation>此处没有支出。</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Claim line</source>
        <translation>报销明细</translation>
    </message>
    <message>
        <source>Direct expense</source>
        <translation>直接费用</translation>
    </message>
    <message>
        <source> (committed)</source>
        <translation>（已占用）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Claimant / payee</source>
        <translation>报销人 / 收款方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Record a direct expense</source>
        <translation>登记直接费用</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>费用类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>收款方(&amp;P)：</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>10 or 12 digits; empty for an all-electronic invoice</source>
        <translation>10 位或 12 位；全电发票留空</translation>
    </message>
    <message>
        <source>Invoice &amp;code:</source>
        <translation>发票代码(&amp;C)：</translation>
    </message>
    <message>
        <source>8 digits, or the 20-digit all-electronic number</source>
        <translation>8 位，或 20 位全电发票号码</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ExpensesPanel</name>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Record expense…</source>
        <translation>登记费用…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reversal of #%1: </source>
        <translation>冲销 #%1：</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已冲销）</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>%1 entries, net %2</source>
        <translation>共 %1 笔，净额 %2</translation>
    </message>
    <message>
        <source>No direct expenses in this period. Finance records spending that does not come through a claim here (Ctrl+N).</source>
        <translation>本期没有直接费用。不经报销单的支出由财务在此登记（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Reverse the expense</source>
        <translation>冲销费用</translation>
    </message>
    <message>
        <source>A reversing entry of %1 is booked; the original stays. Why?</source>
        <translation>将登记一笔 %1 的冲销分录，原记录保留。冲销原因？</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Spread evenly…</source>
        <translation>平均分摊…</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>What the plan is based on (annual marketing plan, enrolment targets…)</source>
        <translation>编制依据（年度营销计划、招生目标等）</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>Amounts in yuan. Type into a cell, paste a block copied from Excel (Ctrl+V) at the selected cell, or spread a yearly amount evenly over the months.</source>
        <translation>金额单位为元。可直接在单元格中输入，在选中的单元格粘贴从 Excel 复制的区域（Ctrl+V），或将全年金额平均分摊到各月。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>预算计划有未保存的修改，先保存吗？</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>尚无预算计划</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>%1 于 %2 批准</translation>
    </message>
    <message>
        <source>Returned by finance: %1</source>
        <translation>财务退回：%1</translation>
    </message>
    <message>
        <source>Spread evenly</source>
        <translation>平均分摊</translation>
    </message>
    <message>
        <source>Select a category row first.</source>
        <translation>请先选择一个费用类别行。</translation>
    </message>
    <message>
        <source>Yearly amount for %1, spread over the twelve months:</source>
        <translation>%1 的全年金额，平均分摊到十二个月：</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>批准预算计划</translation>
    </message>
    <message>
        <source>Approve the %1 budget plan of %2? It cannot be changed afterwards; changes then go through adjustments.</source>
        <translation>批准 %1 年预算计划（合计 %2）吗？批准后不能再修改，变更需走预算调整。</translation>
    </message>
    <message>
        <source>Return the plan</source>
        <translation>退回预算计划</translation>
    </message>
    <message>
        <source>Why is the plan returned to its editor?</source>
        <translation>退回预算计划的原因？</translation>
    </message>
</context>
<context>
    <name>PlanGridModel</name>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>全年合计</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>预算调整</translation>
    </message>
    <message>
        <source>Effective budget</source>
        <translation>有效预算</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Budget prorated to date: %1</source>
        <translation>按时间进度应使用预算：%1</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Pending</source>
        <comment>adjustment status</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>adjustment status</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>adjustment status</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>An adjustment needs a non-zero amount (negative to reduce the budget).</source>
        <translation>调整金额不能为零（调减请填负数）。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The %d budget plan is not approved yet: change the plan itself instead of requesting an adjustment.</source>
        <translation>%d 年预算计划尚未批准：请直接修改预算计划，无需申请调整。</translation>
    </message>
    <message>
        <source>Unknown action: %s</source>
        <translation>未知操作：%s</translation>
    </message>
    <message>
        <source>This adjustment is %s already.</source>
        <translation>此预算调整已是“%s”状态。</translation>
    </message>
    <message>
        <source>%s in month %d has an effective budget of %s; it cannot be reduced by %s.</source>
        <translation>%s 在 %d 月的有效预算为 %s，不能调减 %s。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A reimbursement limit must be a positive amount (leave it empty for no limit).</source>
        <translation>报销限额必须为正数（不限额请留空）。</translation>
    </message>
    <message>
        <source>The standard note</source>
        <translation>报销标准说明</translation>
    </message>
    <message>
        <source>The category '%s' exists already.</source>
        <translation>费用类别“%s”已存在。</translation>
    </message>
    <message>
        <source>The expense date</source>
        <translation>费用日期</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A reversing entry cannot itself be reversed.</source>
        <translation>冲销分录本身不能再冲销。</translation>
    </message>
    <message>
        <source>This expense was already reversed.</source>
        <translation>此费用已经冲销。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>预算调整</translation>
    </message>
    <message>
        <source>Effective budget</source>
        <translation>有效预算</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Prorated budget</source>
        <translation>时间进度预算</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Budget vs spend</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <source>%d, January to month %d (cumulative)</source>
        <translation>%d年1–%d月（累计）</translation>
    </message>
    <message>
        <source>%d, month %d</source>
        <translation>%d年%d月</translation>
    </message>
    <message>
        <source>As of %s</source>
        <translation>统计截至 %s</translation>
    </message>
    <message>
        <source>There must be at least one month.</source>
        <translation>至少需要一个月。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Row %d, column %d: %s</source>
        <translation>第 %d 行第 %d 列：%s</translation>
    </message>
    <message>
        <source>The invoice code '%s' may contain digits only.</source>
        <translation>发票代码“%s”只能包含数字。</translation>
    </message>
    <message>
        <source>The invoice number '%s' may contain digits only.</source>
        <translation>发票号码“%s”只能包含数字。</translation>
    </message>
    <message>
        <source>The invoice code '%s' must have 10 or 12 digits.</source>
        <translation>发票代码“%s”必须为 10 位或 12 位。</translation>
    </message>
    <message>
        <source>With an invoice code, the invoice number must have 8 digits (got '%s').</source>
        <translation>有发票代码时，发票号码必须为 8 位（当前为“%s”）。</translation>
    </message>
    <message>
        <source>'%s' is not an invoice number: an all-electronic invoice number has 20 digits; a paper invoice also needs its 10- or 12-digit invoice code.</source>
        <translation>“%s”不是有效的发票号码：全电发票号码为 20 位；纸质发票还需填写 10 位或 12 位发票代码。</translation>
    </message>
    <message>
        <source>Invoice %s is already claimed on claim %s.</source>
        <translation>发票 %s 已在报销单 %s 中报销。</translation>
    </message>
    <message>
        <source>Invoice %s is already booked as direct expense #%d of %s.</source>
        <translation>发票 %s 已登记为直接费用 #%d（%s）。</translation>
    </message>
    <message>
        <source>Over budget</source>
        <comment>budget pace</comment>
        <translation>超预算</translation>
    </message>
    <message>
        <source>Ahead of pace</source>
        <comment>budget pace</comment>
        <translation>超进度</translation>
    </message>
    <message>
        <source>On pace</source>
        <comment>budget pace</comment>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>No budget</source>
        <comment>budget pace</comment>
        <translation>无预算</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>plan status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>plan status</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>plan status</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Amounts are whole fen.</source>
        <translation>金额必须为整数分。</translation>
    </message>
    <message>
        <source>A budget amount cannot be negative (month %d).</source>
        <translation>预算金额不能为负数（%d 月）。</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>An expense category no longer exists.</source>
        <translation>某个费用类别已不存在。</translation>
    </message>
    <message>
        <source>A budget plan for %d exists already.</source>
        <translation>%d 年的预算计划已存在。</translation>
    </message>
    <message>
        <source>The %d plan is %s and can no longer be edited; request a budget adjustment instead.</source>
        <translation>%d 年预算计划状态为“%s”，不能再编辑；请申请预算调整。</translation>
    </message>
    <message>
        <source>The %d plan is %s; this cannot be done now.</source>
        <translation>%d 年预算计划状态为“%s”，现在不能进行此操作。</translation>
    </message>
    <message>
        <source>The plan has no amounts to submit.</source>
        <translation>预算计划没有金额，不能提交。</translation>
    </message>
    <message>
        <source>%s: %s%% of the month's budget spent, %s%% of the month gone (%s)</source>
        <translation>%s：本月预算已用 %s%%，本月已过 %s%%（%s）</translation>
    </message>
    <message>
        <source>Budget category ahead of pace</source>
        <translation>费用类别支出超进度</translation>
    </message>
    <message>
        <source>This month's spend share of a category's budget minus the share of the month gone, in points.</source>
        <translation>某费用类别本月预算的使用比例减去本月已过去的时间比例（百分点）。</translation>
    </message>
    <message>
        <source>Budget plan %d to approve</source>
        <translation>%d 年度预算待审批</translation>
    </message>
    <message>
        <source>Total %s</source>
        <translation>合计 %s</translation>
    </message>
    <message>
        <source>Budget adjustment to decide: %s %d-%02d</source>
        <translation>预算调整待审批：%s %d-%02d</translation>
    </message>
    <message>
        <source>Claim %s has no scanned invoices and no paper attachments: check the invoices before approving or paying it.</source>
        <translation>报销单 %s 既没有发票扫描件也没有纸质附单据：审批或付款前请核对发票。</translation>
    </message>
    <message>
        <source>The signature must be a PNG image under 2 MB.</source>
        <translation>签名必须是小于 2 MB 的 PNG 图片。</translation>
    </message>
    <message>
        <source>The override reason</source>
        <translation>超预算理由</translation>
    </message>
    <message>
        <source>The claim %s is deleted.</source>
        <translation>报销单 %s 已删除。</translation>
    </message>
    <message>
        <source>Say why the claim is returned.</source>
        <translation>请说明退回原因。</translation>
    </message>
    <message>
        <source>confirmed warnings:</source>
        <translation>已确认的警告：</translation>
    </message>
    <message>
        <source>The claim has no lines.</source>
        <translation>报销单没有明细。</translation>
    </message>
    <message>
        <source>Line %d has no invoice: enter the invoice code and number, or the 20-digit all-electronic invoice number.</source>
        <translation>第 %d 行没有发票：请填写发票代码和发票号码，或 20 位全电发票号码。</translation>
    </message>
    <message>
        <source>The claim is over the budget and approving it needs the budget override permission. Ask for a budget adjustment or an administrator. %s</source>
        <translation>报销单超出预算，批准需要超预算审批权限。请申请预算调整或联系系统管理员。%s</translation>
    </message>
    <message>
        <source>The claim is over the budget: give a reason for approving it anyway. %s</source>
        <translation>报销单超出预算：请填写仍予批准的理由。%s</translation>
    </message>
    <message>
        <source>'%s' is not a scanned invoice: attach a PDF or an image (PNG, JPEG, GIF, BMP, TIFF, WebP).</source>
        <translation>“%s”不是发票扫描件：请附 PDF 或图片（PNG、JPEG、GIF、BMP、TIFF、WebP）。</translation>
    </message>
    <message>
        <source>over the %s limit of %s per line</source>
        <translation>超过%s每笔 %s 的标准</translation>
    </message>
    <message>
        <source>%s on this claim total %s, over the limit of %s per claim</source>
        <translation>本单%s合计 %s，超过每单 %s 的标准</translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>第 %s 行：%s</translation>
    </message>
    <message>
        <source>lines %s: %s</source>
        <translation>第 %s 行：%s</translation>
    </message>
    <message>
        <source>Over the reimbursement standard: %s.</source>
        <translation>超出报销标准：%s。</translation>
    </message>
    <message>
        <source>Line %d: the expense of %s is older than %d days (the office's limit for claiming an expense).</source>
        <translation>第 %d 行：%s 的费用已超过 %d 天（本单位规定的报销期限）。</translation>
    </message>
    <message>
        <source>Line %d: claim %s already has %s of %s on %s. Is this the same expense?</source>
        <translation>第 %d 行：报销单 %s 已有 %s %s（%s）。是否为同一笔费用？</translation>
    </message>
    <message>
        <source>%d has no approved budget: this claim's %s dated in %d is outside any budget.</source>
        <translation>%d 年没有已批准的预算：本单 %s 的费用发生在 %d 年，不在任何预算之内。</translation>
    </message>
    <message>
        <source>%s, %d-%02d: this claim %s exceeds the remaining budget %s by %s (effective budget %s, spent %s, committed %s).</source>
        <translation>%s，%d-%02d：本单 %s 超出剩余预算 %s，超支 %s（有效预算 %s，已支出 %s，已占用 %s）。</translation>
    </message>
    <message>
        <source>The number of paper attachments must be between 0 and %d.</source>
        <translation>附单据张数须在 0 到 %d 之间。</translation>
    </message>
    <message>
        <source>A claim has at most %d lines.</source>
        <translation>一张报销单最多 %d 行明细。</translation>
    </message>
    <message>
        <source>the expense date %s is in the future.</source>
        <translation>费用日期 %s 是未来的日期，不能报销。</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Line %d: %s</source>
        <translation>第 %d 行：%s</translation>
    </message>
    <message>
        <source>Line %d: the invoice is the same as on line %d.</source>
        <translation>第 %d 行：发票与第 %d 行重复。</translation>
    </message>
    <message>
        <source>The claim totals %s, over the limit of %s per claim.</source>
        <translation>报销单合计 %s，超过每张报销单的上限 %s。</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>报销单已不存在。</translation>
    </message>
    <message>
        <source>A claim needs a user account as claimant.</source>
        <translation>报销人必须是系统用户。</translation>
    </message>
    <message>
        <source>Only a draft or cancelled claim can be deleted.</source>
        <translation>只能删除草稿或已作废的报销单。</translation>
    </message>
    <message>
        <source>The claim is not deleted.</source>
        <translation>报销单未被删除。</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>“%s”已经附上了。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>附件已不存在。</translation>
    </message>
    <message>
        <source>A draft claim is private to its claimant.</source>
        <translation>草稿报销单仅报销人本人可见。</translation>
    </message>
    <message>
        <source>You may only see your own claims.</source>
        <translation>只能查看自己的报销单。</translation>
    </message>
    <message>
        <source>Only the claimant may change this claim.</source>
        <translation>只有报销人本人可以修改此报销单。</translation>
    </message>
    <message>
        <source>Claim %s is %s and can no longer be changed.</source>
        <translation>报销单 %s 状态为“%s”，不能再修改。</translation>
    </message>
    <message>
        <source>Line %d: choose an expense category.</source>
        <translation>第 %d 行：请选择费用类别。</translation>
    </message>
    <message>
        <source>Line %d: the category %s is no longer in use.</source>
        <translation>第 %d 行：费用类别“%s”已停用。</translation>
    </message>
    <message>
        <source>Could not number the claim; please save again.</source>
        <translation>无法为报销单编号，请再保存一次。</translation>
    </message>
    <message>
        <source>Claim %s to pay</source>
        <translation>报销单 %s 待付款</translation>
    </message>
    <message>
        <source>Claim %s to approve</source>
        <translation>报销单 %s 待审批</translation>
    </message>
    <message>
        <source>%d more claims waiting: see the Claims tab</source>
        <translation>另有 %d 张报销单待处理，请到“费用报销”页查看</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>claim status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>claim status</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Department approved</source>
        <comment>claim status</comment>
        <translation>部门已审批</translation>
    </message>
    <message>
        <source>Finance approved</source>
        <comment>claim status</comment>
        <translation>财务已审核</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>claim status</comment>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>claim status</comment>
        <translation>已作废</translation>
    </message>
    <message>
        <source>submit</source>
        <comment>claim action</comment>
        <translation>提交</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>claim action</comment>
        <translation>作废</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>claim action</comment>
        <translation>审批</translation>
    </message>
    <message>
        <source>return</source>
        <comment>claim action</comment>
        <translation>退回</translation>
    </message>
    <message>
        <source>mark as paid</source>
        <comment>claim action</comment>
        <translation>确认付款</translation>
    </message>
    <message>
        <source>Claimant</source>
        <comment>claim step</comment>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Department head</source>
        <comment>claim step</comment>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Finance review</source>
        <comment>claim step</comment>
        <translation>财务审核</translation>
    </message>
    <message>
        <source>Cashier</source>
        <comment>claim step</comment>
        <translation>出纳</translation>
    </message>
    <message>
        <source>A claim that is %s cannot be %s.</source>
        <translation>状态为“%s”的报销单不能%s。</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>claim action past</comment>
        <translation>提交</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>claim action past</comment>
        <translation>作废</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>claim action past</comment>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>claim action past</comment>
        <translation>退回</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>claim action past</comment>
        <translation>付款</translation>
    </message>
    <message>
        <source>Only the claimant may %s this claim.</source>
        <translation>只有报销人本人可以%s此报销单。</translation>
    </message>
    <message>
        <source>You cannot %s your own claim.</source>
        <translation>不能%s自己的报销单。</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member, so it cannot %s a claim: approvals and payments are signed by a person. Ask the administrator to link your account to your staff record.</source>
        <translation>您的账号未关联员工，不能%s报销单：审批和付款须由具体的人签署。请管理员将您的账号关联到您的员工档案。</translation>
    </message>
    <message>
        <source>You already signed the %s step of this claim: the %s step needs another person.</source>
        <translation>您已签署此报销单的“%s”环节，“%s”环节须由另一人办理。</translation>
    </message>
</context>
</TS>
