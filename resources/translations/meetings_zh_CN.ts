<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance: %s</source>
        <translation>考勤：%s</translation>
    </message>
    <message>
        <source>Lateness and absence are recorded in conduct records for this meeting.</source>
        <translation>本次会议的迟到和缺席将计入员工行为记录。</translation>
    </message>
    <message>
        <source>This meeting does not record lateness in conduct records.</source>
        <translation>本次会议的迟到不计入员工行为记录。</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>迟到分钟</translation>
    </message>
</context>
<context>
    <name>MeetingsFeature</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Title, agenda, place, decisions</source>
        <translation>会议名称、议程、地点、决议</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>系列：</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>&amp;New notice</source>
        <translation>新建会议通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit notice</source>
        <translation>修改通知(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>考勤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>会议纪要(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>退回(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>分发(&amp;D)</translation>
    </message>
    <message>
        <source>Confirm &amp;read</source>
        <translation>确认已阅(&amp;R)</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>满意度调查(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print minutes...</source>
        <translation>打印会议纪要(&amp;P)...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Double-click an item when it is done.</source>
        <translation>事项完成后双击标记完成。</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%d late, %d absent</source>
        <translation>迟到 %d，缺席 %d</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未召开</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>受邀</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已阅</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>No meetings in this period.</source>
        <translation>本期间没有会议。</translation>
    </message>
    <message>
        <source>Call one with New notice (Ctrl+N).</source>
        <translation>可通过“新建会议通知”（Ctrl+N）召集会议。</translation>
    </message>
    <message>
        <source>My open action items: %d</source>
        <translation>我的未完成待办：%d</translation>
    </message>
    <message>
        <source>%s: %.2f from %d answers</source>
        <translation>%s：%.2f 分（%d 份答卷）</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>（无系列）</translation>
    </message>
    <message>
        <source>Satisfaction by series: %s</source>
        <translation>各会议系列满意度：%s</translation>
    </message>
    <message>
        <source>Host: %s · Recorder: %s · Minutes: %s</source>
        <translation>主持人：%s · 记录人：%s · 会议纪要：%s</translation>
    </message>
    <message>
        <source> %d min</source>
        <translation> %d 分钟</translation>
    </message>
    <message>
        <source>Returned: %s</source>
        <translation>已退回：%s</translation>
    </message>
    <message>
        <source>Signed by %s on %s</source>
        <translation>%s 于 %s 签署</translation>
    </message>
    <message>
        <source>Survey: %.2f from %d answers</source>
        <translation>满意度：%.2f 分（%d 份答卷）</translation>
    </message>
    <message>
        <source>Return the minutes</source>
        <translation>退回会议纪要</translation>
    </message>
    <message>
        <source>What should the recorder change?</source>
        <translation>记录人需要修改什么？</translation>
    </message>
    <message>
        <source>Sign the minutes as the host (主持人). The signature is printed on them.</source>
        <translation>以主持人身份签署会议纪要。签名将打印在纪要上。</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>保存会议纪要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the meetings</source>
        <translation>导出会议列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes: %s</source>
        <translation>会议纪要：%s</translation>
    </message>
    <message>
        <source>Returned by the host: %s</source>
        <translation>主持人退回：%s</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>会议决议：</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>待办事项：</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <source>Save and &amp;submit to the host</source>
        <translation>保存并提交主持人(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>Edit the notice</source>
        <translation>修改会议通知</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Confidential: only the invited see this meeting</source>
        <translation>保密：仅受邀人员可见</translation>
    </message>
    <message>
        <source>Record lateness in conduct records</source>
        <translation>迟到计入员工行为记录</translation>
    </message>
    <message>
        <source>When attendance is saved, each late or absent invitee gets an attendance conduct record (准时到场, as the meeting rules say).</source>
        <translation>保存考勤时，每位迟到或缺席的参会人员都会生成一条考勤行为记录（依会议制度“准时到场”）。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>会议名称：</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>会议系列：</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Invitees:</source>
        <translation>参会人员：</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey: %s</source>
        <translation>满意度调查：%s</translation>
    </message>
    <message>
        <source>How satisfied were you with this meeting?</source>
        <translation>你对本次会议的满意度如何？</translation>
    </message>
    <message>
        <source>1 poor</source>
        <translation>1 很差</translation>
    </message>
    <message>
        <source>3 fair</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>5 excellent</source>
        <translation>5 很好</translation>
    </message>
    <message>
        <source>What should the next meeting do better? (optional)</source>
        <translation>下次会议有哪些需要改进？（选填）</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>meeting</source>
        <comment>audit record</comment>
        <translation>会议</translation>
    </message>
    <message>
        <source>meeting attendance</source>
        <comment>audit record</comment>
        <translation>会议考勤</translation>
    </message>
    <message>
        <source>action item</source>
        <comment>audit record</comment>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>meeting survey answer</source>
        <comment>audit record</comment>
        <translation>会议满意度回答</translation>
    </message>
    <message>
        <source>You may see only your own action items.</source>
        <translation>你只能查看自己的待办事项。</translation>
    </message>
    <message>
        <source>Only the item's owner, the host or the recorder marks it done.</source>
        <translation>只有事项负责人、主持人或记录人可以标记完成。</translation>
    </message>
    <message>
        <source>The minutes are not signed yet.</source>
        <translation>会议纪要尚未签署。</translation>
    </message>
    <message>
        <source>The item is done already.</source>
        <translation>该事项已完成。</translation>
    </message>
    <message>
        <source>The item is open already.</source>
        <translation>该事项本来就未完成。</translation>
    </message>
    <message>
        <source>Give a score from 1 to 5.</source>
        <translation>请给出 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>The comment is too long (at most %d characters).</source>
        <translation>意见太长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>Only the meeting's attendees answer its survey.</source>
        <translation>只有参会人员可以填写本次会议的问卷。</translation>
    </message>
    <message>
        <source>The survey opens when the meeting has taken place.</source>
        <translation>会议召开后才能填写问卷。</translation>
    </message>
    <message>
        <source>The signature must be a PNG image under 2 MB.</source>
        <translation>签名必须是小于 2 MB 的 PNG 图片。</translation>
    </message>
    <message>
        <source>At most %d action items.</source>
        <translation>待办事项最多 %d 条。</translation>
    </message>
    <message>
        <source>Action item %d has no text.</source>
        <translation>第 %d 条待办事项没有内容。</translation>
    </message>
    <message>
        <source>Action item %d is too long.</source>
        <translation>第 %d 条待办事项太长。</translation>
    </message>
    <message>
        <source>The decisions are too long.</source>
        <translation>会议决议太长。</translation>
    </message>
    <message>
        <source>Only the meeting's recorder writes the minutes.</source>
        <translation>只有会议记录人可以编写会议纪要。</translation>
    </message>
    <message>
        <source>Only draft minutes can be changed.</source>
        <translation>只有草稿状态的会议纪要可以修改。</translation>
    </message>
    <message>
        <source>The meeting was cancelled.</source>
        <translation>会议已取消。</translation>
    </message>
    <message>
        <source>The owner of action item %d is not one of the meeting's people.</source>
        <translation>第 %d 条待办事项的负责人不是本次会议的人员。</translation>
    </message>
    <message>
        <source>Action item %d no longer exists.</source>
        <translation>第 %d 条待办事项已不存在。</translation>
    </message>
    <message>
        <source>Say what to change in the minutes.</source>
        <translation>请说明会议纪要需要修改的内容。</translation>
    </message>
    <message>
        <source>Only the meeting's invitees confirm reading the minutes.</source>
        <translation>只有受邀参会人员可以确认阅读会议纪要。</translation>
    </message>
    <message>
        <source>The minutes have not been distributed yet.</source>
        <translation>会议纪要尚未分发。</translation>
    </message>
    <message>
        <source>You confirmed reading these minutes already.</source>
        <translation>你已确认阅读过这份会议纪要。</translation>
    </message>
    <message>
        <source>Only signed minutes can be printed.</source>
        <translation>只有已签署的会议纪要可以打印。</translation>
    </message>
    <message>
        <source>The minutes are %s: this step is not possible now.</source>
        <translation>会议纪要当前为“%s”：现在不能进行此操作。</translation>
    </message>
    <message>
        <source>Only %s takes this step.</source>
        <translation>只有%s可以进行此操作。</translation>
    </message>
    <message>
        <source>Write the decisions or an action item before submitting.</source>
        <translation>提交前请填写会议决议或至少一条待办事项。</translation>
    </message>
    <message>
        <source>The meeting has not taken place yet.</source>
        <translation>会议尚未召开。</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <source>The title is too long (at most %d characters).</source>
        <translation>会议名称太长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>The start time needs a time zone.</source>
        <translation>开始时间需要包含时区。</translation>
    </message>
    <message>
        <source>A meeting lasts 5 minutes to 24 hours.</source>
        <translation>会议时长应在 5 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <source>The agenda is too long.</source>
        <translation>会议议程太长。</translation>
    </message>
    <message>
        <source>Invite at least one person.</source>
        <translation>请至少邀请一人参会。</translation>
    </message>
    <message>
        <source>At most %d people can be invited.</source>
        <translation>最多可邀请 %d 人。</translation>
    </message>
    <message>
        <source>No such meeting, or it is confidential.</source>
        <translation>会议不存在，或为保密会议。</translation>
    </message>
    <message>
        <source>The minutes are signed: the notice can no longer change.</source>
        <translation>会议纪要已签署：会议通知不能再修改。</translation>
    </message>
    <message>
        <source>%s has attendance recorded and cannot be uninvited.</source>
        <translation>%s 已有考勤记录，不能取消邀请。</translation>
    </message>
    <message>
        <source>A meeting with minutes under way cannot be cancelled.</source>
        <translation>会议纪要已在流程中，会议不能取消。</translation>
    </message>
    <message>
        <source>Unknown attendance mark.</source>
        <translation>未知的考勤状态。</translation>
    </message>
    <message>
        <source>Give the minutes late (1 to 600) for each late person.</source>
        <translation>请为每位迟到人员填写迟到分钟数（1 到 600）。</translation>
    </message>
    <message>
        <source>Only an organiser, the host or the recorder records attendance.</source>
        <translation>只有会议组织者、主持人或记录人可以登记考勤。</translation>
    </message>
    <message>
        <source>The meeting has not started yet.</source>
        <translation>会议尚未开始。</translation>
    </message>
    <message>
        <source>Only invitees have attendance.</source>
        <translation>只有受邀人员有考勤。</translation>
    </message>
    <message>
        <source>The lateness of %s is a conduct record already: withdraw that record in the Conduct tab before changing the attendance.</source>
        <translation>%s 的迟到已计入行为记录：请先在“员工行为”页撤销该记录，再修改考勤。</translation>
    </message>
    <message>
        <source>Meeting: %s</source>
        <translation>会议：%s</translation>
    </message>
    <message>
        <source>Some of the people chosen no longer exist.</source>
        <translation>所选人员中有人已不存在。</translation>
    </message>
    <message>
        <source>Minutes to sign: %s</source>
        <translation>会议纪要待签字：%s</translation>
    </message>
    <message>
        <source>Minutes to read and confirm: %s</source>
        <translation>会议纪要待阅读确认：%s</translation>
    </message>
    <message>
        <source>Minutes to write: %s</source>
        <translation>会议纪要待撰写：%s</translation>
    </message>
    <message>
        <source>Returned: %s</source>
        <translation>已退回：%s</translation>
    </message>
    <message>
        <source>From the meeting: %s</source>
        <translation>来自会议：%s</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待主持人签字</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>已分发</translation>
    </message>
    <message>
        <source>the recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>the host or the recorder</source>
        <translation>主持人或记录人</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
</context>
</TS>
