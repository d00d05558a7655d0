<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Building the demo database...</source>
        <translation>正在生成演示数据库……</translation>
    </message>
    <message>
        <source>Building the demo database: %s</source>
        <translation>正在生成演示数据库：%s</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restore record</source>
        <translation>恢复记录</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>账号解锁</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>attach file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>over-budget approval</source>
        <translation>超预算审批</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录以查看变更内容。</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>共 %n 条，最新的在前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation>您的密码由管理员设置，请立即设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>MarketDesk hit an unexpected error. Your saved data is safe; the last action may not have been completed.
The details below were written to the log file:</source>
        <translation>营销管理台遇到意外错误。已保存的数据是安全的；最后一步操作可能没有完成。
以下详细信息已写入日志文件：</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Save report for IT...</source>
        <translation>保存报告给 IT……</translation>
    </message>
    <message>
        <source>Save report for IT</source>
        <translation>保存报告给 IT</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>The report was saved as %s. E-mail this file to your IT contact; it holds no passwords and no customers' data.</source>
        <translation>报告已保存为 %s。请把这个文件用电子邮件发给 IT 联系人；其中不含密码，也不含客户资料。</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account; it can then add the other users.</source>
        <translation>此数据库还没有任何账号。请先创建管理员账号，再由管理员添加其他用户。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 个字符，须包含字母和数字。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to MarketDesk</source>
        <translation>欢迎使用营销管理台</translation>
    </message>
    <message>
        <source>There is no database yet. Try MarketDesk on a demo database with sample staff, customers and claims (one account per role, passwords shown at sign-in), or start an empty database for your office.

The database will be created at:
%s</source>
        <translation>还没有数据库。您可以先用演示数据库体验营销管理台（含示例员工、客户和报销单，每个角色一个账号，登录时显示密码），也可以为本部门新建一个空数据库。

数据库将创建在：
%s</translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>新建空数据库(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>MarketDesk - Sign in</source>
        <translation>营销管理台 - 登录</translation>
    </message>
    <message>
        <source>MarketDesk - Locked</source>
        <translation>营销管理台 - 已锁定</translation>
    </message>
    <message>
        <source>The session was locked after a period of inactivity. Enter your password to continue.</source>
        <translation>由于长时间未操作，会话已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <source>Demo database: accounts (double-click to fill in)</source>
        <translation>演示数据库账号（双击自动填写）</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>正在打开数据库……</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MarketDesk - Marketing management</source>
        <translation>营销管理台</translation>
    </message>
    <message>
        <source>Your role has no pages in this version. Ask an administrator.</source>
        <translation>您的角色在此版本中没有可用页面，请联系管理员。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About MarketDesk</source>
        <translation>关于营销管理台(&amp;A)</translation>
    </message>
    <message>
        <source>About MarketDesk</source>
        <translation>关于营销管理台</translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;br&gt;Marketing management for training institutions: staff, customers, campaigns, budgets and reimbursements.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;Data folder: %3</source>
        <translation>&lt;b&gt;营销管理台 %1&lt;/b&gt;&lt;br&gt;培训机构营销管理：员工、客户、营销活动、预算与费用报销。&lt;br&gt;&lt;br&gt;数据库：%2&lt;br&gt;数据文件夹：%3</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Users and roles...</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsBox</name>
    <message>
        <source>Office (all computers)</source>
        <translation>机构设置（所有电脑）</translation>
    </message>
    <message>
        <source>Office (all computers; only the administrator changes these)</source>
        <translation>机构设置（所有电脑；仅系统管理员可修改）</translation>
    </message>
</context>
<context>
    <name>PlatformActions</name>
    <message>
        <source>Backing up the database...</source>
        <translation>正在备份数据库……</translation>
    </message>
    <message>
        <source>Backup written: %s</source>
        <translation>备份已保存：%s</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>MarketDesk backups (*.sqlite3)</source>
        <translation>营销管理台备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?
%s

The current database is kept as a backup first. MarketDesk will close; start it again afterwards.</source>
        <translation>用此备份替换当前数据库吗？
%s

当前数据库会先另存为备份。恢复后营销管理台将关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The database was restored. MarketDesk closes now; start it again.</source>
        <translation>数据库已恢复。营销管理台现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>feature %s: import %s</source>
        <translation>功能 %s：导入 %s</translation>
    </message>
    <message>
        <source>UI features</source>
        <translation>界面功能</translation>
    </message>
    <message>
        <source>tour pages: import %s</source>
        <translation>截图导览页面：导入 %s</translation>
    </message>
    <message>
        <source>missing %s</source>
        <translation>缺少 %s</translation>
    </message>
    <message>
        <source>%s cannot be loaded</source>
        <translation>无法加载 %s</translation>
    </message>
    <message>
        <source>the Chinese translation is not applied</source>
        <translation>中文翻译未生效</translation>
    </message>
    <message>
        <source>main window (%s)</source>
        <translation>主窗口（%s）</translation>
    </message>
    <message>
        <source>the tab was not built</source>
        <translation>标签页未能建立</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>没有绘制出任何内容</translation>
    </message>
    <message>
        <source>tab %s (%s)</source>
        <translation>标签页 %s（%s）</translation>
    </message>
    <message>
        <source>no PDF was written</source>
        <translation>未能写出 PDF</translation>
    </message>
    <message>
        <source>the font %s is not embedded</source>
        <translation>字体 %s 未嵌入</translation>
    </message>
    <message>
        <source>the signature image is not in the PDF</source>
        <translation>PDF 中没有签名图片</translation>
    </message>
    <message>
        <source>no PNG was written</source>
        <translation>未能写出 PNG</translation>
    </message>
    <message>
        <source>the sealed bundle read back differently</source>
        <translation>加密的数据包读回后内容不一致</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>translations (%s)</source>
        <translation>翻译（%s）</translation>
    </message>
    <message>
        <source>claim PDF</source>
        <translation>报销单 PDF</translation>
    </message>
    <message>
        <source>booth bundle seal</source>
        <translation>展台数据包加密</translation>
    </message>
    <message>
        <source>PostgreSQL driver</source>
        <translation>PostgreSQL 驱动</translation>
    </message>
    <message>
        <source>chart PNG</source>
        <translation>图表 PNG</translation>
    </message>
    <message>
        <source>FAILED: %s</source>
        <translation>失败：%s</translation>
    </message>
    <message>
        <source>self-test: %d problem(s)</source>
        <translation>自检：发现 %d 个问题</translation>
    </message>
    <message>
        <source>self-test passed: %d checks</source>
        <translation>自检通过：共 %d 项检查</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>SharedDates</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>SharedDialogs</name>
    <message>
        <source>Please check before you continue:</source>
        <translation>继续之前请确认：</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SharedTasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SharedToolbars</name>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>New staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Currently employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Hi&amp;re date:</source>
        <translation>入职日期(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>StaffFeature</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
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
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Search name, phone, position, department (Ctrl+F)</source>
        <translation>搜索姓名、电话、职位、部门（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show former staff</source>
        <translation>显示离职员工</translation>
    </message>
    <message>
        <source>&amp;New staff member</source>
        <translation>新增员工(&amp;N)</translation>
    </message>
    <message>
        <source>New staff member (Ctrl+N)</source>
        <translation>新增员工（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Departments...</source>
        <translation>部门(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>共 %n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member matches the search.</source>
        <translation>没有符合条件的员工。</translation>
    </message>
    <message>
        <source>No staff yet. Add the department's staff with "New staff member" (Ctrl+N).</source>
        <translation>还没有员工。请用“新增员工”（Ctrl+N）添加本部门员工。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>账号启用</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>对应员工(&amp;S)：</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The user must choose a new password at first sign-in.</source>
        <translation>用户首次登录时须设置新密码。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Disabled</source>
        <comment>account status</comment>
        <translation>停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>account status</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>对应员工</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>新增用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New temporary password for %s:</source>
        <translation>为 %s 设置临时密码：</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>The password was reset. %s must choose a new one at the next sign-in.</source>
        <translation>密码已重置。%s 下次登录时须设置新密码。</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>MarketDesk (营销管理台). Without a subcommand, opens the GUI.</source>
        <translation>营销管理台（MarketDesk）。不带子命令时打开图形界面。</translation>
    </message>
    <message>
        <source>one of the subcommands below; without one, the GUI opens</source>
        <translation>下列子命令之一；不带子命令时打开图形界面</translation>
    </message>
    <message>
        <source>check ad copy against the Advertising Law (exit 1 when something is flagged)</source>
        <translation>按《广告法》检查广告文案（发现问题时退出状态为 1）</translation>
    </message>
    <message>
        <source>the ad copy; - reads it from standard input</source>
        <translation>广告文案；- 表示从标准输入读取</translation>
    </message>
    <message>
        <source>read the ad copy from this file (UTF-8 or GB18030)</source>
        <translation>从此文件读取广告文案（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>print {"findings": [...]} as JSON</source>
        <translation>以 JSON 输出 {"findings": [...]}</translation>
    </message>
    <message>
        <source>compute an appraisal run (绩效考核) and print the results</source>
        <translation>计算绩效考核并输出结果</translation>
    </message>
    <message>
        <source>a month 2026-10, a quarter 2026-Q3 or a year 2026</source>
        <translation>月份 2026-10、季度 2026-Q3 或年份 2026</translation>
    </message>
    <message>
        <source>finalize the run after computing it (a frozen snapshot)</source>
        <translation>计算后定稿（冻结快照）</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>create a booth kit: a small database for a campus booth laptop</source>
        <translation>创建展位工具包：供校园展位笔记本使用的小型数据库</translation>
    </message>
    <message>
        <source>kit file to create</source>
        <translation>要创建的工具包文件</translation>
    </message>
    <message>
        <source>the event (a campaign activity of that name is linked)</source>
        <translation>活动名称（若有同名营销活动则关联该活动）</translation>
    </message>
    <message>
        <source>account of a staff member working at the booth (repeat for each; default: the activity's team)</source>
        <translation>在展位工作的员工账号（每人重复一次；默认：该活动的团队）</translation>
    </message>
    <message>
        <source>on the booth laptop: write the leads captured in the kit as a sealed bundle</source>
        <translation>在展位笔记本上：将工具包中录入的线索导出为加密数据包</translation>
    </message>
    <message>
        <source>bundle file to write (.mdbundle)</source>
        <translation>要写入的数据包文件（.mdbundle）</translation>
    </message>
    <message>
        <source>write the activities from FROM to TO as an .ics file</source>
        <translation>将 FROM 至 TO 的活动导出为 .ics 文件</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>第一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>最后一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>output file (.ics)</source>
        <translation>输出文件（.ics）</translation>
    </message>
    <message>
        <source>channel figures (leads, conversions, cost, ROI) of a period (渠道评估)</source>
        <translation>某一期间各渠道的数据（线索、成交、费用、投资回报率）（渠道评估）</translation>
    </message>
    <message>
        <source>attribution model (default: first touch)</source>
        <translation>归因模型（默认：首次触点）</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>以 JSON 输出数据</translation>
    </message>
    <message>
        <source>write a PDF report</source>
        <translation>生成 PDF 报告</translation>
    </message>
    <message>
        <source>write an Excel workbook</source>
        <translation>生成 Excel 工作簿</translation>
    </message>
    <message>
        <source>write a reimbursement claim form (费用报销单) as PDF</source>
        <translation>将费用报销单输出为 PDF</translation>
    </message>
    <message>
        <source>claim number, e.g. BX-2026-0042</source>
        <translation>报销单号，例如 BX-2026-0042</translation>
    </message>
    <message>
        <source>output PDF file</source>
        <translation>输出的 PDF 文件</translation>
    </message>
    <message>
        <source>A5 landscape instead of A4 portrait</source>
        <translation>使用 A5 横向，而非 A4 纵向</translation>
    </message>
    <message>
        <source>write the budget vs. spend report as PDF or Excel workbook</source>
        <translation>将预算执行情况报告写为 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>budget year, e.g. 2026</source>
        <translation>预算年度，例如 2026</translation>
    </message>
    <message>
        <source>report January to this month (default: this month for the current year, else 12)</source>
        <translation>报告 1 月至该月（默认：当年为本月，其他年份为 12 月）</translation>
    </message>
    <message>
        <source>output file (.pdf or .xlsx)</source>
        <translation>输出文件（.pdf 或 .xlsx）</translation>
    </message>
    <message>
        <source>import customers from .xlsx, .xls or .csv</source>
        <translation>从 .xlsx、.xls 或 .csv 文件导入客户</translation>
    </message>
    <message>
        <source>spreadsheet to import (.xlsx, .xls, .csv)</source>
        <translation>要导入的表格文件（.xlsx、.xls、.csv）</translation>
    </message>
    <message>
        <source>check the file, write nothing</source>
        <translation>只检查文件，不写入任何数据</translation>
    </message>
    <message>
        <source>save the row-by-row report as .xlsx</source>
        <translation>将逐行报告保存为 .xlsx</translation>
    </message>
    <message>
        <source>export every customer to .xlsx</source>
        <translation>将全部客户导出为 .xlsx</translation>
    </message>
    <message>
        <source>spreadsheet to write</source>
        <translation>要写入的表格文件</translation>
    </message>
    <message>
        <source>English column headers</source>
        <translation>使用英文列标题</translation>
    </message>
    <message>
        <source>merge a booth bundle into this database</source>
        <translation>将展位数据包合并到本数据库</translation>
    </message>
    <message>
        <source>bundle file from a booth laptop (.mdbundle)</source>
        <translation>来自展位笔记本电脑的数据包文件（.mdbundle）</translation>
    </message>
    <message>
        <source>open the full-screen booth capture window</source>
        <translation>打开全屏的展位登记窗口</translation>
    </message>
    <message>
        <source>database URL or SQLite file (default: MARKETDESK_DB_URL, else the per-user data folder)</source>
        <translation>数据库 URL 或 SQLite 文件（默认：MARKETDESK_DB_URL，否则为当前用户的数据文件夹）</translation>
    </message>
    <message>
        <source>language of messages, reports and help</source>
        <translation>消息、报告和帮助所用的语言</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>0  success</source>
        <translation>0  成功</translation>
    </message>
    <message>
        <source>1  a check found problems</source>
        <translation>1  检查发现问题</translation>
    </message>
    <message>
        <source>2  bad input (including a wrong command line) or an unusable environment</source>
        <translation>2  输入有误（包括命令行错误）或运行环境不可用</translation>
    </message>
    <message>
        <source>build a demo database (one account per role)</source>
        <translation>创建演示数据库（每个角色一个账户）</translation>
    </message>
    <message>
        <source>number of demo customers</source>
        <translation>演示客户的数量</translation>
    </message>
    <message>
        <source>random seed: the same seed builds the same data</source>
        <translation>随机种子：相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>back up the SQLite database to the backups folder</source>
        <translation>将 SQLite 数据库备份到备份文件夹</translation>
    </message>
    <message>
        <source>folder to write the backup to (default: the backups folder)</source>
        <translation>备份写入的文件夹（默认：备份文件夹）</translation>
    </message>
    <message>
        <source>restore the database from a backup file</source>
        <translation>从备份文件恢复数据库</translation>
    </message>
    <message>
        <source>backup file to restore (.sqlite3)</source>
        <translation>要恢复的备份文件（.sqlite3）</translation>
    </message>
    <message>
        <source>integrity and foreign-key checks, schema revision, translation files</source>
        <translation>完整性与外键检查、数据库结构版本、翻译文件</translation>
    </message>
    <message>
        <source>render every tab and main dialog to PNG (zh_CN and en)</source>
        <translation>将每个标签页和主要对话框渲染为 PNG（zh_CN 和 en）</translation>
    </message>
    <message>
        <source>folder for the PNG screenshots</source>
        <translation>存放 PNG 截图的文件夹</translation>
    </message>
    <message>
        <source>check this installation: features, a new database, every tab, a PDF, a chart, translations (exit 0 or 1)</source>
        <translation>检查本次安装：各功能、新建数据库、每个标签页、PDF、图表、翻译（退出码 0 或 1）</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>The attachment has no file name.</source>
        <translation>附件没有文件名。</translation>
    </message>
    <message>
        <source>The file '%s' is empty.</source>
        <translation>文件“%s”是空的。</translation>
    </message>
    <message>
        <source>The file '%s' is larger than %d MB.</source>
        <translation>文件“%s”超过 %d MB。</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server's pg_dump and pg_restore.</source>
        <translation>此处的备份与恢复适用于 SQLite 数据库文件。PostgreSQL 请使用服务器的 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
        <source>The database file %s does not exist.</source>
        <translation>数据库文件 %s 不存在。</translation>
    </message>
    <message>
        <source>The backup folder %s cannot be used (%s).</source>
        <translation>备份文件夹 %s 无法使用（%s）。</translation>
    </message>
    <message>
        <source>The backup failed: %s</source>
        <translation>备份失败：%s</translation>
    </message>
    <message>
        <source>The file %s does not exist.</source>
        <translation>文件 %s 不存在。</translation>
    </message>
    <message>
        <source>%s is not a MarketDesk database: %s</source>
        <translation>%s 不是营销管理台数据库：%s</translation>
    </message>
    <message>
        <source>The database file %s does not exist (check the --db path).</source>
        <translation>数据库文件 %s 不存在（请检查 --db 路径）。</translation>
    </message>
    <message>
        <source>The database %s has schema revision %s, which this version of MarketDesk does not know: a later version or another branch wrote it.</source>
        <translation>数据库 %s 的结构版本为 %s，本版营销管理台不认识它：它由更新的版本或其他分支写入。</translation>
    </message>
    <message>
        <source>The database file %s is on a network share (%s). MarketDesk does not open a SQLite file over the network: it is not safe there, and several seats writing one file damage it. For several seats, use a PostgreSQL server: set MARKETDESK_DB_URL=postgresql+psycopg://USER@SERVER/marketdesk on every seat, or start MarketDesk with --db and that address (the README, section "PostgreSQL"). For one seat, keep the file on this computer's own disk.</source>
        <translation>数据库文件 %s 位于网络共享上（%s）。MarketDesk 不通过网络打开 SQLite 文件：那样不安全，多个席位同时写入一个文件会损坏它。多个席位请使用 PostgreSQL 服务器：在每个席位上设置 MARKETDESK_DB_URL=postgresql+psycopg://用户名@服务器/marketdesk，或用 --db 加该地址启动 MarketDesk（见 README 的“PostgreSQL”一节）。只有一个席位时，请把文件放在本机自己的磁盘上。</translation>
    </message>
    <message>
        <source>cannot open the database: %s: %s</source>
        <translation>无法打开数据库：%s：%s</translation>
    </message>
    <message>
        <source>The file %s cannot be written (%s).</source>
        <translation>无法写入文件 %s（%s）。</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>os error</comment>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>os error</comment>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <comment>os error</comment>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>os error</comment>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <comment>os error</comment>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <comment>os error</comment>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <comment>os error</comment>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>File exists</source>
        <comment>os error</comment>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <comment>os error</comment>
        <translation>正被其他程序占用</translation>
    </message>
    <message>
        <source>File name too long</source>
        <comment>os error</comment>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>%s is not a demo database but stores demo passwords in plain text (meta '%s'). Delete that entry and change those accounts' passwords before using it.</source>
        <translation>%s 不是演示数据库，却以明文保存着演示密码（meta 中的“%s”）。请先删除该条目并修改这些账户的密码，再使用它。</translation>
    </message>
    <message>
        <source>'%s' is not an amount: write digits with at most one decimal point, such as 1,234.50.</source>
        <translation>“%s”不是金额：请填写数字，最多一个小数点，例如 1,234.50。</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>'%s': thousands separators go every three digits, as in 1,234,567.89.</source>
        <translation>“%s”：千位分隔符应每三位一个，例如 1,234,567.89。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>The amount is over the largest amount allowed here, %s.</source>
        <translation>金额超过此处允许的最大金额 %s。</translation>
    </message>
    <message>
        <source>'%s' is not an amount.</source>
        <translation>“%s”不是有效金额。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of fen.</source>
        <translation>金额必须是以分为单位的整数。</translation>
    </message>
    <message>
        <source>The amount %s is over the limit of %s.</source>
        <translation>金额 %s 超过上限 %s。</translation>
    </message>
    <message>
        <source>%s is too large to write in words (at most %s).</source>
        <translation>%s 太大，无法写成大写金额（最多 %s）。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>roles</comment>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <comment>roles</comment>
        <translation>营销经理</translation>
    </message>
    <message>
        <source>Marketing staff</source>
        <comment>roles</comment>
        <translation>营销专员</translation>
    </message>
    <message>
        <source>Customer service</source>
        <comment>roles</comment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>roles</comment>
        <translation>财务</translation>
    </message>
    <message>
        <source>Your role (%s) may not do this (%s).</source>
        <translation>您的角色（%s）无权执行此操作（%s）。</translation>
    </message>
    <message>
        <source>the server could not order the two saves</source>
        <translation>服务器无法为两次保存排定先后</translation>
    </message>
    <message>
        <source>each save waited for the other</source>
        <translation>两次保存互相等待</translation>
    </message>
    <message>
        <source>both added the same record</source>
        <translation>两次保存添加了同一条记录</translation>
    </message>
    <message>
        <source>Another user was saving the same records at the same moment (%s). Nothing was written; try again.</source>
        <translation>另一位同事正在同时保存相同的记录（%s）。本次没有写入任何内容，请重试。</translation>
    </message>
    <message>
        <source>missing table: %s</source>
        <translation>缺少数据表：%s</translation>
    </message>
    <message>
        <source>missing index: %s</source>
        <translation>缺少索引：%s</translation>
    </message>
    <message>
        <source>missing audit trigger: %s</source>
        <translation>缺少审计触发器：%s</translation>
    </message>
    <message>
        <source>The backup %s cannot be restored: %s. Nothing was restored.</source>
        <translation>备份 %s 无法恢复：%s。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</source>
        <translation>备份文件未通过完整性检查（%s，%d 个外键问题），未做任何恢复。</translation>
    </message>
    <message>
        <source>it is not a MarketDesk database (missing: %s)</source>
        <translation>它不是营销管理台的数据库（缺少：%s）</translation>
    </message>
    <message>
        <source>its schema revision %s is unknown to this version of MarketDesk (a later version or another branch wrote it)</source>
        <translation>其数据库结构版本 %s 不为本版营销管理台所知（由更新的版本或其他分支写入）</translation>
    </message>
    <message>
        <source>it cannot be brought up to this version's schema (%s)</source>
        <translation>无法升级到本版的数据库结构（%s）</translation>
    </message>
    <message>
        <source>the migrated copy fails its integrity check</source>
        <translation>升级后的副本未通过完整性检查</translation>
    </message>
    <message>
        <source>Another program (another MarketDesk window or command) has the database %s open. Close it, then restore again; nothing was restored.</source>
        <translation>另一个程序（另一个营销管理台窗口或命令）正打开数据库 %s。请先关闭它再恢复；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The record no longer exists (%s #%s).</source>
        <translation>该记录已不存在（%s #%s）。</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation>您打开此记录后，已有其他人修改了它。请重新加载后再修改。</translation>
    </message>
    <message>
        <source>The database is busy: another MarketDesk or another program kept it locked for more than %d seconds. Nothing was saved; try again in a moment.</source>
        <translation>数据库正忙：另一个营销管理台或其他程序占用数据库超过 %d 秒。本次未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盘已满。请释放空间后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file's permissions.</source>
        <translation>数据库文件为只读，请检查文件权限。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server.</source>
        <translation>无法连接数据库服务器，请检查网络和服务器。</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>与数据库的连接已断开。</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>settings</comment>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <comment>settings</comment>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <comment>settings</comment>
        <translation>每天自动备份一次</translation>
    </message>
    <message>
        <source>Wrong type for this setting.</source>
        <translation>设置值类型不正确。</translation>
    </message>
    <message>
        <source>The value must be at least %d.</source>
        <translation>数值不能小于 %d。</translation>
    </message>
    <message>
        <source>The value must be at most %d.</source>
        <translation>数值不能大于 %d。</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>不是允许的取值。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The year must be between %d and %d.</source>
        <translation>年份必须在 %d 到 %d 之间。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>%s is required.</source>
        <translation>%s为必填项。</translation>
    </message>
    <message>
        <source>%s is too long (at most %d characters).</source>
        <translation>%s太长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>%s (%s) is out of range.</source>
        <translation>%s（%s）超出范围。</translation>
    </message>
    <message>
        <source>A password needs at least %d characters.</source>
        <translation>密码至少需要 %d 个字符。</translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>密码必须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>A user name has 2-60 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 2–60 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>Unknown role '%s'.</source>
        <translation>未知角色“%s”。</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for %d more minute(s).</source>
        <translation>失败次数过多：该账号已被锁定，请 %d 分钟后再试。</translation>
    </message>
    <message>
        <source>An administrator account already exists.</source>
        <translation>管理员账号已存在。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The user name '%s' is taken.</source>
        <translation>用户名“%s”已被占用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account or remove your own admin role.</source>
        <translation>不能停用自己的账号，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>姓名过长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>'%s' is not a phone number.</source>
        <translation>“%s”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The hire date is too far in the future.</source>
        <translation>入职日期太远，请检查。</translation>
    </message>
    <message>
        <source>A department name is required.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>The department '%s' exists already.</source>
        <translation>部门“%s”已存在。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>没有该员工。</translation>
    </message>
    <message>
        <source>user account</source>
        <comment>audit record</comment>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>staff member</source>
        <comment>audit record</comment>
        <translation>员工</translation>
    </message>
    <message>
        <source>department</source>
        <comment>audit record</comment>
        <translation>部门</translation>
    </message>
    <message>
        <source>database</source>
        <comment>audit record</comment>
        <translation>数据库</translation>
    </message>
    <message>
        <source>settings</source>
        <comment>audit record</comment>
        <translation>设置</translation>
    </message>
    <message>
        <source>office settings</source>
        <comment>audit record</comment>
        <translation>机构设置</translation>
    </message>
    <message>
        <source>channel</source>
        <comment>audit record</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>audit record</comment>
        <translation>客户</translation>
    </message>
    <message>
        <source>follow-up</source>
        <comment>audit record</comment>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>trial class</source>
        <comment>audit record</comment>
        <translation>试听课</translation>
    </message>
    <message>
        <source>enrollment</source>
        <comment>audit record</comment>
        <translation>报名</translation>
    </message>
    <message>
        <source>complaint</source>
        <comment>audit record</comment>
        <translation>投诉</translation>
    </message>
    <message>
        <source>course</source>
        <comment>audit record</comment>
        <translation>课程</translation>
    </message>
    <message>
        <source>customer tag</source>
        <comment>audit record</comment>
        <translation>客户标签</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>audit record</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>booth bundle</source>
        <comment>audit record</comment>
        <translation>展位数据包</translation>
    </message>
    <message>
        <source>claim</source>
        <comment>audit record</comment>
        <translation>报销单</translation>
    </message>
    <message>
        <source>claim line</source>
        <comment>audit record</comment>
        <translation>报销明细</translation>
    </message>
    <message>
        <source>claim attachment</source>
        <comment>audit record</comment>
        <translation>报销附件</translation>
    </message>
    <message>
        <source>claim approval</source>
        <comment>audit record</comment>
        <translation>报销审批</translation>
    </message>
    <message>
        <source>expense category</source>
        <comment>audit record</comment>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>budget plan</source>
        <comment>audit record</comment>
        <translation>预算计划</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <comment>audit record</comment>
        <translation>预算调整</translation>
    </message>
    <message>
        <source>direct expense</source>
        <comment>audit record</comment>
        <translation>直接支出</translation>
    </message>
    <message>
        <source>budget report</source>
        <comment>audit record</comment>
        <translation>预算报告</translation>
    </message>
    <message>
        <source>budget plan line</source>
        <comment>audit record</comment>
        <translation>预算计划行</translation>
    </message>
    <message>
        <source>budget purpose</source>
        <comment>audit record</comment>
        <translation>预算用途</translation>
    </message>
    <message>
        <source>customer status change</source>
        <comment>audit record</comment>
        <translation>客户状态变更</translation>
    </message>
    <message>
        <source>name</source>
        <comment>audit field</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>audit field</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>user name</source>
        <comment>audit field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>role</source>
        <comment>audit field</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>active</source>
        <comment>audit field</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>staff member</source>
        <comment>audit field</comment>
        <translation>员工</translation>
    </message>
    <message>
        <source>locked until</source>
        <comment>audit field</comment>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>must change password</source>
        <comment>audit field</comment>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <comment>audit field</comment>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <comment>audit field</comment>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>audit field</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>audit field</comment>
        <translation>手机</translation>
    </message>
    <message>
        <source>position</source>
        <comment>audit field</comment>
        <translation>职位</translation>
    </message>
    <message>
        <source>department</source>
        <comment>audit field</comment>
        <translation>部门</translation>
    </message>
    <message>
        <source>hire date</source>
        <comment>audit field</comment>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>code</source>
        <comment>audit field</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>status</source>
        <comment>audit field</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>tier</source>
        <comment>audit field</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>audit field</comment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>channel</source>
        <comment>audit field</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>school</source>
        <comment>audit field</comment>
        <translation>学校</translation>
    </message>
    <message>
        <source>grade</source>
        <comment>audit field</comment>
        <translation>年级</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>audit field</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>guardian</source>
        <comment>audit field</comment>
        <translation>家长</translation>
    </message>
    <message>
        <source>guardian's phone</source>
        <comment>audit field</comment>
        <translation>家长电话</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>audit field</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>note</source>
        <comment>audit field</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>remark</source>
        <comment>audit field</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>reason</source>
        <comment>audit field</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>reason for return</source>
        <comment>audit field</comment>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>year</source>
        <comment>audit field</comment>
        <translation>年度</translation>
    </message>
    <message>
        <source>month</source>
        <comment>audit field</comment>
        <translation>月份</translation>
    </message>
    <message>
        <source>category</source>
        <comment>audit field</comment>
        <translation>类别</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>audit field</comment>
        <translation>金额</translation>
    </message>
    <message>
        <source>price</source>
        <comment>audit field</comment>
        <translation>价格</translation>
    </message>
    <message>
        <source>total</source>
        <comment>audit field</comment>
        <translation>合计</translation>
    </message>
    <message>
        <source>class hours</source>
        <comment>audit field</comment>
        <translation>课时</translation>
    </message>
    <message>
        <source>number</source>
        <comment>audit field</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>claim date</source>
        <comment>audit field</comment>
        <translation>报销日期</translation>
    </message>
    <message>
        <source>claimant</source>
        <comment>audit field</comment>
        <translation>报销人</translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>audit field</comment>
        <translation>事由</translation>
    </message>
    <message>
        <source>payee</source>
        <comment>audit field</comment>
        <translation>收款方</translation>
    </message>
    <message>
        <source>expense date</source>
        <comment>audit field</comment>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>file</source>
        <comment>audit field</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>order</source>
        <comment>audit field</comment>
        <translation>排序</translation>
    </message>
    <message>
        <source>language</source>
        <comment>audit field</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>decision note</source>
        <comment>audit field</comment>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>requested by</source>
        <comment>audit field</comment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>submitted by</source>
        <comment>audit field</comment>
        <translation>提交人</translation>
    </message>
    <message>
        <source>approved by</source>
        <comment>audit field</comment>
        <translation>审批人</translation>
    </message>
    <message>
        <source>decided by</source>
        <comment>audit field</comment>
        <translation>审批人</translation>
    </message>
    <message>
        <source>paid by</source>
        <comment>audit field</comment>
        <translation>付款人</translation>
    </message>
    <message>
        <source>submitted at</source>
        <comment>audit field</comment>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>approved at</source>
        <comment>audit field</comment>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>decided at</source>
        <comment>audit field</comment>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>paid at</source>
        <comment>audit field</comment>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>audit value</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <comment>audit value</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>Demo data built (%s customers)</source>
        <translation>已生成演示数据（%s 位客户）</translation>
    </message>
    <message>
        <source>Demo data built</source>
        <translation>已生成演示数据</translation>
    </message>
    <message>
        <source>Database backed up to %s</source>
        <translation>数据库已备份到 %s</translation>
    </message>
    <message>
        <source>Database restored from %s (the previous one kept as %s)</source>
        <translation>已从 %s 恢复数据库（原数据库保留为 %s）</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>已从备份恢复数据库</translation>
    </message>
    <message>
        <source>%s signed in</source>
        <translation>%s 登录</translation>
    </message>
    <message>
        <source>Failed sign-in as %s</source>
        <translation>以 %s 登录失败</translation>
    </message>
    <message>
        <source>Account %s locked after failed sign-ins</source>
        <translation>账号 %s 因多次登录失败被锁定</translation>
    </message>
    <message>
        <source>Account %s unlocked</source>
        <translation>账号 %s 已解锁</translation>
    </message>
    <message>
        <source>%s changed the password</source>
        <translation>%s 修改了密码</translation>
    </message>
    <message>
        <source>Password of %s reset</source>
        <translation>已重置 %s 的密码</translation>
    </message>
    <message>
        <source>Changed %s %s: %s</source>
        <translation>修改%s「%s」：%s</translation>
    </message>
    <message>
        <source>Changed %s %s</source>
        <translation>修改%s「%s」</translation>
    </message>
    <message>
        <source>%s %s: status %s → %s</source>
        <translation>%s「%s」：状态 %s → %s</translation>
    </message>
    <message>
        <source>Created %s %s</source>
        <translation>新建%s「%s」</translation>
    </message>
    <message>
        <source>Deleted %s %s</source>
        <translation>删除%s「%s」</translation>
    </message>
    <message>
        <source>Restored %s %s</source>
        <translation>恢复%s「%s」</translation>
    </message>
    <message>
        <source>Submitted %s %s</source>
        <translation>提交%s「%s」</translation>
    </message>
    <message>
        <source>Approved %s %s</source>
        <translation>审批通过%s「%s」</translation>
    </message>
    <message>
        <source>Rejected %s %s</source>
        <translation>驳回%s「%s」</translation>
    </message>
    <message>
        <source>Returned %s %s</source>
        <translation>退回%s「%s」</translation>
    </message>
    <message>
        <source>Cancelled %s %s</source>
        <translation>撤销%s「%s」</translation>
    </message>
    <message>
        <source>Recorded the payment of %s %s</source>
        <translation>确认付款%s「%s」</translation>
    </message>
    <message>
        <source>Reversed %s %s</source>
        <translation>冲销%s「%s」</translation>
    </message>
    <message>
        <source>Merged %s %s</source>
        <translation>合并%s「%s」</translation>
    </message>
    <message>
        <source>Attached a file to %s %s</source>
        <translation>为%s「%s」添加附件</translation>
    </message>
    <message>
        <source>Approved %s %s over the remaining budget</source>
        <translation>超预算审批%s「%s」</translation>
    </message>
    <message>
        <source>Exported %s %s</source>
        <translation>导出%s「%s」</translation>
    </message>
    <message>
        <source>Printed %s %s</source>
        <translation>打印%s「%s」</translation>
    </message>
    <message>
        <source>Imported %s %s</source>
        <translation>导入%s「%s」</translation>
    </message>
    <message>
        <source>audit log trigger missing: %s (audit rows can be changed or deleted)</source>
        <translation>审计日志触发器缺失：%s（审计记录可被修改或删除）</translation>
    </message>
    <message>
        <source>audit log trigger missing or disabled: %s (audit rows can be changed or deleted)</source>
        <translation>审计日志触发器缺失或已停用：%s（审计记录可被修改或删除）</translation>
    </message>
    <message>
        <source>the database role %s is a superuser: it can drop the audit log's trigger (connect as a role with data rights only, see README, PostgreSQL)</source>
        <translation>数据库角色 %s 是超级用户，可以删除审计日志的触发器（请改用只有数据读写权限的角色连接，见 README 的 PostgreSQL 一节）</translation>
    </message>
    <message>
        <source>the database role %s owns the audit log (owner %s) and can drop its trigger (connect as a role with data rights only, see README, PostgreSQL)</source>
        <translation>数据库角色 %s 拥有审计日志表（所有者 %s），可以删除其触发器（请改用只有数据读写权限的角色连接，见 README 的 PostgreSQL 一节）</translation>
    </message>
    <message>
        <source>the database role %s may %s the audit log (grant it INSERT and SELECT only)</source>
        <translation>数据库角色 %s 可以对审计日志执行 %s（只应授予 INSERT 和 SELECT 权限）</translation>
    </message>
    <message>
        <source>The number of demo customers cannot be negative.</source>
        <translation>演示客户数量不能为负数。</translation>
    </message>
    <message>
        <source>The database already has accounts; the demo needs an empty one.</source>
        <translation>数据库中已有账号；演示数据需要空数据库。</translation>
    </message>
    <message>
        <source>appraisal targets and runs</source>
        <comment>demo step</comment>
        <translation>考核目标与绩效考核</translation>
    </message>
    <message>
        <source>budgets and claims</source>
        <comment>demo step</comment>
        <translation>预算与报销</translation>
    </message>
    <message>
        <source>holidays and school terms</source>
        <comment>demo step</comment>
        <translation>节假日与学期</translation>
    </message>
    <message>
        <source>marketing plans and activities</source>
        <comment>demo step</comment>
        <translation>营销计划和活动</translation>
    </message>
    <message>
        <source>channel spend</source>
        <comment>demo step</comment>
        <translation>渠道费用</translation>
    </message>
    <message>
        <source>conduct records</source>
        <comment>demo step</comment>
        <translation>员工行为记录</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>demo step</comment>
        <translation>客户</translation>
    </message>
    <message>
        <source>meetings</source>
        <comment>demo step</comment>
        <translation>会议</translation>
    </message>
    <message>
        <source>accounts and staff</source>
        <comment>demo step</comment>
        <translation>账户与员工</translation>
    </message>
    <message>
        <source>market research and competitors</source>
        <comment>demo step</comment>
        <translation>市场调研和竞争对手</translation>
    </message>
    <message>
        <source>plans, reports and sales logs</source>
        <comment>demo step</comment>
        <translation>工作计划、总结和销售日志</translation>
    </message>
    <message>
        <source>the ad copy is neither UTF-8 nor GB18030 text</source>
        <translation>广告文案既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>give the ad copy or --file, not both</source>
        <translation>请给出广告文案或 --file，不要同时给出</translation>
    </message>
    <message>
        <source>no ad copy given: pass TEXT, - for standard input, or --file</source>
        <translation>没有给出广告文案：请给出文字、用 - 从标准输入读取，或用 --file</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>%s  「%s」 (characters %d-%d)</source>
        <translation>%s  「%s」（第 %d-%d 个字）</translation>
    </message>
    <message>
        <source>suggestion: %s</source>
        <translation>建议：%s</translation>
    </message>
    <message>
        <source>%s is already finalized</source>
        <translation>%s 已定稿</translation>
    </message>
    <message>
        <source>booth kit for %s written to %s (accounts: %s)</source>
        <translation>“%s”的展位工具包已写入 %s（账号：%s）</translation>
    </message>
    <message>
        <source>%d leads and %d visits written to %s</source>
        <translation>%d 条线索和 %d 条回访已写入 %s</translation>
    </message>
    <message>
        <source>with %d competitors seen at the booth</source>
        <translation>另含 %d 条展位所见竞争对手记录</translation>
    </message>
    <message>
        <source>'%s' is not a date (YYYY-MM-DD)</source>
        <translation>“%s”不是日期（格式 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the last day %s is before the first day %s</source>
        <translation>结束日期 %s 早于起始日期 %s</translation>
    </message>
    <message>
        <source>%s: the file name must end in .ics</source>
        <translation>%s：文件名必须以 .ics 结尾</translation>
    </message>
    <message>
        <source>cannot write %s: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <source>%s (%d activities)</source>
        <translation>%s（%d 项活动）</translation>
    </message>
    <message>
        <source>%s (%d page(s))</source>
        <translation>%s（%d 页）</translation>
    </message>
    <message>
        <source>%s: the file name must end in .pdf or .xlsx</source>
        <translation>%s：文件名须以 .pdf 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>created a new database at %s</source>
        <translation>已在 %s 新建数据库</translation>
    </message>
    <message>
        <source>would import %d, merged %d (updated %d), rejected %d, skipped %d</source>
        <translation>将导入 %d 条，合并 %d 条（更新 %d 条），拒绝 %d 条，跳过 %d 条</translation>
    </message>
    <message>
        <source>imported %d, merged %d (updated %d), rejected %d, skipped %d</source>
        <translation>已导入 %d 条，合并 %d 条（更新 %d 条），拒绝 %d 条，跳过 %d 条</translation>
    </message>
    <message>
        <source>row %d: %s</source>
        <translation>第 %d 行：%s</translation>
    </message>
    <message>
        <source>exported %d customers to %s</source>
        <translation>已将 %d 位客户导出到 %s</translation>
    </message>
    <message>
        <source>bundle %s: %d new, %d noted on existing customers, %d visits, %d already merged, %d rejected</source>
        <translation>数据包 %s：新增 %d，现有客户备注 %d，回访 %d，此前已合并 %d，拒绝 %d</translation>
    </message>
    <message>
        <source>%d competitors seen at the booth went into the competitor register</source>
        <translation>%d 条展位所见竞争对手记录已录入竞争对手登记</translation>
    </message>
    <message>
        <source>--scale must be at least 1 (the number of demo customers); %d was given</source>
        <translation>--scale 至少为 1（演示客户数量），给出的是 %d</translation>
    </message>
    <message>
        <source>demo database ready: %s</source>
        <translation>演示数据库已就绪：%s</translation>
    </message>
    <message>
        <source>restored %s from %s (previous database kept as %s)</source>
        <translation>已将 %s 恢复为备份 %s 的内容（原数据库保留为 %s）</translation>
    </message>
    <message>
        <source>database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <source>integrity check: %s</source>
        <translation>完整性检查：%s</translation>
    </message>
    <message>
        <source>foreign_key_check: %d problem(s)</source>
        <translation>外键检查（foreign_key_check）：%d 个问题</translation>
    </message>
    <message>
        <source>none</source>
        <comment>schema revision</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>(not up to date: %s)</source>
        <translation>（不是最新：%s）</translation>
    </message>
    <message>
        <source>schema revision: %s</source>
        <translation>数据库结构版本：%s</translation>
    </message>
    <message>
        <source>schema: %s</source>
        <translation>数据库结构：%s</translation>
    </message>
    <message>
        <source>schema: every table, index and audit trigger is there</source>
        <translation>数据库结构：所有数据表、索引和审计触发器齐全</translation>
    </message>
    <message>
        <source>translation missing (%s): %s</source>
        <translation>缺少翻译文件（%s）：%s</translation>
    </message>
    <message>
        <source>translations (%s): complete</source>
        <translation>翻译文件（%s）：齐全</translation>
    </message>
    <message>
        <source>cost records whose old channel text matched no channel: %d</source>
        <translation>旧渠道文字未能对应到渠道的费用记录：%d 条</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>check result</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <comment>check result</comment>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>not applicable (PostgreSQL)</source>
        <comment>integrity check</comment>
        <translation>不适用（PostgreSQL）</translation>
    </message>
    <message>
        <source>no problems</source>
        <comment>integrity check</comment>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>%d problem(s), the first: %s</source>
        <translation>%d 个问题，第一个：%s</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number from %d to %d.</source>
        <translation>请输入 %d 到 %d 之间的数。</translation>
    </message>
    <message>
        <source>Enter a number such as 1.2.</source>
        <translation>请输入数字，例如 1.2。</translation>
    </message>
    <message>
        <source>Enter a number from %s to %s.</source>
        <translation>请输入 %s 到 %s 之间的数。</translation>
    </message>
    <message>
        <source>Give a value for each of: %s.</source>
        <translation>请为以下每一项填写数值：%s。</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 100 characters.</source>
        <translation>请输入 1 到 100 个字符的名称。</translation>
    </message>
    <message>
        <source>Each grade needs a lower minimum than the grade above it.</source>
        <translation>每个等级的最低分必须低于上一等级。</translation>
    </message>
    <message>
        <source>Organisation name (printed on forms)</source>
        <comment>settings</comment>
        <translation>机构名称（打印在单据上）</translation>
    </message>
    <message>
        <source>Lock after idle (minutes, 0 = never)</source>
        <comment>settings</comment>
        <translation>空闲后锁定（分钟，0 = 从不）</translation>
    </message>
    <message>
        <source>Warn when an expense predates its claim by more than (days, 0 = never)</source>
        <comment>settings</comment>
        <translation>费用日期早于报销日期超过多少天时提醒（天，0 = 从不）</translation>
    </message>
    <message>
        <source>Grade minimums (E is below D)</source>
        <comment>settings</comment>
        <translation>各等级最低分（低于 D 为 E）</translation>
    </message>
    <message>
        <source>Bonus coefficient per grade</source>
        <comment>settings</comment>
        <translation>各等级奖金系数</translation>
    </message>
    <message>
        <source>KPI score cap (times the target)</source>
        <comment>settings</comment>
        <translation>KPI 得分上限（目标的倍数）</translation>
    </message>
    <message>
        <source>Warning line (total below it gets a verbal warning)</source>
        <comment>settings</comment>
        <translation>警戒线（总分低于此线给予口头警告）</translation>
    </message>
    <message>
        <source>Conduct points per record kind</source>
        <comment>settings</comment>
        <translation>各类行为记录的加减分</translation>
    </message>
    <message>
        <source>Conduct points of these records (others take their kind's)</source>
        <comment>settings</comment>
        <translation>以下行为记录的加减分（其余按所属类别计分）</translation>
    </message>
    <message>
        <source>Lates in a month that count as one absence (0 = never)</source>
        <comment>settings</comment>
        <translation>每月迟到几次计为一次旷工（0 = 不折算）</translation>
    </message>
    <message numerus="yes">
        <source>Risk: a category's spend ahead of the month's pace by more than (points)</source>
        <comment>settings</comment>
        <translation>
            <numerusform>风险预警：费用类别支出超出本月进度（百分点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: project KPIs to the month's end from this day of the month</source>
        <comment>settings</comment>
        <translation>风险预警：从每月第几天起推算考核指标</translation>
    </message>
    <message>
        <source>Risk: a complaint's response overdue by more than (hours)</source>
        <comment>settings</comment>
        <translation>风险预警：投诉超过回应时限（小时）</translation>
    </message>
    <message>
        <source>Risk: a complaint unresolved for more than (days)</source>
        <comment>settings</comment>
        <translation>风险预警：投诉未解决超过（天）</translation>
    </message>
    <message>
        <source>Risk: cost per lead compared with the previous (months)</source>
        <comment>settings</comment>
        <translation>风险预警：线索成本对比此前（个月）</translation>
    </message>
    <message>
        <source>Risk: cost per lead above that average by more than (%)</source>
        <comment>settings</comment>
        <translation>风险预警：线索成本高于此前平均超过（%）</translation>
    </message>
    <message>
        <source>Risk: cost per lead judged from this many leads in the month</source>
        <comment>settings</comment>
        <translation>风险预警：本月线索达到此数才判断线索成本</translation>
    </message>
    <message>
        <source>Risk: an activity ended more than (days) ago and not completed</source>
        <comment>settings</comment>
        <translation>风险预警：活动结束超过（天）仍未完成</translation>
    </message>
    <message>
        <source>Risk: a new lead counts as waiting after (days) without contact</source>
        <comment>settings</comment>
        <translation>风险预警：新线索超过（天）未联系计为积压</translation>
    </message>
    <message>
        <source>Risk: more waiting leads than this are a warning</source>
        <comment>settings</comment>
        <translation>风险预警：积压线索超过此数即预警</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>settings</comment>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Discipline</source>
        <comment>settings</comment>
        <translation>纪律</translation>
    </message>
    <message>
        <source>Demeanor</source>
        <comment>settings</comment>
        <translation>仪容仪表</translation>
    </message>
    <message>
        <source>Commendation</source>
        <comment>settings</comment>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>settings</comment>
        <translation>培训</translation>
    </message>
    <message>
        <source>Absence</source>
        <comment>settings</comment>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Confidentiality breach</source>
        <comment>settings</comment>
        <translation>泄露机密</translation>
    </message>
    <message>
        <source>Argument with a customer</source>
        <comment>settings</comment>
        <translation>与客户争吵</translation>
    </message>
    <message>
        <source>Excellent employee</source>
        <comment>settings</comment>
        <translation>优秀营销员工</translation>
    </message>
    <message>
        <source>Best sales team</source>
        <comment>settings</comment>
        <translation>最佳销售团队</translation>
    </message>
    <message>
        <source>External training</source>
        <comment>settings</comment>
        <translation>外部培训</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <comment>settings</comment>
        <translation>事假</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>未知的设置项。</translation>
    </message>
    <message>
        <source>Choose a channel from the list (unknown channel).</source>
        <translation>请从列表中选择渠道（该渠道不存在）。</translation>
    </message>
    <message>
        <source>A channel needs a name of at most 60 characters.</source>
        <translation>渠道名称必填，最多 60 个字。</translation>
    </message>
    <message>
        <source>The channel '%s' exists already.</source>
        <translation>渠道“%s”已存在。</translation>
    </message>
</context>
</TS>
