"""The shipped rules of the ad-copy check (Advertising Law of the PRC, 2021).

Art. 9(3): no 国家级, 最高级, 最佳 or similar superlatives. Art. 24, education and
training ads: no (1) promise of passing, admission, certificates or results, (2)
claim that exam bodies or setters take part, (3) use of research, academic or
educational institutions, associations, professionals or students as endorsement.

Each rule is written to the ad_rules table once (by `key`) and is the office's to
edit or switch off from then on; context lives in the patterns' lookarounds and in
`exceptions` (see app/adcheck/checker.py), so that 最后一天报名, 最近, 第一期学员,
第一次课, 最新课表 and 最多可减 pass while 最好, 最专业, 第一品牌 and 全国第一 do not.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedRule:
    key: str
    article: str
    pattern: str
    explanation_zh: str
    explanation_en: str
    suggestion: str
    exceptions: tuple[str, ...] = ()


SEED_RULES: tuple[SeedRule, ...] = (
    SeedRule(
        "superlative_level",
        "9(3)",
        r"国家级|世界级|最高级|最佳",
        "广告不得使用“国家级”“最高级”“最佳”等用语（《广告法》第九条第三项）。",
        "Ads may not use 国家级 (national-level), 最高级 (highest-grade), 最佳 (best) or similar terms (Advertising Law Art. 9(3)).",  # noqa: E501
        "删去该词，改写为可核实的具体事实，如“开设十年”“小班授课”。",
    ),
    SeedRule(
        "superlative_zui",
        "9(3)",
        r"最(?:好|佳|优秀?|优质|强|专业|权威|顶尖|先进|科学|有效|热门|火爆?|牛|棒"
        r"|全面?|低价|便宜|实惠|正宗|靠谱|大|高|低|具(?:影响力|实力|权威|口碑)|懂|适合"
        r"|受[^，。！？、\s]{0,4}?(?:欢迎|信赖|好评|喜爱|追捧|青睐|认可)"
        r"|值得(?:信赖|选择|信任)|可靠|出色|卓越|成功|负责|用心)",
        "“最+形容词”属于绝对化用语，广告中禁止使用（《广告法》第九条第三项）。",
        "最 + adjective (the best, most professional…) is an absolute superlative that ads may not use (Art. 9(3)).",  # noqa: E501
        "改为客观描述，如“专业”“深受学员欢迎”，或写明可核实的数据来源。",
        # A capped offer (最高可减200, 最高500元奖学金, 最低只需99元) and a class size
        # (最大班额12人) state a limit, not a ranking.
        exceptions=(
            r"最高(?:可|立?减|优惠|返|抵|补贴|奖励|奖学金|赠|送|\d|[一二三四五六七八九十百千万两]+元)",
            r"最低(?:只需|仅需|仅|可|\d)",
            r"最大(?:限度|程度|班额|容量|人数)",
        ),
    ),
    SeedRule(
        "superlative_first",
        "9(3)",
        r"(?:全国|全省|全市|全区|全县|全网|国内|中国|亚洲|世界|全球|业内|行业|同行|同类|区域|本地"
        r"|当地|排名|销量|口碑|人气|综合|[省市县区]内)(?:排名)?(?:第一|第1(?!\d)|NO\.?\s*1(?!\d))"
        r"|第一(?:品牌|名校|学府|机构|选择|流|家(?!长))",
        "“第一”“全国第一”“第一品牌”等排名用语属于绝对化用语（《广告法》第九条第三项）；“第一期”“第一次课”等序数不在此列。",  # noqa: E501
        "Rankings such as 全国第一 (No. 1 in China) or 第一品牌 (the leading brand) are absolute terms (Art. 9(3)); ordinals such as 第一期 (the first cohort) are fine.",  # noqa: E501
        "删去排名，改为可核实的事实，如“开设12年，累计服务学员3000余人”。",
    ),
    SeedRule(
        "superlative_no1",
        "9(3)",
        r"(?<![a-z])(?:no\.?|top)\s*1(?![0-9])",
        "“NO.1”“TOP1”等同于“第一”，属于绝对化用语（《广告法》第九条第三项）。",
        "NO.1 and TOP1 mean 第一 (number one), an absolute term (Art. 9(3)).",
        "删去该标识，改为具体、可核实的描述。",
    ),
    SeedRule(
        "superlative_top",
        "9(3)",
        r"顶级|顶尖|首选|独一无二|无与伦比|绝无仅有|史无前例|巅峰|极致"
        r"|唯一(?=指定|授权|官方|正规|品牌|机构|选择|认证)",
        "“顶级”“顶尖”“首选”“唯一”等用语属于绝对化用语（《广告法》第九条第三项）。",
        "顶级, 顶尖 (top-tier), 首选 (first choice), 唯一 (the only) and similar are absolute terms (Art. 9(3)).",  # noqa: E501
        "改为“资深”“经验丰富”等不作比较的描述。",
    ),
    SeedRule(
        "guarantee_pass",
        "24(1)",
        r"(?:包|保|稳|必|确保|保证|承诺|担保)(?:你|您|孩子|学员)?(?:能|可以)?"
        r"(?:过关|通过|考过|过|录取|上岸|拿证|考上|考取|上线|提分|升学|就业)"
        r"|包教包会|包学会|包会(?!员)",
        "教育、培训广告不得对升学、通过考试、获得证书或培训效果作出保证性承诺（《广告法》第二十四条第一项）。",  # noqa: E501
        "Education and training ads may not promise admission, passing an exam, a certificate or a learning result (Art. 24(1)).",  # noqa: E501
        "改为介绍课程内容与服务，如“系统讲解考点，配套模拟练习”。",
        # 确保过程透明: 保过 inside 过程 is not a promise.
        exceptions=(r"(?:确|担)?保证?过程", r"保过期|保证过期"),
    ),
    SeedRule(
        "guarantee_refund",
        "24(1)",
        r"(?:考|学)?(?:不过|未过|没过|未通过|不通过|没考上|考不上|未录取|不录取|不达标|没提分|不提分|无效|学不会)"
        r"(?:全额|全部|免费)?(?:退(?:款|费|全款|学费)|重修|重学|重读|复读|补课)",
        "以“不过退款”“不过免费重读”等方式承诺考试或学习结果，属于暗示的保证性承诺（《广告法》第二十四条第一项）。",  # noqa: E501
        "A refund or free re-take if the student fails (不过退款) is an implied guarantee of the result (Art. 24(1)).",  # noqa: E501
        "删去与结果挂钩的退费承诺；退费政策按合同约定另行说明。",
    ),
    SeedRule(
        "guarantee_rate",
        "24(1)",
        r"(?:100|百分之百)\s*[%％]?\s*的?(?:通过率?|过关率?|录取率?|上岸率?|就业率?|拿证率?|提分率?|升学率?)"
        r"|(?:通过|过关|录取|上岸|就业|拿证|提分|升学)率\s*(?:高?达|为|是)?\s*(?:100|百分之百)\s*[%％]?",
        "宣称“100%通过率”等，是对考试或培训结果的保证性承诺（《广告法》第二十四条第一项）。",
        "A 100% pass, admission or employment rate promises the result (Art. 24(1)).",
        "删去百分比承诺，改为说明教学安排与服务内容。",
    ),
    SeedRule(
        "guarantee_score",
        "24(1)",
        r"签约(?:保分|保过|保录|包过|提分|保提分)|保底?分|提分保证|保证提(?:高|升)?\d*分"
        r"|提(?:高|升)?\d+分(?:以上)?(?:保证|承诺)|(?:保证|确保|助你|帮你|让你)?一次性?(?:通过|过关|拿证|上岸)",  # noqa: E501
        "承诺提分、保分或“一次通过”，是对学习效果的保证性承诺（《广告法》第二十四条第一项）。",
        "Promising a score, a score rise or passing at the first attempt guarantees the learning result (Art. 24(1)).",  # noqa: E501
        "改为“针对薄弱环节制定学习计划”等对服务内容的描述。",
    ),
    SeedRule(
        "exam_setters",
        "24(2)",
        r"(?:命题|出题|阅卷|评卷|判卷)组?(?:专家|老师|教师|人|组|官|委员|成员)"
        r"|考官(?:亲授|授课|讲课|执教|坐镇|带队|亲自|团队|面授|押题)|(?:前|资深|现任|退休)考官"
        r"|(?:考试院|考试中心|考试局|考委会)(?:专家|老师|领导|人员|官员)?(?:亲授|授课|参与|坐镇|指导|讲课|内部)",  # noqa: E501
        "教育、培训广告不得明示或暗示有相关考试机构或其工作人员、考试命题人员参与教育、培训（《广告法》第二十四条第二项）。",  # noqa: E501
        "Education and training ads may not claim or imply that the exam body, its staff or the question setters take part in the training (Art. 24(2)).",  # noqa: E501
        "改为介绍授课教师的教学经历，不提及命题、阅卷或考试机构身份。",
    ),
    SeedRule(
        "exam_tipoff",
        "24(2)",
        r"押(?:题|中|宝|准)|命中(?:原题|真题|考题|率)|原题命中|考题(?:泄露|内部)|内部(?:资料|题库|消息|渠道)",  # noqa: E501
        "“押题”“命中原题”“内部资料”暗示与考试命题有关联（《广告法》第二十四条第二项）。",
        "Tip-offs (押题, 命中原题) and 'inside material' imply a link with the exam setters (Art. 24(2)).",  # noqa: E501
        "改为“历年真题讲解”“考点梳理”等。",
    ),
    SeedRule(
        "endorse_institution",
        "24(3)",
        r"(?:清华|北大|北京大学|清华大学|复旦|浙大|人大|交大|名校|985|211|中科院|社科院|科学院|研究院|研究所"
        r"|教育部|教育局|教育厅|考试院|协会|学会|大学|学院|高校)的?(?:名师|教授|专家|老师|博士|官方)?"
        r"(?:推荐|力荐|联合推荐|倾情推荐|认证|认可|背书|监制|指定|鉴定|盛赞)",
        "不得利用科研单位、学术机构、教育机构、行业协会的名义或者形象作推荐、证明（《广告法》第二十四条第三项）。",  # noqa: E501
        "Ads may not use the name or image of research institutions, academic or educational institutions or industry associations to recommend or vouch for the training (Art. 24(3)).",  # noqa: E501
        "删去机构推荐、认证字样，如实介绍课程本身。",
    ),
    SeedRule(
        "endorse_people",
        "24(3)",
        r"(?:专家|教授|名师|院士|博士|学霸|状元|家长|学员|毕业生|校友|明星|网红)们?"
        r"(?:联袂|一致|都在|亲自|亲身|强烈|倾情|联名)?(?:推荐|力荐|代言|见证|证言|背书|认证)",
        "不得利用专业人士、受益者（学员、家长）的名义或者形象作推荐、证明（《广告法》第二十四条第三项）。",  # noqa: E501
        "Ads may not use professionals or beneficiaries (students, parents) to recommend or vouch for the training (Art. 24(3)).",  # noqa: E501
        "删去推荐、见证表述；老学员推荐新学员的优惠可写作“推荐报名优惠”。",
        # A referral offer (老学员推荐新学员享优惠) is not an endorsement.
        exceptions=(
            r"(?:学员|家长|校友)推荐(?:新?学员|朋友|好友|同学|亲友|他人|有礼|返现|奖励|享|可得|送|报名)",
        ),
    ),
    SeedRule(
        "endorse_testimonial",
        "24(3)",
        r"现身说法|学员(?:心声|证言|亲述|感言)|(?:高考|中考|考研)?状元(?:分享|亲授|讲座|同款|经验|笔记)"
        r"|\d+\s*[名位]学员[^，。！？、\s]{0,10}?(?:考上|录取|上岸|通过|提分)|提分榜|光荣榜|金榜题名"
        r"|(?:家长|学员)们?怎么说",
        "以学员现身说法、状元经验、录取喜报等受益者形象作证明，违反《广告法》第二十四条第三项。",
        "Testimonials of students (现身说法), top scorers (状元) or lists of admitted students use beneficiaries as proof (Art. 24(3)).",  # noqa: E501
        "删去学员证言与成绩榜，改为介绍课程安排与师资。",
    ),
)
