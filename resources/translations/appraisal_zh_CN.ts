<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppraisalFeature</name>
    <message>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
</context>
<context>
    <name>AppraisalTab</name>
    <message>
        <source>Run:</source>
        <translation>考核：</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>新建考核(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;targets…</source>
        <translation>导入目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation>考核模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Person &amp;PDF…</source>
        <translation>个人考核表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Summary PDF…</source>
        <translation>汇总表 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx…</source>
        <translation>导出 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认结果(&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;bject…</source>
        <translation>提出异议(&amp;B)…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>奖金系数</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>行为积分</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation>口头警告</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Double-click a score to see the records behind it; a manual score to enter it.</source>
        <translation>双击得分可查看其依据的记录；双击手工指标可录入评分。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>指标得分</translation>
    </message>
    <message>
        <source>Grades and honours</source>
        <translation>等级与评优</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>entered by a manager</source>
        <translation>经理评分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>manual score 0-100</source>
        <translation>手工评分 0–100</translation>
    </message>
    <message>
        <source>KPI library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>No appraisal run yet. A run is made early in the next month.</source>
        <translation>还没有绩效考核。考核在次月初进行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 run %2: %3, %n people</source>
        <translation>
            <numerusform>%1考核 %2：%3，共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>draft (recomputable)</source>
        <translation>草稿（可重新计算）</translation>
    </message>
    <message>
        <source>finalized by %1 on %2</source>
        <translation>%1 于 %2 定稿</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>重新打开原因：%1</translation>
    </message>
    <message>
        <source>Verbal warning:</source>
        <translation>口头警告：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Outstanding staff candidates:</source>
        <translation>优秀营销员工候选：</translation>
    </message>
    <message>
        <source>Best team candidate:</source>
        <translation>最佳团队候选：</translation>
    </message>
    <message>
        <source>total %1, grade %2, coefficient %3</source>
        <translation>总分 %1，等级 %2，系数 %3</translation>
    </message>
    <message>
        <source>left out of the total: %1</source>
        <translation>未计入总分：%1</translation>
    </message>
    <message>
        <source>annual mean of the months %1</source>
        <translation>年度总分为以下月份的平均：%1</translation>
    </message>
    <message>
        <source>objection: %1</source>
        <translation>异议：%1</translation>
    </message>
    <message>
        <source>Conduct points %1: show the records</source>
        <translation>行为积分 %1：查看记录</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Computing the appraisal %1…</source>
        <translation>正在计算绩效考核 %1…</translation>
    </message>
    <message>
        <source>Appraisal run</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>New appraisal run</source>
        <translation>新建绩效考核</translation>
    </message>
    <message>
        <source>Period (a month 2026-10, a quarter 2026-Q3 or a year 2026):</source>
        <translation>考核期间（月份 2026-10、季度 2026-Q3 或年份 2026）：</translation>
    </message>
    <message>
        <source>Reopen the run</source>
        <translation>重新打开考核</translation>
    </message>
    <message>
        <source>Why is the finalized run %1 reopened? The reason is kept in the audit log.</source>
        <translation>为什么要重新打开已定稿的考核 %1？原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Object to the result</source>
        <translation>对结果提出异议</translation>
    </message>
    <message>
        <source>What do you object to?</source>
        <translation>您对哪些内容有异议？</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Targets imported. Recompute a draft run to use them; finalized runs do not change.</source>
        <translation>目标已导入。重新计算草稿考核即可使用；已定稿的考核不变。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Score (0-100):</source>
        <translation>评分（0–100）：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Appraisal targets</source>
        <translation>考核目标</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026</source>
        <translation>2026-10、2026-Q3 或 2026</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Empty cell: no target (the KPI is left out of that person's total).</source>
        <translation>空白单元格：未设目标（该指标不计入此人的总分）。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Appraisal templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>empty: every other position of the department</source>
        <translation>留空：本部门其他所有岗位</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Total %1 (must be 100)</source>
        <translation>合计 %1（须为 100）</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>Conduct points</source>
        <translation>行为积分</translation>
    </message>
    <message>
        <source>Records behind %1 — %2</source>
        <translation>%1 的依据记录 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>figure in the run: %1</source>
        <translation>考核中的数值：%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>试听课</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Claim line</source>
        <translation>报销明细</translation>
    </message>
    <message>
        <source>Direct expense</source>
        <translation>直接费用</translation>
    </message>
    <message>
        <source>Conduct record</source>
        <translation>行为记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Monthly totals of %1</source>
        <translation>%1 的月度总分</translation>
    </message>
</context>
<context>
    <name>appraisal</name>
    <message>
        <source>KPI</source>
        <comment>audit record</comment>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>appraisal template</source>
        <comment>audit record</comment>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>template KPI</source>
        <comment>audit record</comment>
        <translation>模板指标</translation>
    </message>
    <message>
        <source>KPI target</source>
        <comment>audit record</comment>
        <translation>考核目标</translation>
    </message>
    <message>
        <source>appraisal run</source>
        <comment>audit record</comment>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>appraisal result</source>
        <comment>audit record</comment>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>KPI score</source>
        <comment>audit record</comment>
        <translation>指标得分</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>missing: %s</source>
        <translation>缺少：%s</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Customers created in the period whose owner is the person (not deleted).</source>
        <translation>本期新建、归属本人的客户（不含已删除）。</translation>
    </message>
    <message>
        <source>All new leads created in the period, whoever owns them (not deleted).</source>
        <translation>本期新建的全部线索，不论归属（不含已删除）。</translation>
    </message>
    <message>
        <source>Of the customers the person followed up in the period, the share whose school, grade, channel and a phone are filled in (%).</source>
        <translation>本人本期回访过的客户中，学校、年级、渠道和电话均已填写的比例（%）。</translation>
    </message>
    <message>
        <source>Enrollments in the period whose owner is the person.</source>
        <translation>本期归属本人的报名笔数。</translation>
    </message>
    <message>
        <source>Sum of amount less discount of the person's enrollments (yuan).</source>
        <translation>本人报名金额减优惠后的合计（元）。</translation>
    </message>
    <message>
        <source>Trial classes in the period with the person, marked attended.</source>
        <translation>本期由本人跟进且已到课的试听课。</translation>
    </message>
    <message>
        <source>The person's finance-approved or paid claim lines dated in the period, as % of the person's enrollment amounts.</source>
        <translation>本人本期费用日期在内、财务已审核或已付款的报销明细，占本人报名金额的百分比。</translation>
    </message>
    <message>
        <source>Spend (approved and paid claim lines, direct expenses) as % of the effective budget of the period's months.</source>
        <translation>实际支出（已审核和已付款的报销明细、直接费用）占本期各月有效预算的百分比。</translation>
    </message>
    <message>
        <source>Of the person's follow-ups due in the period, the share done (%).</source>
        <translation>本人本期应回访中已完成的比例（%）。</translation>
    </message>
    <message>
        <source>Mean satisfaction (1-5) of the person's follow-ups done in the period.</source>
        <translation>本人本期已完成回访的平均满意度（1–5）。</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Of the complaints received in the period and handled by the person, the share answered by the response deadline (%).</source>
        <translation>本期受理、由本人处理的投诉中，在响应时限内答复的比例（%）。</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Of the complaints received in the period and handled by the person, the share resolved or closed (%).</source>
        <translation>本期受理、由本人处理的投诉中，已解决或已关闭的比例（%）。</translation>
    </message>
    <message>
        <source>'%s' is not a period: write a month 2026-10, a quarter 2026-Q3 or a year 2026.</source>
        <translation>“%s”不是考核期间：请写月份 2026-10、季度 2026-Q3 或年份 2026。</translation>
    </message>
    <message>
        <source>'%s': the month must be 1 to 12.</source>
        <translation>“%s”：月份须为 1 到 12。</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>below the warning line: verbal warning (口头警告)</source>
        <translation>低于警戒线：口头警告</translation>
    </message>
    <message>
        <source>left out (no target or no score): %s</source>
        <translation>未计入（无目标或未评分）：%s</translation>
    </message>
    <message>
        <source>annual mean of the months %s</source>
        <translation>年度总分为以下月份的平均：%s</translation>
    </message>
    <message>
        <source>objection: %s</source>
        <translation>异议：%s</translation>
    </message>
    <message>
        <source>Appraisal %s (%s), %d people</source>
        <translation>绩效考核 %s（%s），共 %d 人</translation>
    </message>
    <message>
        <source>%s (%s): total %s, grade %s, coefficient %s, conduct points %s</source>
        <translation>%s（%s）：总分 %s，等级 %s，系数 %s，行为积分 %s</translation>
    </message>
    <message>
        <source>%s [%s]: actual %s, target %s, score %s, weight %d</source>
        <translation>%s [%s]：实际 %s，目标 %s，得分 %s，权重 %d</translation>
    </message>
    <message>
        <source>%s, %s: projected score %s by the month's end (target %s)</source>
        <translation>%s，%s：按目前进度月底预计得分 %s（目标 %s）</translation>
    </message>
    <message>
        <source>KPI heading below the warning line</source>
        <translation>考核指标预计低于警戒线</translation>
    </message>
    <message>
        <source>An auto KPI's month-to-date figure projected to the month's end, scored against the target, below the appraisal warning line.</source>
        <translation>自动考核指标本月至今的实际值按进度推算到月底，对照目标计分，低于考核警戒线。</translation>
    </message>
    <message>
        <source>Each weight must be a whole number above 0.</source>
        <translation>每项权重须为大于 0 的整数。</translation>
    </message>
    <message>
        <source>The weights total %d; they must total 100.</source>
        <translation>权重合计为 %d，须合计 100。</translation>
    </message>
    <message>
        <source>No such staff member or KPI (#%s, #%s).</source>
        <translation>没有这个员工或考核指标（#%s，#%s）。</translation>
    </message>
    <message>
        <source>%d target(s) set</source>
        <translation>已设置 %d 项目标</translation>
    </message>
    <message>
        <source>The run %s is finalized; the administrator must reopen it first.</source>
        <translation>考核 %s 已定稿；须由系统管理员先重新打开。</translation>
    </message>
    <message>
        <source>Appraisal %s computed for %d people</source>
        <translation>绩效考核 %s 已为 %d 人计算</translation>
    </message>
    <message>
        <source>A manual score must be from 0 to 100.</source>
        <translation>手工评分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>This KPI is not scored by hand for this person.</source>
        <translation>该指标对此人不是手工评分。</translation>
    </message>
    <message>
        <source>Compute the run before finalizing it.</source>
        <translation>请先计算考核再定稿。</translation>
    </message>
    <message>
        <source>Give the reason for reopening the run.</source>
        <translation>请填写重新打开考核的原因。</translation>
    </message>
    <message>
        <source>Only a finalized run can be reopened.</source>
        <translation>只有已定稿的考核才能重新打开。</translation>
    </message>
    <message>
        <source>Only the person appraised can acknowledge a result.</source>
        <translation>只有被考核人本人可以确认结果。</translation>
    </message>
    <message>
        <source>A result can be acknowledged once the run is finalized.</source>
        <translation>考核定稿后才能确认结果。</translation>
    </message>
    <message>
        <source>The appraisal run no longer exists.</source>
        <translation>该考核已不存在。</translation>
    </message>
    <message>
        <source>This appraisal result belongs to another department.</source>
        <translation>该考核结果属于其他部门。</translation>
    </message>
    <message>
        <source>This person has no result in the run.</source>
        <translation>此人在该考核中没有结果。</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>无法读取 %s：%s</translation>
    </message>
    <message>
        <source>No header row with the columns 员工, 指标, 期间 and 目标 was found.</source>
        <translation>未找到包含“员工、指标、期间、目标”各列的表头行。</translation>
    </message>
    <message>
        <source>Row %d: no staff member named '%s'.</source>
        <translation>第 %d 行：没有名为“%s”的员工。</translation>
    </message>
    <message>
        <source>Row %d: no KPI named '%s'.</source>
        <translation>第 %d 行：没有名为“%s”的考核指标。</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>第 %d 行：%s</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>rating 1-5</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>'%s' is not a number.</source>
        <translation>“%s”不是数字。</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more.</source>
        <translation>请输入不小于 0 的数字。</translation>
    </message>
    <message>
        <source>A money target must be a whole number of fen.</source>
        <translation>金额目标必须是整数（分）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>A target must be 0 or more.</source>
        <translation>目标值不能为负数。</translation>
    </message>
</context>
</TS>
