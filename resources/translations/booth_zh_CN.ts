<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BoothCompetitorDialog</name>
    <message>
        <source>Competitor seen at the booth</source>
        <translation>展位所见竞争对手</translation>
    </message>
    <message>
        <source>A rival institution seen near the booth: its stand, flyers, prices. Leave a field blank when it was not seen. The office adds what you note to the competitor register when it merges the bundle.</source>
        <translation>记录在展位附近看到的竞争机构：展台、传单、价格。没看到的项目留空即可。办公室合并数据包时，会把这里的记录加入竞争对手登记。</translation>
    </message>
    <message>
        <source>Type the institution's name, or pick one</source>
        <translation>输入机构名称，或从列表中选择</translation>
    </message>
    <message>
        <source>e.g. handing out flyers at the school gate</source>
        <translation>例如：在校门口发传单</translation>
    </message>
    <message>
        <source>Competitor:</source>
        <translation>竞争对手：</translation>
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
        <source>Promotion:</source>
        <translation>促销：</translation>
    </message>
    <message>
        <source>Ad seen:</source>
        <translation>所见广告：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Seen on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Back to leads (Esc)</source>
        <translation>返回线索登记 (Esc)</translation>
    </message>
    <message>
        <source>e.g. IELTS, primary maths</source>
        <translation>例如：雅思、小学数学</translation>
    </message>
    <message>
        <source>e.g. 3980</source>
        <translation>例如：3980</translation>
    </message>
    <message>
        <source>e.g. free textbook when enrolling</source>
        <translation>例如：报名送教材</translation>
    </message>
    <message>
        <source>e.g. poster at the bus stop</source>
        <translation>例如：公交站海报</translation>
    </message>
    <message>
        <source>registered: %s</source>
        <translation>登记值：%s</translation>
    </message>
    <message>
        <source>Noted: %s.</source>
        <translation>已记录：%s。</translation>
    </message>
    <message>
        <source>Noted in this kit: %d</source>
        <translation>本工具包已记录：%d 条</translation>
    </message>
</context>
<context>
    <name>BoothKitActions</name>
    <message>
        <source>Create booth kit…</source>
        <translation>创建展位工具包…</translation>
    </message>
    <message>
        <source>A small database for a booth laptop: the event, channels, courses and the booth staff's accounts, and no existing customer</source>
        <translation>供展位笔记本使用的小型数据库：包含活动、渠道、课程和展位员工账号，不含任何现有客户</translation>
    </message>
</context>
<context>
    <name>BoothTour</name>
    <message>
        <source>Enrol today: textbooks free</source>
        <translation>当天报名送教材</translation>
    </message>
    <message>
        <source>Two staff handing out flyers at the school gate</source>
        <translation>两名工作人员在校门口发传单</translation>
    </message>
    <message>
        <source>Star Maths</source>
        <translation>星火数学</translation>
    </message>
    <message>
        <source>Olympiad maths, grades 3-6</source>
        <translation>奥数（三至六年级）</translation>
    </message>
    <message>
        <source>Poster at the bus stop opposite the school</source>
        <translation>学校对面公交站的海报</translation>
    </message>
    <message>
        <source>Trial lesson vouchers on their table</source>
        <translation>桌上放着试听课券</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Create booth kit</source>
        <translation>创建展位工具包</translation>
    </message>
    <message>
        <source>A booth kit is a small database for the booth laptop: the event, the channels, the courses and the accounts of the staff working at the booth. It holds no existing customer. Bundles exported from it are encrypted with the kit's own key, which this office keeps to merge them.</source>
        <translation>展位工具包是供展位笔记本使用的小型数据库：包含活动、渠道、课程以及在展位工作的员工账号，不含任何现有客户。从中导出的数据包用该工具包专属的密钥加密，本办公室保存该密钥以便合并。</translation>
    </message>
    <message>
        <source>The event, e.g. a campaign activity's name</source>
        <translation>活动名称，例如某个营销活动的名称</translation>
    </message>
    <message>
        <source>Kit file to create (.db)</source>
        <translation>要创建的工具包文件（.db）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Booth staff:</source>
        <translation>展位员工：</translation>
    </message>
    <message>
        <source>Kit file:</source>
        <translation>工具包文件：</translation>
    </message>
    <message>
        <source>Create kit</source>
        <translation>创建工具包</translation>
    </message>
    <message>
        <source>Booth kits (*.db)</source>
        <translation>展位工具包 (*.db)</translation>
    </message>
    <message>
        <source>The kit for %s was written to %s. Copy it to the booth laptop and start MarketDesk there with: booth --db %s</source>
        <translation>“%s”的工具包已写入 %s。请将其复制到展位笔记本，并在那里这样启动 MarketDesk：booth --db %s</translation>
    </message>
    <message>
        <source>Open day at No. 1 Middle School</source>
        <translation>第一中学开放日</translation>
    </message>
</context>
<context>
    <name>booth</name>
    <message>
        <source>booth kit</source>
        <comment>audit record</comment>
        <translation>展位工具包</translation>
    </message>
    <message>
        <source>competitor seen at the booth</source>
        <comment>audit record</comment>
        <translation>展位所见竞争对手</translation>
    </message>
    <message>
        <source>This database is not a booth kit: record competitors in the Market research tab's competitor register.</source>
        <translation>此数据库不是展位工具包：请在“市场调研”标签页的竞争对手登记中记录。</translation>
    </message>
    <message>
        <source>The bundle's competitor notes are unreadable.</source>
        <translation>数据包中的竞争对手记录无法读取。</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>competitor note %d</source>
        <translation>竞争对手记录 %d</translation>
    </message>
    <message>
        <source>the note is not a record.</source>
        <translation>该记录格式不正确。</translation>
    </message>
    <message>
        <source>%s: already in the register.</source>
        <translation>%s：已在登记中。</translation>
    </message>
    <message>
        <source>%s: new competitor in the register.</source>
        <translation>%s：已作为新竞争对手登记。</translation>
    </message>
    <message>
        <source>%s: added to the register's history.</source>
        <translation>%s：已加入登记的历史记录。</translation>
    </message>
    <message>
        <source>Name the event the kit is for.</source>
        <translation>请填写该工具包所用于的活动名称。</translation>
    </message>
    <message>
        <source>The event name is longer than %d characters.</source>
        <translation>活动名称超过 %d 个字符。</translation>
    </message>
    <message>
        <source>Choose the file to write the kit to.</source>
        <translation>请选择要写入工具包的文件。</translation>
    </message>
    <message>
        <source>%s exists already: a kit is always a new file.</source>
        <translation>%s 已存在：工具包必须写入一个新文件。</translation>
    </message>
    <message>
        <source>The folder %s does not exist.</source>
        <translation>文件夹 %s 不存在。</translation>
    </message>
    <message>
        <source>Choose the accounts of the staff who will work at the booth.</source>
        <translation>请选择在展位工作的员工账号。</translation>
    </message>
    <message>
        <source>Booth kit for %s written to %s</source>
        <translation>“%s”的展位工具包已写入 %s</translation>
    </message>
    <message>
        <source>No such account: %s.</source>
        <translation>没有此账号：%s。</translation>
    </message>
    <message>
        <source>%s is an administrator account: it does not go on a booth laptop.</source>
        <translation>%s 是管理员账号：不能放到展位笔记本上。</translation>
    </message>
    <message>
        <source>The account %s is disabled.</source>
        <translation>账号 %s 已停用。</translation>
    </message>
    <message>
        <source>%s is an unprotected booth bundle of an earlier version: it cannot be told from a forged one. Capture into a booth kit and export again.</source>
        <translation>%s 是旧版本未加密保护的展位数据包，无法与伪造的数据包区分。请使用展位工具包录入后重新导出。</translation>
    </message>
    <message>
        <source>%s is not a booth bundle.</source>
        <translation>%s 不是展位数据包。</translation>
    </message>
    <message>
        <source>%s is damaged (cut short).</source>
        <translation>%s 已损坏（文件不完整）。</translation>
    </message>
    <message>
        <source>%s has bundle version %s; this program reads version %d.</source>
        <translation>%s 的数据包版本为 %s；本程序读取版本 %d。</translation>
    </message>
    <message>
        <source>%s is damaged (unreadable header).</source>
        <translation>%s 已损坏（文件头无法读取）。</translation>
    </message>
    <message>
        <source>%s comes from a booth kit this office did not create (kit %s): it is refused. Merge it in the office that made the kit.</source>
        <translation>%s 来自一个并非本办公室创建的展位工具包（工具包 %s），已拒绝。请在创建该工具包的办公室合并。</translation>
    </message>
    <message>
        <source>%s was changed after the booth wrote it, or was not written with this kit's key: it is refused and nothing was merged.</source>
        <translation>%s 在展位写出后被改动过，或并非用该工具包的密钥写出：已拒绝，未合并任何内容。</translation>
    </message>
    <message>
        <source>%s is too large to merge.</source>
        <translation>%s 太大，无法合并。</translation>
    </message>
    <message>
        <source>%s is damaged (unreadable content).</source>
        <translation>%s 已损坏（内容无法读取）。</translation>
    </message>
</context>
</TS>
