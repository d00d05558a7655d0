"""Deterministic Chinese names and places for demo data."""

from __future__ import annotations

import random

# The most common surnames, roughly by frequency, plus the ones pinyin gets wrong
# by default (曾 单 解 仇 朴 乐), so the demo exercises surname readings.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇朴乐"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文辉力华建国志红玉梅晨浩"
    "宇轩子涵欣怡梓萱雨泽俊博一诺思彤佳琪嘉怡可馨若曦天佑浩然宇航梓涵诗涵晓峰海燕"
    "婷婷丹丹鹏飞雪梅春燕建华立新"
)
DISTRICTS = [
    "海淀区",
    "朝阳区",
    "西城区",
    "东城区",
    "丰台区",
    "昌平区",
    "通州区",
    "大兴区",
    "顺义区",
    "石景山区",
]
SCHOOL_STEMS = [
    "实验",
    "第一",
    "第二",
    "第三",
    "育才",
    "启明",
    "阳光",
    "育英",
    "师大附属",
    "外国语",
    "人大附属",
    "科技",
]
SCHOOL_KINDS = ["小学", "中学", "初级中学", "高级中学"]
GRADES = [
    "一年级",
    "二年级",
    "三年级",
    "四年级",
    "五年级",
    "六年级",
    "初一",
    "初二",
    "初三",
    "高一",
    "高二",
    "高三",
]


def person_name(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    length = 1 if rng.random() < 0.35 else 2
    return surname + "".join(rng.choice(GIVEN) for _ in range(length))


def school_name(rng: random.Random) -> str:
    return rng.choice(DISTRICTS)[:-1] + rng.choice(SCHOOL_STEMS) + rng.choice(SCHOOL_KINDS)


MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "180",
    "181",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
]


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
