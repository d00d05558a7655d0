<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Promotion terms</source>
        <translation>优惠条款</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Ad copy submitted over its findings: %1</source>
        <translation>广告文案经强制提交：%1</translation>
    </message>
    <message>
        <source>The ad copy has findings under the Advertising Law; reword it, or ask a manager to submit it with an override.</source>
        <translation>广告文案有不符合《广告法》之处；请修改文案，或请营销经理填写理由后强制提交。</translation>
    </message>
    <message>
        <source>Submit copy with findings</source>
        <translation>强制提交有问题的文案</translation>
    </message>
    <message>
        <source>Why may this copy be published as it is? (recorded in the audit log)</source>
        <translation>为什么该文案可以原样发布？（记入审计日志）</translation>
    </message>
    <message>
        <source>Send back for approval?</source>
        <translation>退回重新审批？</translation>
    </message>
    <message>
        <source>The activity is approved. Changing its times, budget, copy or promotion terms sends it back for approval and releases its reserved budget until it is approved again. Go ahead?</source>
        <translation>活动已批准。修改时间、预算、文案或优惠条款会将活动退回重新审批，并在再次批准前释放其预留预算。是否继续？</translation>
    </message>
    <message>
        <source>The reason (the owner will see it):</source>
        <translation>原因（活动负责人可见）：</translation>
    </message>
</context>
<context>
    <name>ActivityFigures</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
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
        <source>Enrolled</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Budget reserved</source>
        <translation>预留预算</translation>
    </message>
</context>
<context>
    <name>ActivityRowsPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CampaignsFeature</name>
    <message>
        <source>New &amp;activity...</source>
        <translation>新建活动(&amp;A)...</translation>
    </message>
    <message>
        <source>Marketing &amp;plans...</source>
        <translation>营销计划(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Link to this activity</source>
        <translation>关联到本活动</translation>
    </message>
    <message>
        <source>Linked claim lines and expenses</source>
        <translation>已关联的报销明细和费用</translation>
    </message>
    <message>
        <source>Not linked yet (within a month, same expense category)</source>
        <translation>尚未关联（前后一个月内、同一费用类别）</translation>
    </message>
    <message>
        <source>Deleted (not counted)</source>
        <translation>已删除（不计入）</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>报销单</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>直接费用</translation>
    </message>
    <message>
        <source>Spent %1 of a budget of %2</source>
        <translation>预算 %2，已支出 %1</translation>
    </message>
    <message>
        <source>; %1 more in claims awaiting finance</source>
        <translation>；另有 %1 的报销单待财务审批</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>The school the activity is aimed at, if any</source>
        <translation>活动针对的学校（如有）</translation>
    </message>
    <message>
        <source>Goals, programme, division of work</source>
        <translation>目标、流程、分工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Target school</source>
        <translation>目标学校</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Marketing plan</source>
        <translation>营销计划</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Plan and notes</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <source>Ad copy (checked against the Advertising Law)</source>
        <translation>广告文案（按《广告法》检查）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Left in this category for %1-%2 after other activities: %3</source>
        <translation>该类别 %1 年 %2 月扣除其他活动后剩余：%3</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>已备齐 %1 / %2 项</translation>
    </message>
    <message>
        <source>Material %1: the quantity is a whole number</source>
        <translation>第 %1 项物料：数量须为整数</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Marketing plans</source>
        <translation>营销计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>目标：线索</translation>
    </message>
    <message>
        <source>Goal: trial classes</source>
        <translation>目标：试听</translation>
    </message>
    <message>
        <source>Goal: enrollments</source>
        <translation>目标：报名</translation>
    </message>
    <message>
        <source>Goal: revenue (yuan)</source>
        <translation>目标：收入（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Planned (yuan)</source>
        <translation>计划（元）</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>已批准预算</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>Check against the approved budget</source>
        <translation>对照已批准预算检查</translation>
    </message>
    <message>
        <source>Budget per expense category</source>
        <translation>各费用类别预算</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Planned activities (double-click to open)</source>
        <translation>计划内的活动（双击打开）</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>New (not saved)</source>
        <translation>新建（未保存）</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>Over the approved budget by %1 in total.</source>
        <translation>共超出已批准预算 %1。</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>退回原因：</translation>
    </message>
    <message>
        <source>Budgets of its activities: %1 of the plan's %2</source>
        <translation>计划预算 %2，其中活动预算 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Trial classes attended</source>
        <translation>已试听</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>预算支出</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>已完成活动</translation>
    </message>
    <message>
        <source>Leads from its activities</source>
        <translation>本计划活动带来的线索</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Results</source>
        <translation>活动效果</translation>
    </message>
    <message>
        <source>How it went: visitors, feedback, what to do differently next time</source>
        <translation>活动情况：到场人数、反馈、下次改进之处</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Leads counted on paper</source>
        <translation>纸质登记线索数</translation>
    </message>
    <message>
        <source>Mobile of a customer to add as a lead</source>
        <translation>输入客户手机号添加为线索</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>添加线索</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>活动线索</translation>
    </message>
    <message>
        <source>Add photo...</source>
        <translation>添加照片...</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>No customer you may see has this mobile.</source>
        <translation>没有找到您可查看的该手机号客户。</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Role in the activity</source>
        <translation>活动分工</translation>
    </message>
    <message>
        <source>Tick the people working on the activity besides its owner.</source>
        <translation>勾选负责人以外参与活动的人员。</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Offer</source>
        <translation>优惠方式</translation>
    </message>
    <message>
        <source>Value (% or yuan)</source>
        <translation>优惠额（% 或元）</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>成团人数</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Approved terms are locked: changing them sends the activity back for approval.</source>
        <translation>已批准的优惠条款已锁定：修改后活动将退回重新审批。</translation>
    </message>
    <message>
        <source>Promotion term %1</source>
        <translation>第 %1 条优惠条款</translation>
    </message>
    <message>
        <source>the percentage is a number such as 15</source>
        <translation>折扣比例须为数字，如 15</translation>
    </message>
    <message>
        <source>the group size is a number</source>
        <translation>成团人数须为数字</translation>
    </message>
    <message>
        <source>dates are written 2026-07-01</source>
        <translation>日期格式为 2026-07-01</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <source>marketing plan</source>
        <comment>audit record</comment>
        <translation>营销计划</translation>
    </message>
    <message>
        <source>plan budget line</source>
        <comment>audit record</comment>
        <translation>计划预算行</translation>
    </message>
    <message>
        <source>activity</source>
        <comment>audit record</comment>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>activity team member</source>
        <comment>audit record</comment>
        <translation>活动成员</translation>
    </message>
    <message>
        <source>promotion terms</source>
        <comment>audit record</comment>
        <translation>促销条款</translation>
    </message>
    <message>
        <source>activity material</source>
        <comment>audit record</comment>
        <translation>活动物料</translation>
    </message>
    <message>
        <source>activity cost</source>
        <comment>audit record</comment>
        <translation>活动费用</translation>
    </message>
    <message>
        <source>activity lead</source>
        <comment>audit record</comment>
        <translation>活动线索</translation>
    </message>
    <message>
        <source>activity photo</source>
        <comment>audit record</comment>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>activity kind</comment>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Campus booth</source>
        <comment>activity kind</comment>
        <translation>校园摆摊</translation>
    </message>
    <message>
        <source>Lecture</source>
        <comment>activity kind</comment>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Community event</source>
        <comment>activity kind</comment>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Ad placement</source>
        <comment>activity kind</comment>
        <translation>广告投放</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <comment>activity kind</comment>
        <translation>展会</translation>
    </message>
    <message>
        <source>Partner event</source>
        <comment>activity kind</comment>
        <translation>合作活动</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <comment>term kind</comment>
        <translation>打折</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <comment>term kind</comment>
        <translation>立减</translation>
    </message>
    <message>
        <source>Gift</source>
        <comment>term kind</comment>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Group purchase</source>
        <comment>term kind</comment>
        <translation>团购</translation>
    </message>
    <message>
        <source>%s is required.</source>
        <translation>%s为必填项。</translation>
    </message>
    <message>
        <source>%s must be a local time without a time zone.</source>
        <translation>%s须为不带时区的本地时间。</translation>
    </message>
    <message>
        <source>%s (%s) is out of range.</source>
        <translation>%s（%s）超出范围。</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>活动结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>An activity lasts a year at most.</source>
        <translation>一项活动最长为一年。</translation>
    </message>
    <message>
        <source>%s must be a whole number of at least %d.</source>
        <translation>%s须为不小于 %d 的整数。</translation>
    </message>
    <message>
        <source>%s is too large.</source>
        <translation>%s过大。</translation>
    </message>
    <message>
        <source>Promotion term %d</source>
        <translation>第 %d 条优惠条款</translation>
    </message>
    <message>
        <source>%s: choose what is offered.</source>
        <translation>%s：请选择优惠方式。</translation>
    </message>
    <message>
        <source>%s: a percentage off is between 0.01%% and 99.99%%.</source>
        <translation>%s：折扣比例须在 0.01%% 到 99.99%% 之间。</translation>
    </message>
    <message>
        <source>%s: name the gift.</source>
        <translation>%s：请填写赠品名称。</translation>
    </message>
    <message>
        <source>%s: the validity needs dates.</source>
        <translation>%s：有效期须填写日期。</translation>
    </message>
    <message>
        <source>%s: the validity ends before it starts.</source>
        <translation>%s：有效期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Material %d</source>
        <translation>第 %d 项物料</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>目标学校</translation>
    </message>
    <message>
        <source>The audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>The plan and notes</source>
        <translation>活动方案与备注</translation>
    </message>
    <message>
        <source>The ad copy</source>
        <translation>广告文案</translation>
    </message>
    <message>
        <source>A staff member no longer exists.</source>
        <translation>某位员工已不存在。</translation>
    </message>
    <message>
        <source>The team role</source>
        <translation>团队分工</translation>
    </message>
    <message>
        <source>The marketing plan no longer exists.</source>
        <translation>该营销计划已不存在。</translation>
    </message>
    <message>
        <source>The expense category no longer exists.</source>
        <translation>该费用类别已不存在。</translation>
    </message>
    <message>
        <source>Choose the expense category the budget is reserved in.</source>
        <translation>请选择预留预算所属的费用类别。</translation>
    </message>
    <message>
        <source>Too many lines.</source>
        <translation>行数过多。</translation>
    </message>
    <message>
        <source>%d (year)</source>
        <translation>%d 年度</translation>
    </message>
    <message>
        <source>%d Q%d</source>
        <translation>%d 年第 %d 季度</translation>
    </message>
    <message>
        <source>%d-%02d</source>
        <translation>%d 年 %02d 月</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>plan period</comment>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>plan period</comment>
        <translation>季度</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>plan period</comment>
        <translation>月度</translation>
    </message>
    <message>
        <source>%s must be a whole number from 0 to %d.</source>
        <translation>%s须为 0 到 %d 之间的整数。</translation>
    </message>
    <message>
        <source>Choose annual, quarterly or monthly.</source>
        <translation>请选择年度、季度或月度。</translation>
    </message>
    <message>
        <source>Choose the quarter (1 to 4).</source>
        <translation>请选择季度（1 至 4）。</translation>
    </message>
    <message>
        <source>Choose the month (1 to 12).</source>
        <translation>请选择月份（1 至 12）。</translation>
    </message>
    <message>
        <source>The leads goal</source>
        <translation>线索目标</translation>
    </message>
    <message>
        <source>The trials goal</source>
        <translation>试听目标</translation>
    </message>
    <message>
        <source>The enrollments goal</source>
        <translation>报名目标</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The marketing plan no longer exists (#%s).</source>
        <translation>该营销计划已不存在（#%s）。</translation>
    </message>
    <message>
        <source>There is a plan for %s already.</source>
        <translation>%s 已有营销计划。</translation>
    </message>
    <message>
        <source>A %s plan can no longer be edited.</source>
        <translation>%s的计划不能再修改。</translation>
    </message>
    <message>
        <source>Only the plan's author or a manager may change it.</source>
        <translation>只有计划的编制人或营销经理可以修改该计划。</translation>
    </message>
    <message>
        <source>Unknown action: %s</source>
        <translation>未知操作：%s</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The plan's budget is over the approved budget: %s.</source>
        <translation>计划预算超出已批准的预算：%s。</translation>
    </message>
    <message>
        <source>%s by %s</source>
        <translation>%s 超出 %s</translation>
    </message>
    <message>
        <source>%s ended %d days ago; the summary is written but the activity is not completed</source>
        <translation>%s 已结束 %d 天，总结已写但活动尚未完成</translation>
    </message>
    <message>
        <source>%s ended %d days ago and has no summary</source>
        <translation>%s 已结束 %d 天，仍没有活动总结</translation>
    </message>
    <message>
        <source>Activity over without a summary</source>
        <translation>活动结束未总结</translation>
    </message>
    <message>
        <source>Approved or running activities whose end date passed the set days ago and that are not completed with their summary.</source>
        <translation>已批准或进行中的活动，结束日期已过设定天数仍未写总结完成。</translation>
    </message>
    <message>
        <source>Only the activity's owner, its team or a manager may change it.</source>
        <translation>只有活动负责人、活动团队成员或营销经理可以修改该活动。</translation>
    </message>
    <message>
        <source>The activity no longer exists (#%s).</source>
        <translation>该活动已不存在（#%s）。</translation>
    </message>
    <message>
        <source>A %s activity can no longer be changed.</source>
        <translation>%s的活动不能再修改。</translation>
    </message>
    <message>
        <source>The activity is running: its times, budget, copy and promotion terms can no longer be changed.</source>
        <translation>活动正在进行：时间、预算、文案和优惠条款不能再修改。</translation>
    </message>
    <message>
        <source>The activity is approved: changing its times, budget, copy or promotion terms sends it back for approval.</source>
        <translation>活动已批准：修改时间、预算、文案或优惠条款将退回重新审批。</translation>
    </message>
    <message>
        <source>sent back for approval</source>
        <translation>退回重新审批</translation>
    </message>
    <message>
        <source>A %s activity cannot be moved.</source>
        <translation>%s的活动不能调整时间。</translation>
    </message>
    <message>
        <source>The ad copy has %d finding(s) under the Advertising Law: %s. Reword it, or a manager submits it with an override and a reason.</source>
        <translation>广告文案有 %d 处不符合《广告法》：%s。请修改文案，或由营销经理填写理由后强制提交。</translation>
    </message>
    <message>
        <source>Only a manager may submit ad copy with findings (override with a reason).</source>
        <translation>只有营销经理可以填写理由后提交有问题的广告文案。</translation>
    </message>
    <message>
        <source>Write the activity's summary (leads, cost, notes) before completing it.</source>
        <translation>请先填写活动总结（线索、费用、备注）再结束活动。</translation>
    </message>
    <message>
        <source>The budget of %s for %d-%02d has %s left after the other activities' reservations; this activity needs %s. Lower its budget or request a budget adjustment.</source>
        <translation>%s %d 年 %02d 月的预算扣除其他活动预留后剩余 %s，本活动需要 %s。请降低活动预算或申请预算调整。</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Other leads must be a whole number of at least 0.</source>
        <translation>其他线索数须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>The summary is written once the activity has started.</source>
        <translation>活动开始后才能填写总结。</translation>
    </message>
    <message>
        <source>Photos are JPEG, PNG or WebP images.</source>
        <translation>照片须为 JPEG、PNG 或 WebP 格式。</translation>
    </message>
    <message>
        <source>A photo is at most 8 MB.</source>
        <translation>每张照片不超过 8 MB。</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Photos are added once the activity has started.</source>
        <translation>活动开始后才能添加照片。</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>该照片已不存在。</translation>
    </message>
    <message>
        <source>A completed activity keeps its photos.</source>
        <translation>已完成的活动不能删除照片。</translation>
    </message>
    <message>
        <source>Leads are captured at approved activities (this one is %s).</source>
        <translation>只有已批准的活动才能登记线索（本活动为%s）。</translation>
    </message>
    <message>
        <source>A customer no longer exists.</source>
        <translation>某位客户已不存在。</translation>
    </message>
    <message>
        <source>The capture time is a local time.</source>
        <translation>登记时间须为本地时间。</translation>
    </message>
    <message>
        <source>%d lead(s)</source>
        <translation>%d 条线索</translation>
    </message>
    <message>
        <source>A completed activity keeps its leads.</source>
        <translation>已完成的活动不能移除线索。</translation>
    </message>
    <message>
        <source>The lead is not linked to this activity.</source>
        <translation>该线索未关联到本活动。</translation>
    </message>
    <message>
        <source>Choose one claim line or one direct expense.</source>
        <translation>请选择一条报销明细或一笔直接费用。</translation>
    </message>
    <message>
        <source>A %s activity's costs can no longer be changed.</source>
        <translation>%s的活动不能再修改费用。</translation>
    </message>
    <message>
        <source>Link the original expense; its reversal follows it.</source>
        <translation>请关联原始费用，冲销记录会随之计入。</translation>
    </message>
    <message>
        <source>The claim line or expense no longer exists.</source>
        <translation>该报销明细或费用已不存在。</translation>
    </message>
    <message>
        <source>That spend already counts for an activity.</source>
        <translation>该笔费用已计入某项活动。</translation>
    </message>
    <message>
        <source>Marketing plan to approve: %s</source>
        <translation>营销计划待审批：%s</translation>
    </message>
    <message>
        <source>Activity to approve: %s</source>
        <translation>营销活动待审批：%s</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>activity status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>activity status</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>activity status</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>activity status</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>activity status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>activity status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>activity status</comment>
        <translation>已取消</translation>
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
        <source>Returned</source>
        <comment>plan status</comment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <comment>activity action</comment>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>activity action</comment>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>activity action</comment>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>activity action</comment>
        <translation>重新编辑</translation>
    </message>
    <message>
        <source>Send back for approval</source>
        <comment>activity action</comment>
        <translation>退回重新审批</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>activity action</comment>
        <translation>开始活动</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>activity action</comment>
        <translation>完成活动</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <comment>activity action</comment>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>plan action</comment>
        <translation>退回</translation>
    </message>
    <message>
        <source>An activity that is %s cannot be changed that way (%s).</source>
        <translation>%s的活动不能执行此操作（%s）。</translation>
    </message>
    <message>
        <source>A plan that is %s cannot be changed that way (%s).</source>
        <translation>%s的计划不能执行此操作（%s）。</translation>
    </message>
</context>
</TS>
