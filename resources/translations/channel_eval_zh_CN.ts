<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>采集线索</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
</context>
<context>
    <name>ChannelBars</name>
    <message>
        <source>Leads and conversions</source>
        <translation>线索数与成交数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 conversions, cost %4</source>
        <translation>%1：线索 %2 条，成交 %3 个，费用 %4</translation>
    </message>
</context>
<context>
    <name>ChannelChart</name>
    <message>
        <source>attribution: %1</source>
        <translation>归因模型：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDrillDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>本期报名金额</translation>
    </message>
    <message>
        <source>%1 customers, counting %2 for this channel</source>
        <translation>%1 位客户，计入本渠道 %2</translation>
    </message>
    <message>
        <source>the newest %1 are listed</source>
        <translation>仅列出最新的 %1 位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Claimant or payee</source>
        <translation>报销人或收款方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>报销单 %1</translation>
    </message>
    <message>
        <source>direct expense %1</source>
        <translation>直接费用 %1</translation>
    </message>
    <message>
        <source>%1 cost records, %2 in all</source>
        <translation>%1 条费用记录，合计 %2</translation>
    </message>
    <message>
        <source>No cost is recorded for this channel in the period.</source>
        <translation>本期该渠道没有费用记录。</translation>
    </message>
</context>
<context>
    <name>ChannelEvalFeature</name>
    <message>
        <source>Channel evaluation</source>
        <translation>渠道评估</translation>
    </message>
</context>
<context>
    <name>ChannelEvalTab</name>
    <message>
        <source>  Attribution:</source>
        <translation>  归因模型：</translation>
    </message>
    <message>
        <source>Show records…</source>
        <translation>查看明细…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Double-click a figure to see the customers or cost records behind it. “—”: not computable (nothing to divide by).</source>
        <translation>双击数字可查看其背后的客户或费用记录。“—”表示无法计算（分母为零）。</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>按活动</translation>
    </message>
    <message>
        <source>By activity (%1)</source>
        <translation>按活动（%1）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>分析结论</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>本期没有值得注意的变化。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Export the channel report</source>
        <translation>导出渠道报告</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Channel report as PDF</source>
        <translation>渠道报告 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>图片无法编码为 PNG</translation>
    </message>
</context>
<context>
    <name>CostScatter</name>
    <message>
        <source>Cost against conversions</source>
        <translation>费用与成交数</translation>
    </message>
    <message>
        <source>%1: cost %2, %3 conversions, CPA %4</source>
        <translation>%1：费用 %2，成交 %3 个，获客成本 %4</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>Funnel: lead → trial → enrolled</source>
        <translation>转化漏斗：线索 → 试听 → 报名</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>已试听</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>of leads</source>
        <translation>占线索</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>Leads vs previous period</source>
        <translation>线索数较上一周期</translation>
    </message>
    <message>
        <source>Leads year on year</source>
        <translation>线索数同比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>MonthlyTrend</name>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <source>Monthly trend (the six largest channels)</source>
        <translation>月度趋势（前六个渠道）</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>RoiRanking</name>
    <message>
        <source>ROI ranking</source>
        <translation>投资回报率排名</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>投资回报率 (%)</translation>
    </message>
    <message>
        <source>%1: ROI %2 (revenue %3, cost %4)</source>
        <translation>%1：投资回报率 %2（收入 %3，费用 %4）</translation>
    </message>
</context>
<context>
    <name>channel_eval</name>
    <message>
        <source>Channel report %s, attribution: %s</source>
        <translation>渠道报告 %s，归因模型：%s</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>分析结论</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activities starting in %s</source>
        <translation>%s 开始的活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>%s: cost per lead up %d months running (%s → %s)</source>
        <translation>%s：单条线索成本连续%d个月上升（%s → %s）</translation>
    </message>
    <message>
        <source>%s: cost per lead down %d months running (%s → %s)</source>
        <translation>%s：单条线索成本连续%d个月下降（%s → %s）</translation>
    </message>
    <message>
        <source>%s: best ROI in this period (%s)</source>
        <translation>%s：本期投资回报率最高（%s）</translation>
    </message>
    <message>
        <source>%s: spent %s, brought in %s (ROI %s)</source>
        <translation>%s：投入 %s，带来收入 %s（投资回报率 %s）</translation>
    </message>
    <message>
        <source>%s: no cost recorded; ROI not computable</source>
        <translation>%s：未记录费用，无法计算投资回报率</translation>
    </message>
    <message>
        <source>%s: %s spent, no leads registered</source>
        <translation>%s：投入 %s，没有登记线索</translation>
    </message>
    <message>
        <source>%s: leads up %s%% on the previous period (%s → %s)</source>
        <translation>%s：线索比上一周期增加 %s%%（%s → %s）</translation>
    </message>
    <message>
        <source>%s: leads down %s%% on the previous period (%s → %s)</source>
        <translation>%s：线索比上一周期减少 %s%%（%s → %s）</translation>
    </message>
    <message>
        <source>Leads and conversions by channel</source>
        <translation>各渠道线索数与成交数</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Monthly trend: leads and conversions</source>
        <translation>月度趋势：线索数与成交数</translation>
    </message>
    <message>
        <source>Funnel: lead → trial → enrolled</source>
        <translation>转化漏斗：线索 → 试听 → 报名</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>已试听</translation>
    </message>
    <message>
        <source>ROI ranking</source>
        <translation>投资回报率排名</translation>
    </message>
    <message>
        <source>Channel evaluation</source>
        <translation>渠道评估</translation>
    </message>
    <message>
        <source>%s, attribution: %s</source>
        <translation>%s，归因模型：%s</translation>
    </message>
    <message>
        <source>page %d, printed %s</source>
        <translation>第 %d 页，打印时间 %s</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>本期没有值得注意的变化。</translation>
    </message>
    <message>
        <source>The period ends (%s) before it starts (%s).</source>
        <translation>结束日期（%s）早于开始日期（%s）。</translation>
    </message>
    <message>
        <source>'%s' is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%s”不是日期：请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>(no source channel)</source>
        <translation>(未标注来源渠道)</translation>
    </message>
    <message>
        <source>%s: cost per lead %s this month against %s in the previous %d months</source>
        <translation>%s：本月单条线索成本 %s，对比 %s（前 %d 个月）</translation>
    </message>
    <message>
        <source>Channel cost per lead jumps</source>
        <translation>渠道线索成本骤增</translation>
    </message>
    <message>
        <source>This month's cost per lead of a channel against its cost per lead over the previous months, in per cent.</source>
        <translation>渠道本月单条线索成本相对前几个月单条线索成本的涨幅（百分比）。</translation>
    </message>
    <message>
        <source>Unknown attribution model '%s': use first, last or linear.</source>
        <translation>未知的归因模型“%s”：请使用 first、last 或 linear。</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>首次触点</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>末次触点</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试听数</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
</context>
</TS>
