<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CalendarFeature</name>
    <message>
        <source>Calendar</source>
        <translation>活动日历</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Holidays and terms…</source>
        <translation>节假日与学期…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>活动：%1 项</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>冲突：%1 项</translation>
    </message>
    <message>
        <source>Move an approved activity</source>
        <translation>移动已批准的活动</translation>
    </message>
    <message>
        <source>“%s” is approved. Moving it sends it back for approval. Move it?</source>
        <translation>“%s”已批准。移动后需要重新审批。确定移动吗？</translation>
    </message>
    <message>
        <source>Print the calendar to PDF</source>
        <translation>将日历打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printed %s by %s</source>
        <translation>%s 由 %s 打印</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%s (work)</source>
        <translation>%s（补班）</translation>
    </message>
    <message>
        <source>+%d more</source>
        <translation>还有 %d 项</translation>
    </message>
    <message>
        <source>No activities this month.</source>
        <translation>本月没有活动。</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Owner %s is booked twice: %s</source>
        <translation>负责人 %s 时间冲突：%s</translation>
    </message>
    <message>
        <source>Venue %s is booked twice: %s</source>
        <translation>场地 %s 时间冲突：%s</translation>
    </message>
    <message>
        <source>Another activity at %s that day: %s</source>
        <translation>同一天在 %s 还有活动：%s</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Row %1: '%2' is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行：“%2”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Holidays and school terms</source>
        <translation>节假日与学期</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>School terms</source>
        <translation>学期与假期</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Save the year</source>
        <translation>保存本年安排</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day (swapped)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>Days off and swapped working days as in the State Council's notice.</source>
        <translation>放假及调休上班日期依国务院办公厅通知录入。</translation>
    </message>
    <message>
        <source>Only the statutory holidays are entered for this year. When the State Council publishes the year's arrangement, add its bridging days off and the weekend days that are worked.</source>
        <translation>本年仅录入了法定节假日。国务院办公厅公布本年放假安排后，请补充调休放假日和周末上班日。</translation>
    </message>
    <message>
        <source>No holidays are entered for this year yet.</source>
        <translation>本年尚未录入节假日。</translation>
    </message>
    <message>
        <source>Terms and vacations of the local schools (both dates included).</source>
        <translation>本地学校的学期与假期（含起止两日）。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加学期</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除学期</translation>
    </message>
    <message>
        <source>Save terms</source>
        <translation>保存学期</translation>
    </message>
</context>
<context>
    <name>RescheduleController</name>
    <message>
        <source>Resize %s</source>
        <translation>调整“%s”的时长</translation>
    </message>
    <message>
        <source>Move %s</source>
        <translation>移动“%s”</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>holiday or working day</source>
        <comment>audit record</comment>
        <translation>节假日/调休</translation>
    </message>
    <message>
        <source>school term</source>
        <comment>audit record</comment>
        <translation>学期</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Campus booth</source>
        <translation>校园摆摊</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Ad placement</source>
        <translation>广告投放</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Partner event</source>
        <translation>合作活动</translation>
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
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%s (work)</source>
        <translation>%s（补班）</translation>
    </message>
    <message>
        <source>+%d more</source>
        <translation>还有 %d 项</translation>
    </message>
    <message>
        <source>%s is not in the year %d.</source>
        <translation>%s 不在 %d 年内。</translation>
    </message>
    <message>
        <source>%s is listed twice.</source>
        <translation>%s 重复列出。</translation>
    </message>
    <message>
        <source>'%s' is not a kind of day.</source>
        <translation>“%s”不是有效的日期类型。</translation>
    </message>
    <message>
        <source>The holiday's name</source>
        <translation>节假日名称</translation>
    </message>
    <message>
        <source>The term's name</source>
        <translation>学期名称</translation>
    </message>
    <message>
        <source>'%s' is not a kind of term.</source>
        <translation>“%s”不是有效的学期类型。</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>学期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A term or vacation lasts at most a year.</source>
        <translation>学期或假期最长一年。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Campaign calendar %s – %s</source>
        <translation>活动日历 %s – %s</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
</context>
</TS>
