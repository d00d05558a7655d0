<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New plan or report</source>
        <translation>新建计划或总结</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Report (summary)</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>My department's</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Year (department)</source>
        <translation>年度（部门）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>填写对象：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
</context>
<context>
    <name>WorklogsFeature</name>
    <message>
        <source>Plans and reports</source>
        <translation>工作计划</translation>
    </message>
</context>
<context>
    <name>WorklogsTab</name>
    <message>
        <source>Plans and reports</source>
        <translation>工作计划与总结</translation>
    </message>
    <message>
        <source>Daily sales log</source>
        <translation>销售日志</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>退回(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>填写对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>From MarketDesk's data</source>
        <translation>系统数据</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>工作目标与措施</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>到课试听</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Enrolled amount</source>
        <translation>报名金额</translation>
    </message>
    <message>
        <source>Spend (approved claims)</source>
        <translation>费用（已审批报销）</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>日志天数</translation>
    </message>
    <message>
        <source>Calls (logged)</source>
        <translation>电话（日志）</translation>
    </message>
    <message>
        <source>WeChat (logged)</source>
        <translation>微信（日志）</translation>
    </message>
    <message>
        <source>Visits (logged)</source>
        <translation>拜访（日志）</translation>
    </message>
    <message>
        <source>Choose a plan or report, or start one with New.</source>
        <translation>请选择一份计划或总结，或点“新建”开始填写。</translation>
    </message>
    <message>
        <source>Summary of the work</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>As submitted.</source>
        <translation>提交时的数据。</translation>
    </message>
    <message>
        <source>As the data stands now; fixed when submitted.</source>
        <translation>当前数据；提交时固定。</translation>
    </message>
    <message>
        <source>Returned by %s: %s</source>
        <translation>%s 已退回：%s</translation>
    </message>
    <message>
        <source>Approved by %s</source>
        <translation>%s 已批准</translation>
    </message>
    <message>
        <source>Return to the author</source>
        <translation>退回填写人</translation>
    </message>
    <message>
        <source>What should the author change? They see your reason.</source>
        <translation>填写人需要修改什么？对方会看到退回原因。</translation>
    </message>
    <message>
        <source>Save the plan or report</source>
        <translation>保存计划或总结</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Fill from the day's records</source>
        <translation>按当天记录填写(&amp;F)</translation>
    </message>
    <message>
        <source>Save &amp;log</source>
        <translation>保存日志(&amp;L)</translation>
    </message>
    <message>
        <source>My log of the day</source>
        <translation>我的当日日志</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>WeChat contacts:</source>
        <translation>微信联系：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>拜访：</translation>
    </message>
    <message>
        <source>Whom you contacted and what came of it</source>
        <translation>联系了谁，结果如何</translation>
    </message>
    <message>
        <source>Problems, ideas, what tomorrow needs</source>
        <translation>问题、想法、明天要做的事</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>成果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试听</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到课</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Calls (log)</source>
        <translation>电话（日志）</translation>
    </message>
    <message>
        <source>Visits (log)</source>
        <translation>拜访（日志）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已填</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>The team's day</source>
        <translation>团队当日情况</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>您的账号未关联员工。</translation>
    </message>
    <message>
        <source>Recorded that day: %d follow-ups (phone %d, WeChat %d, visit %d), %d trials attended, %d no-shows, %d enrollments (%s).</source>
        <translation>当天记录：跟进 %d 次（电话 %d，微信 %d，拜访 %d），到课试听 %d 人次，未到课 %d 人次，报名 %d 人（%s）。</translation>
    </message>
    <message>
        <source>%d waiting for your decision</source>
        <translation>%d 份待您审批</translation>
    </message>
    <message>
        <source>Overdue: %s</source>
        <translation>已逾期：%s</translation>
    </message>
    <message>
        <source>Due by %s: %s</source>
        <translation>%s 前应交：%s</translation>
    </message>
</context>
<context>
    <name>worklogs</name>
    <message>
        <source>work plan or report</source>
        <comment>audit record</comment>
        <translation>工作计划/总结</translation>
    </message>
    <message>
        <source>daily sales log</source>
        <comment>audit record</comment>
        <translation>销售日志</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度工作计划</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <source>Department monthly plan</source>
        <translation>部门月度计划</translation>
    </message>
    <message>
        <source>Department monthly report</source>
        <translation>部门月度总结</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月度工作计划</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度工作总结</translation>
    </message>
    <message>
        <source>Only its author can write a personal plan or report.</source>
        <translation>个人计划或总结只能由本人填写。</translation>
    </message>
    <message>
        <source>You may only write your own department's plans and reports.</source>
        <translation>您只能填写本部门的计划和总结。</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>文字过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>Choose a plan or a report.</source>
        <translation>请选择工作计划或工作总结。</translation>
    </message>
    <message>
        <source>Choose a personal or a department plan.</source>
        <translation>请选择个人或部门。</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>请选择 1 至 12 月。</translation>
    </message>
    <message>
        <source>An annual plan or summary has no month.</source>
        <translation>年度计划或年度总结不分月份。</translation>
    </message>
    <message>
        <source>Annual plans and summaries are the department's.</source>
        <translation>年度计划和年度总结以部门为单位填写。</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>请选择 2000 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>您的账号未关联员工。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>This plan or report exists already; open it instead.</source>
        <translation>该计划或总结已存在，请打开后修改。</translation>
    </message>
    <message>
        <source>Only a draft or a returned plan or report can be changed.</source>
        <translation>只有草稿或被退回的计划、总结可以修改。</translation>
    </message>
    <message>
        <source>This plan or report is submitted already.</source>
        <translation>该计划或总结已提交。</translation>
    </message>
    <message>
        <source>Write the plan or report before submitting it.</source>
        <translation>请先填写计划或总结内容再提交。</translation>
    </message>
    <message>
        <source>A report needs a self-assessment before submitting.</source>
        <translation>工作总结需填写自我评价后才能提交。</translation>
    </message>
    <message>
        <source>Only a submitted plan or report can be decided.</source>
        <translation>只有已提交的计划或总结可以审批。</translation>
    </message>
    <message>
        <source>Give a reason for returning it.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <source>You may not see this person's sales log.</source>
        <translation>您无权查看此人的销售日志。</translation>
    </message>
    <message>
        <source>Give a number from 0 to %d.</source>
        <translation>请填写 0 至 %d 之间的数字。</translation>
    </message>
    <message>
        <source>A sales log cannot be written for a future day.</source>
        <translation>不能为未来的日期填写销售日志。</translation>
    </message>
    <message>
        <source>The log of this day exists already; open it instead.</source>
        <translation>当天的销售日志已存在，请打开后修改。</translation>
    </message>
    <message>
        <source>The log of this day no longer exists.</source>
        <translation>当天的销售日志已不存在。</translation>
    </message>
    <message>
        <source>No such plan or report, or not one you may see.</source>
        <translation>该计划或总结不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>To approve: %s</source>
        <translation>待审批：%s</translation>
    </message>
    <message>
        <source>To write: %s</source>
        <translation>待撰写：%s</translation>
    </message>
    <message>
        <source>Only the author's manager can approve or return this, and never their own.</source>
        <translation>只有填写人的主管可以批准或退回，且不能审批自己的。</translation>
    </message>
</context>
</TS>
