<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Add observation</source>
        <translation>添加观察记录</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>新增竞争对手</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <source>Observed on:</source>
        <translation>观察日期：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Courses:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Price (yuan):</source>
        <translation>价格（元）：</translation>
    </message>
    <message>
        <source>Promotions:</source>
        <translation>促销活动：</translation>
    </message>
    <message>
        <source>Ads seen:</source>
        <translation>看到的广告：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Research plan</source>
        <translation>调研计划</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>调研目的：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>调研方法：</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>调研样本：</translation>
    </message>
    <message>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
</context>
<context>
    <name>ResearchFeature</name>
    <message>
        <source>Research</source>
        <translation>市场调研</translation>
    </message>
</context>
<context>
    <name>ResearchTab</name>
    <message>
        <source>Research plans</source>
        <translation>调研计划</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>新建计划(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
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
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report: findings</source>
        <translation>调研报告：调研结果</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Double-click a file to save a copy.</source>
        <translation>双击文件可另存一份。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Attach file...</source>
        <translation>添加附件...</translation>
    </message>
    <message>
        <source>Choose a research plan, or start one with New plan.</source>
        <translation>请选择调研计划，或点“新建计划”。</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>调研目的：%s</translation>
    </message>
    <message>
        <source>Method: %s</source>
        <translation>调研方法：%s</translation>
    </message>
    <message>
        <source>Sample: %s</source>
        <translation>调研样本：%s</translation>
    </message>
    <message>
        <source>Budget: %s</source>
        <translation>预算：%s</translation>
    </message>
    <message>
        <source>Returned by %s: %s</source>
        <translation>%s 退回：%s</translation>
    </message>
    <message>
        <source>Approved by %s</source>
        <translation>%s 已批准</translation>
    </message>
    <message>
        <source>Return the plan</source>
        <translation>退回计划</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>退回原因？</translation>
    </message>
    <message>
        <source>Attach a file to the report</source>
        <translation>为调研报告添加附件</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>另存文件</translation>
    </message>
    <message>
        <source>New &amp;competitor...</source>
        <translation>新增竞争对手(&amp;C)...</translation>
    </message>
    <message>
        <source>Add &amp;observation...</source>
        <translation>添加观察记录(&amp;O)...</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近观察</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>展位</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>观察内容</translation>
    </message>
    <message>
        <source>Choose a competitor to see its history.</source>
        <translation>请选择竞争对手查看历史记录。</translation>
    </message>
    <message>
        <source>History of %s (newest first)</source>
        <translation>%s 的历史记录（最新在前）</translation>
    </message>
    <message>
        <source>%s, at the booth of %s</source>
        <translation>%s，采集于展位 %s</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <source>research plan</source>
        <comment>audit record</comment>
        <translation>调研计划</translation>
    </message>
    <message>
        <source>research report file</source>
        <comment>audit record</comment>
        <translation>调研报告附件</translation>
    </message>
    <message>
        <source>competitor</source>
        <comment>audit record</comment>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>competitor observation</source>
        <comment>audit record</comment>
        <translation>竞争对手观察记录</translation>
    </message>
    <message>
        <source>The observation has no valid UUID.</source>
        <translation>该观察记录没有有效的 UUID。</translation>
    </message>
    <message>
        <source>The %s is not text.</source>
        <translation>%s不是文本。</translation>
    </message>
    <message>
        <source>Name the competitor (the institution).</source>
        <translation>请填写竞争对手（机构名称）。</translation>
    </message>
    <message>
        <source>The competitor's name is longer than %d characters.</source>
        <translation>竞争对手名称超过 %d 个字符。</translation>
    </message>
    <message>
        <source>The price is not an amount.</source>
        <translation>价格不是有效金额。</translation>
    </message>
    <message>
        <source>The price must be between 0 and a hundred million yuan.</source>
        <translation>价格须在 0 到一亿元之间。</translation>
    </message>
    <message>
        <source>The observation has no valid date.</source>
        <translation>该观察记录没有有效日期。</translation>
    </message>
    <message>
        <source>An observation cannot be in the future.</source>
        <translation>观察日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Write what was seen: a course, a price, a promotion, an ad or a note.</source>
        <translation>请填写所见内容：课程、价格、促销、广告或备注。</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察人</translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>与登记一致</translation>
    </message>
    <message>
        <source>captured at booth %s</source>
        <translation>采集于展位 %s</translation>
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
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>文字过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>This research plan no longer exists.</source>
        <translation>该调研计划已不存在。</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>Only a draft or a returned research plan can be changed.</source>
        <translation>只有草稿或已退回的调研计划可以修改。</translation>
    </message>
    <message>
        <source>This research plan is submitted already.</source>
        <translation>该调研计划已提交。</translation>
    </message>
    <message>
        <source>Give the purpose, method and sample before submitting.</source>
        <translation>提交前请填写调研目的、方法和样本。</translation>
    </message>
    <message>
        <source>Only a submitted research plan can be decided.</source>
        <translation>只有已提交的调研计划可以审批。</translation>
    </message>
    <message>
        <source>Give a reason for returning it.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <source>Only an approved research plan gets a report.</source>
        <translation>只有已批准的调研计划可以填写调研报告。</translation>
    </message>
    <message>
        <source>'%s' cannot be attached: attach the findings as a PDF or an image.</source>
        <translation>“%s”无法附加：请以 PDF 或图片形式附上调研结果。</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>“%s”已添加过。</translation>
    </message>
    <message>
        <source>This competitor no longer exists.</source>
        <translation>该竞争对手已不存在。</translation>
    </message>
    <message>
        <source>'%s' is in the register already.</source>
        <translation>“%s”已在竞争对手名录中。</translation>
    </message>
    <message>
        <source>Nothing changed: write what you observed.</source>
        <translation>没有变化：请写下观察到的情况。</translation>
    </message>
    <message>
        <source>The budget must be between 0 and a hundred million yuan.</source>
        <translation>预算须在 0 到一亿元之间。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the person in charge.</source>
        <translation>请选择负责人。</translation>
    </message>
    <message>
        <source>Only the plan's author can change it.</source>
        <translation>只有计划的填写人可以修改。</translation>
    </message>
    <message>
        <source>Research plan to approve: %s</source>
        <translation>调研计划待审批：%s</translation>
    </message>
    <message>
        <source>Research report to write: %s</source>
        <translation>调研报告待撰写：%s</translation>
    </message>
    <message>
        <source>Fieldwork %s – %s</source>
        <translation>调研期 %s – %s</translation>
    </message>
    <message>
        <source>Nobody approves or returns their own research plan.</source>
        <translation>不能审批或退回自己的调研计划。</translation>
    </message>
</context>
</TS>
