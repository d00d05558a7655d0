"""The Linux bundle's ICU data keeps what MarketDesk's Qt reads (packaging/trim_icu.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _trim_icu():
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_collation_normalisation_and_the_chinese_and_english_locales_stay():
    trim = _trim_icu()
    for item in ("root.res", "zh.res", "zh_Hans_CN.res", "en_GB.res", "coll/root.res",
                 "coll/zh.res", "coll/zh_Hans.res", "nfc.nrm", "uts46.nrm", "cnvalias.icu",
                 "gb18030.cnv", "brkitr/char.brk", "zoneinfo64.res", "pool.res",
                 "supplementalData.res", "likelySubtags.res", "unames.icu"):  # fmt: skip
        assert not trim.dropped(item), item


def test_display_names_spell_out_other_code_pages_and_languages_go():
    trim = _trim_icu()
    for item in ("lang/zh.res", "region/en.res", "curr/de.res", "unit/fr.res", "zone/zh.res",
                 "rbnf/en.res", "translit/root.res", "ibm-943_P15A-2003.cnv", "de.res",
                 "de_.res", "coll/de.res", "coll/ja.res", "yue_Hant.res"):  # fmt: skip
        assert trim.dropped(item), item
