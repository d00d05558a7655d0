<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Assign owner…</source>
        <translation>分配负责人…</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>Tier %s</source>
        <translation>%s 类</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Select one or more customers first.</source>
        <translation>请先选择一个或多个客户。</translation>
    </message>
    <message>
        <source>Many customers</source>
        <translation>客户较多</translation>
    </message>
    <message numerus="yes">
        <source>This changes %n customers, each one audited. Continue?</source>
        <translation>
            <numerusform>此操作将修改 %n 个客户，每一个都会记入审计日志。继续吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed.</source>
        <translation>
            <numerusform>已修改 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message numerus="yes">
        <source>New owner of %n customer(s):</source>
        <translation>
            <numerusform>%n 个客户的新负责人：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the deleted list? They can be restored.</source>
        <translation>
            <numerusform>将 %n 个客户移入已删除列表？之后可以恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Courses and channels</source>
        <translation>课程与渠道</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开设</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
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
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>线下</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <source>Online channel</source>
        <translation>线上渠道</translation>
    </message>
    <message>
        <source>In use (offered for new customers)</source>
        <translation>启用（新客户可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>记录投诉</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>Teaching quality</source>
        <translation>教学质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退费</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>排课</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Handle complaint</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>Response to the customer, or how it was resolved</source>
        <translation>对客户的答复，或处理结果</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Offered (shown in the forms)</source>
        <translation>开设中（表单中可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Course interests</source>
        <translation>意向课程</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Change the pipeline status</source>
        <translation>更改客户阶段</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>计划回访…</translation>
    </message>
    <message>
        <source>Book trial…</source>
        <translation>预约试听…</translation>
    </message>
    <message>
        <source>Enrollment…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <source>Double-click a trial, a planned follow-up or a complaint to record what happened.</source>
        <translation>双击试听、计划中的回访或投诉，记录处理结果。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Customer %s</source>
        <translation>客户 %s</translation>
    </message>
    <message>
        <source>Status: %s ▾</source>
        <translation>阶段：%s ▾</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>试听课</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to this customer before closing?</source>
        <translation>关闭前保存对该客户的修改吗？</translation>
    </message>
    <message>
        <source>What happened at the trial class on %s?</source>
        <translation>%s 的试听课结果如何？</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CustomersFeature</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>查找重复客户…</translation>
    </message>
    <message>
        <source>Courses and channels…</source>
        <translation>课程与渠道…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>所选客户</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>所选行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>Showing the first %d customers, counting…</source>
        <translation>显示前 %d 个客户，正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches this search or filter.
Clear the search box or the filters to see all.</source>
        <translation>没有符合搜索或筛选条件的客户。
清空搜索框或筛选条件即可查看全部。</translation>
    </message>
    <message>
        <source>No customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>还没有客户。
按 Ctrl+N 添加第一个客户。</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>没有可显示的客户。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find and merge duplicates</source>
        <translation>查找并合并重复客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Merging keeps the oldest customer of a group and moves every follow-up, trial, enrollment, complaint and status change of the others to it. Merged customers go to the deleted list.</source>
        <translation>合并时保留每组中最早的客户，其他客户的回访、试听、报名、投诉和阶段变更记录全部转到该客户名下。被合并的客户移入已删除列表。</translation>
    </message>
    <message>
        <source>Merge selected group</source>
        <translation>合并所选组</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复客户。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Add an enrollment</source>
        <translation>添加报名</translation>
    </message>
    <message>
        <source>(the customer's owner)</source>
        <translation>（客户负责人）</translation>
    </message>
    <message>
        <source>(no course chosen)</source>
        <translation>（未选课程）</translation>
    </message>
    <message>
        <source>Automatic (renewal if enrolled before)</source>
        <translation>自动（之前报过名即为续费）</translation>
    </message>
    <message>
        <source>First enrollment</source>
        <translation>首次报名</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>Discount (¥)</source>
        <translation>优惠金额（元）</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Sales owner</source>
        <translation>销售负责人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, pinyin (zs), phone or last 4 digits, school  (Ctrl+F)</source>
        <translation>搜索：姓名、拼音（如 zs）、电话或后四位、学校（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Tier %s</source>
        <translation>%s 类</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>全部回访</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>今日待回访</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>回访已逾期</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>今日及逾期</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Only customers with a complaint not yet resolved</source>
        <translation>只显示有未解决投诉的客户</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>日期…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>在册客户</translation>
    </message>
    <message>
        <source>Deleted customers</source>
        <translation>已删除客户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>What was said, what the customer wants</source>
        <translation>沟通内容、客户需求</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Plan the next follow-up on</source>
        <translation>计划下次回访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Minor (under 18)</source>
        <translation>未成年（18 岁以下）</translation>
    </message>
    <message>
        <source>The guardian agreed that we keep this data</source>
        <translation>监护人已同意保存这些信息</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>同意接收联系</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Source event</source>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Course interests</source>
        <translation>意向课程</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consent given on %s</source>
        <translation>同意时间：%s</translation>
    </message>
    <message>
        <source>Already registered to a colleague's customer</source>
        <translation>已登记为其他同事的客户</translation>
    </message>
    <message>
        <source>Already registered: %s (#%d)</source>
        <translation>已登记：%s（#%d）</translation>
    </message>
    <message>
        <source>✓ %s</source>
        <translation>✓ %s</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change pipeline status</source>
        <translation>更改客户阶段</translation>
    </message>
    <message>
        <source>Required when the customer is lost</source>
        <translation>客户流失时必填</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Follow-ups (%d)</source>
        <translation>回访（%d）</translation>
    </message>
    <message>
        <source>Trial classes (%d)</source>
        <translation>试听课（%d）</translation>
    </message>
    <message>
        <source>Overdue since %s</source>
        <translation>自 %s 起逾期</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>试听课</translation>
    </message>
    <message>
        <source>The outcome of this trial was never recorded.</source>
        <translation>这次试听的结果尚未记录。</translation>
    </message>
    <message>
        <source>Complaints (%d)</source>
        <translation>投诉（%d）</translation>
    </message>
    <message>
        <source>Respond by %s</source>
        <translation>请于 %s 前响应</translation>
    </message>
    <message>
        <source>Today: %d due, %d overdue</source>
        <translation>今日待办：%d 项，其中逾期 %d 项</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>Book a trial class</source>
        <translation>预约试听课</translation>
    </message>
    <message>
        <source>(no course chosen)</source>
        <translation>（未选课程）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <source>This customer belongs to another colleague.</source>
        <translation>该客户属于其他同事。</translation>
    </message>
    <message>
        <source>Only the customer's owner may change this customer.</source>
        <translation>只有客户的负责人可以修改该客户。</translation>
    </message>
    <message>
        <source>The customer no longer exists (#%s).</source>
        <translation>该客户已不存在（#%s）。</translation>
    </message>
    <message>
        <source>The name '%s' holds line breaks or a phone number: several rows of the file may have run together (a quote opened and not closed).</source>
        <translation>姓名“%s”中含有换行或电话号码：文件中的几行可能连在了一起（引号只开未关）。</translation>
    </message>
    <message>
        <source>The name contains a text-direction control character, which may disguise it.</source>
        <translation>姓名中含有文字方向控制字符，可能用来伪装姓名。</translation>
    </message>
    <message>
        <source>The name has no visible characters.</source>
        <translation>姓名中没有可见字符。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer field</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>customer field</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>customer field</comment>
        <translation>年级</translation>
    </message>
    <message>
        <source>School</source>
        <comment>customer field</comment>
        <translation>学校</translation>
    </message>
    <message>
        <source>Guardian</source>
        <comment>customer field</comment>
        <translation>监护人</translation>
    </message>
    <message>
        <source>District</source>
        <comment>customer field</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Training needs</source>
        <comment>customer field</comment>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Course interests</source>
        <comment>customer field</comment>
        <translation>意向课程</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer field</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source event</source>
        <comment>customer field</comment>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <comment>customer field</comment>
        <translation>同意书措辞</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>customer field</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Write what was said in the follow-up.</source>
        <translation>请填写回访内容。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>下次回访日期不能早于今天。</translation>
    </message>
    <message>
        <source>This follow-up is done already.</source>
        <translation>该回访已完成。</translation>
    </message>
    <message>
        <source>The trial time needs a time zone.</source>
        <translation>试听时间缺少时区。</translation>
    </message>
    <message>
        <source>No such course.</source>
        <translation>没有该课程。</translation>
    </message>
    <message>
        <source>Unknown trial status '%s'.</source>
        <translation>未知的试听状态“%s”。</translation>
    </message>
    <message>
        <source>A trial cannot go from '%s' to '%s'.</source>
        <translation>试听不能从“%s”变为“%s”。</translation>
    </message>
    <message>
        <source>The trial is on %s: its outcome can be recorded from then on.</source>
        <translation>试听课时间为 %s，届时起才能登记结果。</translation>
    </message>
    <message>
        <source>Class hours cannot be negative.</source>
        <translation>课时不能为负数。</translation>
    </message>
    <message>
        <source>The enrollment date is too far ahead.</source>
        <translation>报名日期太靠后了。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>没有该员工。</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>The response deadline must be positive.</source>
        <translation>响应时限必须大于零。</translation>
    </message>
    <message>
        <source>Unknown complaint status '%s'.</source>
        <translation>未知的投诉状态“%s”。</translation>
    </message>
    <message>
        <source>A complaint cannot go from '%s' to '%s'.</source>
        <translation>投诉不能从“%s”变为“%s”。</translation>
    </message>
    <message>
        <source>Describe how the complaint was resolved.</source>
        <translation>请填写投诉的处理结果。</translation>
    </message>
    <message>
        <source>The complaint no longer exists (#%s).</source>
        <translation>该投诉已不存在（#%s）。</translation>
    </message>
    <message>
        <source>Planned: %s</source>
        <translation>计划：%s</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Same name and guardian phone</source>
        <translation>姓名和监护人电话相同</translation>
    </message>
    <message>
        <source>Same WeChat id</source>
        <translation>微信号相同</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>Merged into customer #%d.</source>
        <translation>已合并到客户 #%d。</translation>
    </message>
    <message>
        <source>Too many phone-number searches in a short time. Wait a minute, or search by name.</source>
        <translation>短时间内按手机号搜索的次数过多。请等一分钟再搜，或按姓名搜索。</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: it is a negative number.</source>
        <translation>“%s”不是电话号码：它是一个负数。</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: it contains letters or symbols.</source>
        <translation>“%s”不是电话号码：包含字母或符号。</translation>
    </message>
    <message>
        <source>'%s' is not a phone number.</source>
        <translation>“%s”不是电话号码。</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: wrong number of digits.</source>
        <translation>“%s”不是电话号码：位数不对。</translation>
    </message>
    <message>
        <source>'%s' is not a mobile number: a mobile number has 11 digits.</source>
        <translation>“%s”不是手机号码：手机号码应为 11 位。</translation>
    </message>
    <message>
        <source>'%s' is not a mobile number.</source>
        <translation>“%s”不是手机号码。</translation>
    </message>
    <message>
        <source>%s looks unallocated (no operator uses this range). Check it.</source>
        <translation>%s 似乎是未分配的号段（没有运营商使用），请核对。</translation>
    </message>
    <message>
        <source>New lead</source>
        <comment>customer status</comment>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <comment>customer status</comment>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Trial booked</source>
        <comment>customer status</comment>
        <translation>已约试听</translation>
    </message>
    <message>
        <source>Trial attended</source>
        <comment>customer status</comment>
        <translation>已试听</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>customer status</comment>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Renewed</source>
        <comment>customer status</comment>
        <translation>已续费</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer status</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>booth bundle</source>
        <translation>展位数据包</translation>
    </message>
    <message>
        <source>Unknown status '%s'.</source>
        <translation>未知状态“%s”。</translation>
    </message>
    <message>
        <source>A customer cannot go from '%s' to '%s'.</source>
        <translation>客户不能从“%s”变为“%s”。</translation>
    </message>
    <message>
        <source>Say why the customer was lost.</source>
        <translation>请填写流失原因。</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>trial status</comment>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>trial status</comment>
        <translation>已出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>trial status</comment>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>trial status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>complaint status</comment>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Handling</source>
        <comment>complaint status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>complaint status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>complaint status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>follow-up method</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>follow-up method</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>follow-up method</comment>
        <translation>面访</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>follow-up method</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>Complaints without a response past the deadline: %d (the longest %d hours)</source>
        <translation>超过回应时限仍未回应的投诉：%d 件（最长已超 %d 小时）</translation>
    </message>
    <message>
        <source>Complaints without a response past the deadline: %d (the longest %d days)</source>
        <translation>超过回应时限仍未回应的投诉：%d 件（最长已超 %d 天）</translation>
    </message>
    <message>
        <source>Complaints unresolved after more than %d days: %d (the oldest %d days)</source>
        <translation>超过 %d 天仍未解决的投诉：%d 件（最久已 %d 天）</translation>
    </message>
    <message>
        <source>%d new leads waiting more than %d days for a first contact (%d a week ago)</source>
        <translation>%d 条新线索超过 %d 天未首次联系（一周前为 %d 条）</translation>
    </message>
    <message>
        <source>Complaints past their deadlines</source>
        <translation>投诉逾期未处理</translation>
    </message>
    <message>
        <source>Complaints with no response past the response deadline, or unresolved after the set days.</source>
        <translation>超过回应时限仍未回应，或超过设定天数仍未解决的投诉。</translation>
    </message>
    <message>
        <source>Lead pool growing uncontacted</source>
        <translation>未联系线索积压</translation>
    </message>
    <message>
        <source>New leads never contacted after the set days, counted.</source>
        <translation>超过设定天数仍未联系的新线索数量。</translation>
    </message>
    <message>
        <source>A colleague has just saved a customer with this mobile. Search for it instead of adding it again.</source>
        <translation>同事刚刚保存了使用这个手机号的客户，请搜索该客户，不要重复添加。</translation>
    </message>
    <message>
        <source>A course needs a name of at most 100 characters.</source>
        <translation>课程名称必填，最多 100 个字。</translation>
    </message>
    <message>
        <source>The category is too long (at most 40).</source>
        <translation>类别太长（最多 40 个字）。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The course '%s' exists already.</source>
        <translation>课程“%s”已存在。</translation>
    </message>
    <message>
        <source>The mobile %s belongs to another colleague's customer already.</source>
        <translation>手机号 %s 已属于其他同事的客户。</translation>
    </message>
    <message>
        <source>The mobile %s belongs to customer %s (#%d) already.</source>
        <translation>手机号 %s 已属于客户 %s（#%d）。</translation>
    </message>
    <message>
        <source>No such channel.</source>
        <translation>没有该渠道。</translation>
    </message>
    <message>
        <source>Only a manager may give a customer to a colleague.</source>
        <translation>只有经理可以把客户分配给其他同事。</translation>
    </message>
    <message>
        <source>Cannot restore: customer %s (#%d) has the same mobile now.</source>
        <translation>无法恢复：客户 %s（#%d）现在使用相同的手机号。</translation>
    </message>
    <message>
        <source>The tier must be A, B or C.</source>
        <translation>客户等级必须是 A、B 或 C。</translation>
    </message>
    <message>
        <source>A tag needs 1 to 40 characters.</source>
        <translation>标签应为 1 到 40 个字。</translation>
    </message>
    <message>
        <source>Give at least one way to reach the customer: a mobile, a guardian phone or WeChat.</source>
        <translation>请至少填写一种联系方式：手机、监护人电话或微信。</translation>
    </message>
    <message>
        <source>Unknown gender '%s'.</source>
        <translation>未知性别“%s”。</translation>
    </message>
    <message>
        <source>A minor needs a guardian's name.</source>
        <translation>未成年人须填写监护人姓名。</translation>
    </message>
    <message>
        <source>A minor needs a guardian's phone.</source>
        <translation>未成年人必须填写监护人电话。</translation>
    </message>
    <message>
        <source>A minor's data may only be kept with the guardian's consent.</source>
        <translation>未成年人的信息须经监护人同意方可保存。</translation>
    </message>
    <message>
        <source>At most %d tags.</source>
        <translation>最多 %d 个标签。</translation>
    </message>
    <message>
        <source>Unknown follow-up method '%s'.</source>
        <translation>未知的回访方式“%s”。</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>%d or more others: see the Customers tab</source>
        <translation>另有至少 %d 项，请到“客户”页查看</translation>
    </message>
    <message>
        <source>%d others: see the Customers tab</source>
        <translation>另有 %d 项，请到“客户”页查看</translation>
    </message>
    <message>
        <source>Follow up %s</source>
        <translation>回访 %s</translation>
    </message>
    <message>
        <source>Trial class: %s</source>
        <translation>试听课：%s</translation>
    </message>
    <message>
        <source>Complaint past its response time: %s</source>
        <translation>投诉超时未响应：%s</translation>
    </message>
</context>
</TS>
