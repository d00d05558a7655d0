<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>导入考勤</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>选择文件(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Columns (remembered for this source)</source>
        <translation>列对应（按来源记住）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>表格原文</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>考勤结果：</translation>
    </message>
    <message>
        <source>Minutes late:</source>
        <translation>迟到分钟：</translation>
    </message>
    <message>
        <source>Minutes early:</source>
        <translation>早退分钟：</translation>
    </message>
    <message>
        <source>Absence:</source>
        <translation>旷工：</translation>
    </message>
    <message>
        <source>Attendance export</source>
        <translation>考勤导出文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose the source and the exported file.</source>
        <translation>请选择来源和导出的文件。</translation>
    </message>
    <message>
        <source>No lates, early leaves, absences or leave found.</source>
        <translation>未发现迟到、早退、旷工或请假。</translation>
    </message>
</context>
<context>
    <name>ConductFeature</name>
    <message>
        <source>Conduct</source>
        <translation>员工行为</translation>
    </message>
</context>
<context>
    <name>ConductRulesDialog</name>
    <message>
        <source>Conduct rules</source>
        <translation>员工行为规则</translation>
    </message>
    <message>
        <source>Points a new record counts (a manager may set others on a record).</source>
        <translation>新记录的计分（主管可在单条记录上另行设定）。</translation>
    </message>
    <message>
        <source>Points a new record counts; only the administrator changes them.</source>
        <translation>新记录的计分；只有管理员可以修改。</translation>
    </message>
    <message>
        <source> (%s)</source>
        <translation>（%s）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不折算</translation>
    </message>
    <message>
        <source>Lates in a month that count as one absence:</source>
        <translation>每月迟到几次计为一次旷工：</translation>
    </message>
</context>
<context>
    <name>ConductTab</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>全部确认状态</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Ask for &amp;leave</source>
        <translation>请假(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Approve leave</source>
        <translation>批准请假(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject leave</source>
        <translation>驳回请假(&amp;R)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Object...</source>
        <translation>提出异议(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>撤销(&amp;W)...</translation>
    </message>
    <message>
        <source>Open e&amp;vidence</source>
        <translation>打开凭证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import attendance...</source>
        <translation>导入考勤(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Print record...</source>
        <translation>打印记录表(&amp;P)...</translation>
    </message>
    <message>
        <source>R&amp;ules...</source>
        <translation>规则(&amp;U)...</translation>
    </message>
    <message>
        <source>Double-click a person to see only their records.</source>
        <translation>双击某人只查看其记录。</translation>
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
        <source>Lates</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Leave (h)</source>
        <translation>请假(小时)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>违纪</translation>
    </message>
    <message>
        <source>Demeanour</source>
        <translation>言行</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Training (h)</source>
        <translation>培训(小时)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source> (%d min)</source>
        <translation>（%d 分钟）</translation>
    </message>
    <message>
        <source> (%g h)</source>
        <translation>（%g 小时）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>员工确认</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Q%d</source>
        <translation>第%d季度</translation>
    </message>
    <message>
        <source>Everyone in view</source>
        <translation>可查看的全部员工</translation>
    </message>
    <message>
        <source>No conduct records in %s to %s.</source>
        <translation>%s 至 %s 没有行为记录。</translation>
    </message>
    <message>
        <source>Add one with New record (Ctrl+N) or import attendance (Ctrl+I).</source>
        <translation>可用“新建记录”(Ctrl+N) 添加，或导入考勤 (Ctrl+I)。</translation>
    </message>
    <message>
        <source>Rules: %d lates in a month count as one absence; the points of each kind of record are under Rules.</source>
        <translation>规则：每月迟到 %d 次计为一次旷工；各类记录的分值见“规则”。</translation>
    </message>
    <message>
        <source>Rules: the points of each kind of record are under Rules.</source>
        <translation>规则：各类记录的分值见“规则”。</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>说明：%s</translation>
    </message>
    <message>
        <source>Decided by %s</source>
        <translation>审批人：%s</translation>
    </message>
    <message>
        <source>Objection: %s</source>
        <translation>异议：%s</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>凭证：%s</translation>
    </message>
    <message>
        <source>Reject leave</source>
        <translation>驳回请假</translation>
    </message>
    <message>
        <source>Why is the leave refused?</source>
        <translation>为什么不批准该请假？</translation>
    </message>
    <message>
        <source>Object to the record</source>
        <translation>对记录提出异议</translation>
    </message>
    <message>
        <source>What is wrong with this record? Your manager sees your objection.</source>
        <translation>这条记录有什么问题？您的主管会看到您的异议。</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It stays in the history and counts nothing.</source>
        <translation>为什么撤销该记录？记录会保留在历史中，但不再计分。</translation>
    </message>
    <message>
        <source>Save the conduct record</source>
        <translation>保存员工行为记录表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Ask for leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>New conduct record</source>
        <translation>新建行为记录</translation>
    </message>
    <message>
        <source>Edit conduct record</source>
        <translation>编辑行为记录</translation>
    </message>
    <message>
        <source>The rules' points</source>
        <translation>按规则计分</translation>
    </message>
    <message>
        <source>Several days, until</source>
        <translation>多天，至</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>员工(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>M&amp;inutes late or early:</source>
        <translation>迟到/早退分钟数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>小时数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Leave:</source>
        <translation>请假(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Add &amp;evidence...</source>
        <translation>添加凭证(&amp;E)...</translation>
    </message>
    <message>
        <source>Evidence (a photo, a scan, a sick note, a certificate):</source>
        <translation>凭证（照片、扫描件、病假条、证书）：</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加凭证</translation>
    </message>
    <message>
        <source>PDF or image (%s)</source>
        <translation>PDF 或图片 (%s)</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>Choose the column holding the staff member's name.</source>
        <translation>请选择员工姓名所在的列。</translation>
    </message>
    <message>
        <source>Choose the month of the sheet: its title names none.</source>
        <translation>请选择表格所属月份：表头标题中没有注明。</translation>
    </message>
    <message>
        <source>The sheet has neither a date column nor a column per day.</source>
        <translation>表格中既没有日期列，也没有按天排列的列。</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>第 %d 行：%s</translation>
    </message>
    <message>
        <source>conduct record</source>
        <comment>audit record</comment>
        <translation>行为记录</translation>
    </message>
    <message>
        <source>conduct evidence</source>
        <comment>audit record</comment>
        <translation>行为记录附件</translation>
    </message>
    <message>
        <source>attendance import mapping</source>
        <comment>audit record</comment>
        <translation>考勤导入列对应</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Time clock</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>No such staff member</source>
        <translation>无此员工</translation>
    </message>
    <message>
        <source>Several staff members of this name</source>
        <translation>有多名同名员工</translation>
    </message>
    <message>
        <source>Not in your department</source>
        <translation>不属于您的部门</translation>
    </message>
    <message>
        <source>Unknown attendance source '%s'.</source>
        <translation>未知的考勤来源“%s”。</translation>
    </message>
    <message>
        <source>No header with a name column (姓名) was found in the first rows of %s.</source>
        <translation>在 %s 的前几行中未找到含“姓名”列的表头。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>工作纪律</translation>
    </message>
    <message>
        <source>Demeanour</source>
        <translation>言行举止</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>表彰荣誉</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absence without leave</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Unrelated work in working hours</source>
        <translation>工作时间做与工作无关的事</translation>
    </message>
    <message>
        <source>Refusing or delaying work</source>
        <translation>拒绝或拖延工作</translation>
    </message>
    <message>
        <source>Confidentiality breach</source>
        <translation>泄露机密</translation>
    </message>
    <message>
        <source>Other discipline matter</source>
        <translation>其他违纪</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>着装不规范</translation>
    </message>
    <message>
        <source>Rude language</source>
        <translation>言语不文明</translation>
    </message>
    <message>
        <source>Argument with a customer</source>
        <translation>与客户争吵</translation>
    </message>
    <message>
        <source>Other demeanour matter</source>
        <translation>其他言行问题</translation>
    </message>
    <message>
        <source>Excellent marketing employee</source>
        <translation>优秀营销员工</translation>
    </message>
    <message>
        <source>Best sales team</source>
        <translation>最佳销售团队</translation>
    </message>
    <message>
        <source>Other commendation</source>
        <translation>其他表彰</translation>
    </message>
    <message>
        <source>Internal training</source>
        <translation>内部培训</translation>
    </message>
    <message>
        <source>External training</source>
        <translation>外部培训</translation>
    </message>
    <message>
        <source>Lates counted as an absence</source>
        <translation>迟到折算旷工</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待审批</translation>
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
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>%d lates in %d-%02d count as one absence (%s points instead of %s)</source>
        <translation>%d 次迟到（%d-%02d）计为一次旷工（%s 分，替代 %s 分）</translation>
    </message>
    <message>
        <source>'%s' is not a kind of conduct record.</source>
        <translation>“%s”不是行为记录的类别。</translation>
    </message>
    <message>
        <source>'%s' is not a type of %s record.</source>
        <translation>“%s”不是“%s”记录的类型。</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date %s is in the future.</source>
        <translation>日期 %s 在未来。</translation>
    </message>
    <message>
        <source>The leave ends before it begins.</source>
        <translation>请假结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A leave of more than %d days is not recorded here.</source>
        <translation>超过 %d 天的请假不在此登记。</translation>
    </message>
    <message>
        <source>Points must be between -%g and %g.</source>
        <translation>分值须在 -%g 到 %g 之间。</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %g.</source>
        <translation>小时数须在 0 到 %g 之间。</translation>
    </message>
    <message>
        <source>Enter the hours of the training.</source>
        <translation>请填写培训学时。</translation>
    </message>
    <message>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>分钟数须在 0 到 1440 之间。</translation>
    </message>
    <message>
        <source>The note is too long (at most %d characters).</source>
        <translation>说明太长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>You cannot record or decide your own conduct.</source>
        <translation>不能登记或审批自己的行为记录。</translation>
    </message>
    <message>
        <source>You may only manage the staff of your own department.</source>
        <translation>只能管理本部门员工。</translation>
    </message>
    <message>
        <source>You may not see this staff member's conduct record.</source>
        <translation>您无权查看该员工的行为记录。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>The reason is too long (at most %d characters).</source>
        <translation>理由太长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>'%s' cannot be kept as evidence: attach a PDF or an image (a photo, a scan, a certificate).</source>
        <translation>“%s”不能作为证明材料：请附上 PDF 或图片（照片、扫描件、证书）。</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>无此员工。</translation>
    </message>
    <message>
        <source>A withdrawn record can no longer be changed.</source>
        <translation>已撤销的记录不能再修改。</translation>
    </message>
    <message>
        <source>A leave cannot become another kind of record.</source>
        <translation>请假记录不能改为其他类别。</translation>
    </message>
    <message>
        <source>The record is withdrawn already.</source>
        <translation>该记录已撤销。</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>您的账号未关联员工。</translation>
    </message>
    <message>
        <source>Only a requested leave can be approved or rejected.</source>
        <translation>只有待审批的请假可以批准或驳回。</translation>
    </message>
    <message>
        <source>Only the staff member concerned answers a record.</source>
        <translation>只有当事员工本人可以确认或提出异议。</translation>
    </message>
    <message>
        <source>The record is withdrawn: there is nothing to answer.</source>
        <translation>该记录已撤销，无需确认。</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>“%s”已附上。</translation>
    </message>
    <message>
        <source>The conduct record no longer exists.</source>
        <translation>该行为记录已不存在。</translation>
    </message>
    <message>
        <source>You may not see this conduct record.</source>
        <translation>您无权查看该行为记录。</translation>
    </message>
    <message>
        <source>Leave request to decide: %s</source>
        <translation>请假待审批：%s</translation>
    </message>
    <message>
        <source>Conduct record to acknowledge: %s</source>
        <translation>行为记录待确认：%s</translation>
    </message>
</context>
</TS>
