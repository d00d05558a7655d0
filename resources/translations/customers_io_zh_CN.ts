<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BoothWindow</name>
    <message>
        <source>Booth capture</source>
        <translation>展位登记</translation>
    </message>
    <message>
        <source>e.g. open day at No. 1 Middle School</source>
        <translation>例如：第一中学开放日</translation>
    </message>
    <message>
        <source>Under 18 (a guardian must agree)</source>
        <translation>未满 18 岁（须监护人同意）</translation>
    </message>
    <message>
        <source>The guardian agrees to the data being kept</source>
        <translation>监护人同意保存信息</translation>
    </message>
    <message>
        <source>Agrees to be contacted by phone, SMS or WeChat</source>
        <translation>同意通过电话、短信或微信联系</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Guardian phone:</source>
        <translation>监护人电话：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Course interests:</source>
        <translation>意向课程：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <source>Competitor seen… (Ctrl+K)</source>
        <translation>记录竞争对手… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Only in a booth kit: in the office, use the competitor register.</source>
        <translation>仅在展位工具包中可用；在办公室请使用竞争对手登记。</translation>
    </message>
    <message>
        <source>Export bundle… (Ctrl+E)</source>
        <translation>导出数据包… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>退出展位模式</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>已登记线索</translation>
    </message>
    <message>
        <source>This mobile belongs to a colleague's customer already: saving adds a booth-visit note to it.</source>
        <translation>此手机号已属于同事的客户：保存将为该客户添加一条展位到访备注。</translation>
    </message>
    <message>
        <source>Registered already as %s: saving adds a booth-visit note to that customer.</source>
        <translation>已登记为 %s：保存将为该客户添加一条展位到访记录。</translation>
    </message>
    <message>
        <source>Visited the booth</source>
        <translation>展位到访</translation>
    </message>
    <message>
        <source>Note added to %s.</source>
        <translation>已为 %s 添加记录。</translation>
    </message>
    <message>
        <source>The visit was noted on a colleague's customer.</source>
        <translation>已在同事的客户上记录本次到访。</translation>
    </message>
    <message>
        <source>Saved: %s.</source>
        <translation>已保存：%s。</translation>
    </message>
    <message>
        <source>%d new leads, %d notes on known customers</source>
        <translation>新线索 %d 条，老客户到访记录 %d 条</translation>
    </message>
    <message>
        <source>%d competitor notes saved in the kit.</source>
        <translation>已在工具包中保存 %d 条竞争对手记录。</translation>
    </message>
    <message>
        <source>Competitors noted: %d</source>
        <translation>已记录竞争对手：%d 条</translation>
    </message>
    <message>
        <source>Export booth bundle</source>
        <translation>导出展位数据包</translation>
    </message>
    <message>
        <source>Booth bundles (*%s)</source>
        <translation>展位数据包 (*%s)</translation>
    </message>
    <message>
        <source>%d leads and %d visits written to %s (encrypted). Copy the file to the office computer and merge it there.</source>
        <translation>%d 条线索和 %d 条回访已写入 %s（已加密）。请将文件复制到办公室电脑并在那里合并。</translation>
    </message>
    <message>
        <source>It also carries %d competitor notes.</source>
        <translation>其中还包含 %d 条竞争对手记录。</translation>
    </message>
</context>
<context>
    <name>CustomersIoActions</name>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about the customer was written to %s.</source>
        <translation>该客户的全部存储信息已写入 %s。</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>匿名化客户</translation>
    </message>
    <message>
        <source>Remove the name, phones, WeChat, guardian, school, notes and all free texts of this customer for good? Statistics (status, channel, dates, enrollments) are kept. This cannot be undone.</source>
        <translation>永久删除该客户的姓名、电话、微信、监护人、学校、备注及所有自由文本？统计数据（状态、渠道、日期、报名）将保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>个人信息…</translation>
    </message>
    <message>
        <source>Export everything stored about this customer (PIPL request)</source>
        <translation>导出该客户的全部存储信息（个人信息保护法申请）</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Merge booth bundle…</source>
        <translation>合并展位数据包…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>导出个人信息…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印名单…</translation>
    </message>
    <message>
        <source>Print the customers shown, or the selected ones (Ctrl+P)</source>
        <translation>打印当前显示的客户或所选客户（Ctrl+P）</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>展位模式</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>All customers in the current view</source>
        <translation>当前视图中的全部客户</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>所选的 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Chinese column headers</source>
        <translation>中文列名</translation>
    </message>
    <message>
        <source>English column headers</source>
        <translation>英文列名</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Phone numbers, WeChat and guardian names will be masked (your role may not see them).</source>
        <translation>电话号码、微信和监护人姓名将脱敏（您的角色无权查看）。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%d customers exported to %s.</source>
        <translation>已导出 %d 位客户到 %s。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx, .xls) or a CSV file (UTF-8 or GBK). Title rows above the column names are skipped; columns such as 姓名, 手机, 家长, 学校, 年级, 渠道 are recognised. Rows with the same mobile become one customer, and customers that exist already are completed, not duplicated.</source>
        <translation>请选择 Excel 文件（.xlsx、.xls）或 CSV 文件（UTF-8 或 GBK）。列名上方的标题行会被跳过；能识别“姓名、手机、家长、学校、年级、渠道”等列。手机号相同的行合并为同一客户，已有客户只补全信息，不会重复。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>列名所在行：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Rejected and warnings</source>
        <translation>被拒绝和有警告的行</translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation>仅被拒绝的行</translation>
    </message>
    <message>
        <source>Merged only</source>
        <translation>仅合并的行</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Save report as .xlsx…</source>
        <translation>将报告保存为 .xlsx…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (%s)</source>
        <translation>电子表格和 CSV (%s)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>No row with column names was found: enter the row that holds them.</source>
        <translation>找不到列名行：请输入列名所在的行号。</translation>
    </message>
    <message>
        <source>Column names found in row %d; %d data rows below. Check how each column is imported and correct it where needed.</source>
        <translation>列名位于第 %d 行，其下有 %d 行数据。请检查每列的导入方式，必要时更正。</translation>
    </message>
    <message>
        <source>(column %d)</source>
        <translation>（第 %d 列）</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>New customers: %d · rows merged into another row: %d · rejected: %d · skipped: %d. Rejected rows are not imported; everything else is imported in one step.</source>
        <translation>新客户：%d · 并入其他行：%d · 拒绝：%d · 跳过：%d。被拒绝的行不会导入，其余一次性导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;&lt;br&gt;New customers: %d&lt;br&gt;Rows merged into one customer: %d&lt;br&gt;Existing customers completed: %d&lt;br&gt;Rows rejected: %d&lt;br&gt;Rows skipped (blank, totals): %d</source>
        <translation>&lt;b&gt;导入完成。&lt;/b&gt;&lt;br&gt;新客户：%d&lt;br&gt;合并为同一客户的行：%d&lt;br&gt;补全的已有客户：%d&lt;br&gt;被拒绝的行：%d&lt;br&gt;跳过的行（空行、合计行）：%d</translation>
    </message>
    <message>
        <source>-import-report</source>
        <translation>-导入报告</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MergeBundleDialog</name>
    <message>
        <source>Merge booth bundle</source>
        <translation>合并展位数据包</translation>
    </message>
    <message>
        <source>Merge the leads and visits captured in a booth kit. A lead whose mobile is already a customer becomes a follow-up note on that customer and fills its blanks; merging the same bundle again changes nothing. Only bundles of this office's kits are accepted.</source>
        <translation>合并在展位工具包中录入的线索和回访。手机号已属于现有客户的线索，会成为该客户的一条回访备注并补全其空白信息；再次合并同一数据包不会有任何改变。只接受本办公室工具包的数据包。</translation>
    </message>
    <message>
        <source>Booth bundle file (%s)</source>
        <translation>展位数据包文件 (%s)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Booth bundles (*%s)</source>
        <translation>展位数据包 (*%s)</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>note on existing</source>
        <translation>记为老客户跟进</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>已合并过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>visit added</source>
        <translation>已添加回访</translation>
    </message>
    <message>
        <source>competitor register</source>
        <translation>竞争对手登记</translation>
    </message>
    <message>
        <source>%d new customers, %d notes on existing customers, %d visits, %d already merged, %d rejected; %d values differ from the office's (listed below).</source>
        <translation>新客户 %d，现有客户备注 %d，回访 %d，此前已合并 %d，拒绝 %d；%d 项与办公室记录不同（见下表）。</translation>
    </message>
    <message>
        <source>%d competitors seen at the booth went into the competitor register.</source>
        <translation>%d 条展位所见竞争对手记录已录入竞争对手登记。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
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
        <source>Reason / warnings</source>
        <translation>原因 / 警告</translation>
    </message>
</context>
<context>
    <name>RecordPrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print this customer's record (Ctrl+P)</source>
        <translation>打印该客户的档案（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation>客户档案-%1.pdf</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No customers to print: clear the search or the filters.</source>
        <translation>没有可打印的客户：请清除搜索或筛选条件。</translation>
    </message>
</context>
<context>
    <name>customers_io</name>
    <message>
        <source>Type the mobile of the customer.</source>
        <translation>请输入客户的手机号。</translation>
    </message>
    <message>
        <source>Write what the visit was about.</source>
        <translation>请填写本次到访的内容。</translation>
    </message>
    <message>
        <source>No customer has the mobile %s.</source>
        <translation>没有客户使用手机号 %s。</translation>
    </message>
    <message>
        <source>booth visit on a colleague's customer</source>
        <translation>同事客户的展位到访</translation>
    </message>
    <message>
        <source>%s is too large to be a booth bundle.</source>
        <translation>%s 太大，不可能是展位数据包。</translation>
    </message>
    <message>
        <source>The file %s does not exist.</source>
        <translation>文件 %s 不存在。</translation>
    </message>
    <message>
        <source>%s is a folder, not a booth bundle.</source>
        <translation>%s 是文件夹，不是展位数据包。</translation>
    </message>
    <message>
        <source>%s is not a booth bundle (unreadable).</source>
        <translation>%s 不是展位数据包（无法读取）。</translation>
    </message>
    <message>
        <source>%s is not a booth bundle.</source>
        <translation>%s 不是展位数据包。</translation>
    </message>
    <message>
        <source>This database is not a booth kit. Bundles are written on the booth laptop from the kit it captured into; the office creates kits (booth-kit).</source>
        <translation>此数据库不是展位工具包。数据包应在展位笔记本上从录入所用的工具包导出；工具包由办公室创建（booth-kit）。</translation>
    </message>
    <message>
        <source>Booth bundle with %d leads and %d visits written to %s</source>
        <translation>含 %d 条线索和 %d 条回访的展位数据包已写入 %s</translation>
    </message>
    <message>
        <source>Booth bundle %s: %d new, %d noted, %d visits, %d already merged, %d rejected</source>
        <translation>展位数据包 %s：新增 %d，备注 %d，回访 %d，此前已合并 %d，拒绝 %d</translation>
    </message>
    <message>
        <source>%s: the lead has no valid UUID.</source>
        <translation>%s：该线索没有有效的 UUID。</translation>
    </message>
    <message>
        <source>%s: already merged.</source>
        <translation>%s：已合并过。</translation>
    </message>
    <message>
        <source>booth bundle %s</source>
        <translation>展位数据包 %s</translation>
    </message>
    <message>
        <source>%s: new customer #%d.</source>
        <translation>%s：新客户 #%d。</translation>
    </message>
    <message>
        <source>%s (%s): already customer #%d %s; the booth visit was added as a follow-up note.</source>
        <translation>%s（%s）：已是客户 #%d %s；本次展位到访已记为跟进记录。</translation>
    </message>
    <message>
        <source>Filled from the booth: %s.</source>
        <translation>已用展位信息补全：%s。</translation>
    </message>
    <message>
        <source>visit %d</source>
        <translation>回访 %d</translation>
    </message>
    <message>
        <source>the visit has no valid UUID.</source>
        <translation>该回访没有有效的 UUID。</translation>
    </message>
    <message>
        <source>%s: the lead it belongs to was not merged.</source>
        <translation>%s：其所属的线索未被合并。</translation>
    </message>
    <message>
        <source>%s: added to customer #%d.</source>
        <translation>%s：已添加到客户 #%d。</translation>
    </message>
    <message>
        <source>Visited the booth</source>
        <translation>展位到访</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>guardian phone</source>
        <translation>监护人电话</translation>
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
        <source>%s: the office has %s, the booth wrote %s (the office's is kept)</source>
        <translation>%s：办公室记录为 %s，展位填写为 %s（保留办公室的）</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>guardian's consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>filled from booth bundle %s</source>
        <translation>由展位数据包 %s 补全</translation>
    </message>
    <message>
        <source>lead %d</source>
        <translation>线索 %d</translation>
    </message>
    <message>
        <source>the lead is not a record but %s; the bundle is damaged.</source>
        <translation>该线索不是一条记录，而是 %s；数据包已损坏。</translation>
    </message>
    <message>
        <source>%s is not text.</source>
        <translation>%s 不是文本。</translation>
    </message>
    <message>
        <source>%s is not yes or no.</source>
        <translation>%s 不是“是/否”。</translation>
    </message>
    <message>
        <source>the visit is not a record.</source>
        <translation>该回访不是一条记录。</translation>
    </message>
    <message>
        <source>the visit has an unknown method.</source>
        <translation>该回访的方式未知。</translation>
    </message>
    <message>
        <source>the visit has no text.</source>
        <translation>该回访没有内容。</translation>
    </message>
    <message>
        <source>'%s' is a decimal number, not a phone number.</source>
        <translation>“%s”是小数，不是电话号码。</translation>
    </message>
    <message>
        <source>'%s' was saved in scientific notation and has lost its digits; format the column as text in Excel and save again.</source>
        <translation>“%s”以科学计数法保存，已丢失位数；请在 Excel 中把该列设为文本格式后重新保存。</translation>
    </message>
    <message>
        <source>%s is not a date.</source>
        <translation>%s 不是日期。</translation>
    </message>
    <message>
        <source>'%s' is not a date (use 2025-03-18).</source>
        <translation>“%s”不是日期（请写作 2025-03-18）。</translation>
    </message>
    <message>
        <source>'%s' is not yes or no (是/否).</source>
        <translation>“%s”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>The ID number %s was stored as a number and has lost its last digits; format the column as text in Excel and enter it again.</source>
        <translation>身份证号 %s 以数字形式保存，末几位已丢失；请在 Excel 中把该列设为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>The ID number %s was saved in scientific notation and has lost its digits.</source>
        <translation>身份证号 %s 以科学计数法保存，已丢失位数。</translation>
    </message>
    <message>
        <source>'%s' is not an ID number (18 characters).</source>
        <translation>“%s”不是身份证号（应为 18 位）。</translation>
    </message>
    <message>
        <source>The ID number %s has a wrong check digit.</source>
        <translation>身份证号 %s 的校验位不正确。</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>所选客户</translation>
    </message>
    <message>
        <source>view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>Exported %d customers (%s) to %s%s</source>
        <translation>导出 %d 位客户（%s）到 %s%s</translation>
    </message>
    <message>
        <source>, contacts masked</source>
        <translation>，联系方式已脱敏</translation>
    </message>
    <message>
        <source>Printed a list of %d customers (%s, %s)%s</source>
        <translation>打印了 %d 位客户的名单（%s，%s）%s</translation>
    </message>
    <message>
        <source>A printed list holds at most %d customers; this one has more. Narrow the search or the filters, or export the customers to Excel instead.</source>
        <translation>打印的名单最多 %d 位客户，当前超出。请缩小搜索或筛选范围，或将客户导出为 Excel。</translation>
    </message>
    <message>
        <source>Customer list</source>
        <comment>customer list</comment>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>customers_io</comment>
        <translation>手机</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>customers_io</comment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <comment>customers_io</comment>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <comment>customers_io</comment>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customers_io</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>customers_io</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customers_io</comment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <comment>customers_io</comment>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>Registered on</source>
        <comment>customers_io</comment>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <comment>customers_io</comment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number (checked, not kept)</source>
        <comment>customers_io</comment>
        <translation>身份证号（仅校验，不保存）</translation>
    </message>
    <message>
        <source>%s is refused: its part %s unpacks to %s (at most %s). Copy the data into a new workbook and save it again.</source>
        <translation>%s 被拒绝：其中的 %s 解压后有 %s（上限 %s）。请把数据复制到新工作簿后重新保存。</translation>
    </message>
    <message>
        <source>%s is refused: its part %s unpacks %d times larger than it is stored (%s from %d bytes), which no real spreadsheet does.</source>
        <translation>%s 被拒绝：其中的 %s 解压后是存储大小的 %d 倍（解压为 %s，存储仅 %d 字节），正常的表格不会这样。</translation>
    </message>
    <message>
        <source>%s is refused: it unpacks to %s (at most %s).</source>
        <translation>%s 被拒绝：解压后有 %s（上限 %s）。</translation>
    </message>
    <message>
        <source>a cell beyond Excel's last row or column</source>
        <translation>有单元格超出了 Excel 的最后一行或最后一列</translation>
    </message>
    <message>
        <source>%s rows by %s columns of cells to read (at most %s cells)</source>
        <translation>需要读取 %s 行 × %s 列单元格（上限 %s 个单元格）</translation>
    </message>
    <message>
        <source>%s is refused: the sheet %s %s reaches %s, %s. Delete the far-away cells or copy the data into a new workbook.</source>
        <translation>%s 被拒绝：工作表 %s %s到达 %s，%s。请删除远处的单元格，或把数据复制到新工作簿。</translation>
    </message>
    <message>
        <source>as declared (&lt;dimension&gt;)</source>
        <translation>声明的范围（&lt;dimension&gt;）</translation>
    </message>
    <message>
        <source>with a cell that</source>
        <translation>中有单元格</translation>
    </message>
    <message>
        <source>%s is refused: the sheet %s stores more than %s cells. Copy the data into a new workbook and save it again.</source>
        <translation>%s 被拒绝：工作表 %s 存储了超过 %s 个单元格。请把数据复制到新工作簿后重新保存。</translation>
    </message>
    <message>
        <source>%s is refused: its part content.xml is not well-formed XML (%s).</source>
        <translation>%s 被拒绝：其中的 content.xml 不是格式正确的 XML（%s）。</translation>
    </message>
    <message>
        <source>%s declares a sheet of more than 10 million cells (%s); it is not read.</source>
        <translation>%s 声明的工作表超过 1000 万个单元格（%s），不予读取。</translation>
    </message>
    <message>
        <source>%s could not be opened within a minute; it is not read.</source>
        <translation>%s 在一分钟内无法打开，不予读取。</translation>
    </message>
    <message>
        <source>%s cannot be opened within %s of memory; it may be damaged or hostile.</source>
        <translation>%s 无法在 %s 内存内打开，文件可能已损坏或被恶意构造。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>The file has no row %d.</source>
        <translation>文件中没有第 %d 行。</translation>
    </message>
    <message>
        <source>Column %s (%s) names %s like column %s, which is imported; column %s is not imported unless you map it to another field.</source>
        <translation>第 %s 列（%s）表示“%s”，与第 %s 列相同，导入的是前面那一列；除非把第 %s 列对应到其他字段，否则不会导入。</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <comment>a field of an imported row: its problem</comment>
        <translation>%s：%s</translation>
    </message>
    <message>
        <source>The mobile %s is also %s's: kept as a separate customer, with it as the guardian phone.</source>
        <translation>手机 %s 也是 %s 的：已作为另一位客户保存，此号码记为家长电话。</translation>
    </message>
    <message>
        <source>Two columns are mapped to %s; map one only.</source>
        <translation>有两列都对应到“%s”，请只保留一列。</translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation>没有列对应到“姓名”。</translation>
    </message>
    <message>
        <source>No column is mapped to a mobile, a guardian phone or WeChat.</source>
        <translation>没有列对应到手机、监护人电话或微信。</translation>
    </message>
    <message>
        <source>%s is empty.</source>
        <translation>%s 是空文件。</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column names such as 姓名 and 手机 within its first %d rows.</source>
        <translation>找不到表头行：文件前 %d 行中需要有一行列名，例如“姓名”和“手机”。</translation>
    </message>
    <message>
        <source>row %d</source>
        <translation>第 %d 行</translation>
    </message>
    <message>
        <source>Merging this row cut the notes of row %d to %d characters.</source>
        <translation>合并此行后，第 %d 行的备注被截断为 %d 个字符。</translation>
    </message>
    <message>
        <source>same customer as row %d</source>
        <translation>与第 %d 行是同一客户</translation>
    </message>
    <message>
        <source>already in the database (#%d %s)</source>
        <translation>数据库中已有（#%d %s）</translation>
    </message>
    <message>
        <source>Consent as recorded in the imported file %s</source>
        <translation>按导入文件 %s 中记录的同意</translation>
    </message>
    <message>
        <source>Someone else saved customers with some of these phone numbers while the import was running; nothing was imported. Import the file again.</source>
        <translation>导入期间有其他人保存了使用其中部分电话号码的客户，本次未导入任何数据。请重新导入该文件。</translation>
    </message>
    <message>
        <source>Imported %s: %d new, %d merged, %d updated, %d rejected, %d skipped</source>
        <translation>导入 %s：新增 %d，合并 %d，补全 %d，拒绝 %d，跳过 %d</translation>
    </message>
    <message>
        <source>The notes of #%d were cut to %d characters when this row was added to them.</source>
        <translation>加入此行后，#%d 的备注被截断为 %d 个字符。</translation>
    </message>
    <message>
        <source>filled from the import of %s</source>
        <translation>由导入 %s 补全</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%d customers</source>
        <comment>customer list</comment>
        <translation>共 %d 位客户</translation>
    </message>
    <message>
        <source>(contacts masked)</source>
        <comment>customer record</comment>
        <translation>（联系方式已隐藏）</translation>
    </message>
    <message>
        <source>Printed %s by %s</source>
        <comment>customer record</comment>
        <translation>打印时间 %s，打印人 %s</translation>
    </message>
    <message>
        <source>Page %d</source>
        <comment>customer record</comment>
        <translation>第 %d 页</translation>
    </message>
    <message>
        <source>The customer no longer exists (#%s).</source>
        <translation>该客户已不存在（#%s）。</translation>
    </message>
    <message>
        <source>Personal data of customer #%d exported to %s</source>
        <translation>客户 #%d 的个人信息已导出到 %s</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Trial classes</source>
        <translation>试听课</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Personal data of customer #%d removed</source>
        <translation>客户 #%d 的个人信息已删除</translation>
    </message>
    <message>
        <source>%s is a folder; choose a file in it.</source>
        <translation>%s 是文件夹，请选择其中的文件。</translation>
    </message>
    <message>
        <source>%s is not a file type that can be imported (use .xlsx, .xls or .csv).</source>
        <translation>%s 不是可导入的文件类型（请使用 .xlsx、.xls 或 .csv）。</translation>
    </message>
    <message>
        <source>%s contains no worksheet.</source>
        <translation>%s 中没有工作表。</translation>
    </message>
    <message>
        <source>%s cannot be read as a spreadsheet (%s).</source>
        <translation>无法把 %s 作为电子表格读取（%s）。</translation>
    </message>
    <message>
        <source>The text file is neither UTF-8 nor GBK/GB18030 (undecodable bytes at position %d). Save it from Excel as .xlsx or as CSV UTF-8.</source>
        <translation>该文本文件既不是 UTF-8 也不是 GBK/GB18030（第 %d 字节无法解码）。请在 Excel 中另存为 .xlsx 或“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>该文件不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>The CSV file is malformed (%s).</source>
        <translation>CSV 文件格式有误（%s）。</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>customer record</comment>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>customer record</comment>
        <translation>女</translation>
    </message>
    <message>
        <source>No</source>
        <comment>customer record</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>customer record</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer record</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>customer record</comment>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>customer record</comment>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>customer record</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>customer record</comment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>customer record</comment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>customer record</comment>
        <translation>年级</translation>
    </message>
    <message>
        <source>School</source>
        <comment>customer record</comment>
        <translation>学校</translation>
    </message>
    <message>
        <source>Guardian</source>
        <comment>customer record</comment>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <comment>customer record</comment>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>District</source>
        <comment>customer record</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customer record</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Source event</source>
        <comment>customer record</comment>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customer record</comment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Course interests</source>
        <comment>customer record</comment>
        <translation>意向课程</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>customer record</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>customer record</comment>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <comment>customer record</comment>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <comment>customer record</comment>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>customer record</comment>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <comment>customer record</comment>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>Guardian's consent</source>
        <comment>customer record</comment>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>customer record</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Trial class</source>
        <comment>customer record</comment>
        <translation>试听</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <comment>customer record</comment>
        <translation>报名</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>customer record</comment>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer record</source>
        <comment>customer record</comment>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Training needs</source>
        <comment>customer record</comment>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer record</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <comment>customer record</comment>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <comment>customer record</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <comment>customer record</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>customer record</comment>
        <translation>内容</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <comment>customer record</comment>
        <translation>暂无历史记录。</translation>
    </message>
    <message>
        <source>Printed the customer record (%s)%s</source>
        <translation>打印了客户档案（%s）%s</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Rows merged into one customer</source>
        <translation>合并为同一客户的行</translation>
    </message>
    <message>
        <source>Existing customers completed</source>
        <translation>补全的已有客户</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Rows skipped (blank, totals)</source>
        <translation>跳过的行（空行、合计行）</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>试运行（未写入）</translation>
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
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>%s holds line breaks followed by what looks like more rows of the file (a quote opened and not closed): check the rows after this one in the file.</source>
        <translation>%s 中有换行，其后的内容像是文件中的其他行（引号只开未关）：请检查文件中此行之后的几行。</translation>
    </message>
    <message>
        <source>The date %s is in the future.</source>
        <translation>日期 %s 在将来。</translation>
    </message>
    <message>
        <source>The date %s is too long ago.</source>
        <translation>日期 %s 过早。</translation>
    </message>
    <message>
        <source>%s is not a plausible date of birth.</source>
        <translation>%s 不是合理的出生日期。</translation>
    </message>
    <message>
        <source>Unknown gender '%s' left empty.</source>
        <translation>无法识别的性别“%s”，已留空。</translation>
    </message>
    <message>
        <source>Unknown tier '%s': B used.</source>
        <translation>无法识别的等级“%s”，已按 B 处理。</translation>
    </message>
    <message>
        <source>Unknown channel '%s': kept as the source event.</source>
        <translation>无法识别的渠道“%s”，已记为来源活动。</translation>
    </message>
    <message>
        <source>No staff member is called '%s': no owner set.</source>
        <translation>没有名为“%s”的员工，未设置负责人。</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>No way to reach the customer: give a mobile, a guardian phone or WeChat.</source>
        <translation>没有联系方式：请填写手机、家长电话或微信。</translation>
    </message>
    <message>
        <source>The notes were cut to their first %d characters.</source>
        <translation>备注已截断为前 %d 个字符。</translation>
    </message>
    <message>
        <source>%s Imported without it; the text is kept in the notes.</source>
        <translation>%s 已导入但不含此项，原文保存在备注中。</translation>
    </message>
    <message>
        <source>repeated header row</source>
        <translation>重复的表头行</translation>
    </message>
    <message>
        <source>A minor needs a guardian's name.</source>
        <translation>未成年人须填写监护人姓名。</translation>
    </message>
    <message>
        <source>A minor's data may only be kept with the guardian's consent.</source>
        <translation>未成年人的信息须经监护人同意方可保存。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
</TS>
