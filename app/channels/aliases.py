"""What customer lists call the seeded channels (DESIGN.md section 4).

Offices write the source channel their own way: 校园地推 for 校园推广, 老带新 for
转介绍, 公众号 for 微信. The import matches a cell to a channel by its name or code,
then by the longest channel name or alias the cell contains; aliases are keyed by
channel code, so a channel the admin renamed keeps them. A cell matching nothing
is kept as the source event, with a warning.
"""

from __future__ import annotations

CHANNEL_ALIASES: dict[str, tuple[str, ...]] = {
    "website": ("官方网站", "网站", "官网咨询"),
    "seo": ("seo", "自然搜索"),
    "wechat": ("公众号", "朋友圈", "企业微信", "视频号", "小程序", "wechat"),
    "weibo": ("weibo",),
    "douyin": ("douyin", "tiktok", "抖音直播"),
    "baidu_ads": ("百度", "百度竞价", "sem"),
    "tencent_ads": ("广点通", "腾讯推广"),
    "campus": ("校园地推", "地推", "进校", "校园宣讲", "学校推广"),
    "community": ("社区", "小区活动"),
    "partner": ("合作", "机构合作", "异业合作"),
    "offline_ads": ("传单", "海报", "户外广告", "地铁广告", "电梯广告"),
    "referral": ("老带新", "老生推荐", "朋友推荐", "推荐", "介绍"),
}
