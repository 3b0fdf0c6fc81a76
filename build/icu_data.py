"""ICU's data cut to what Qt asks of it in this program: 31 MB to about 2 MB.

PySide6's Linux wheel links Qt Core to ICU 73, whose ``libicudata.so.73`` is one
data blob (the symbol ``icudt73_dat``, ICU's "common data" format) with every locale's
names, currencies, units, calendars, dictionaries for Thai and Chinese word breaks and
200 legacy code pages. Qt uses ICU for collation (``QCollator``: the sorting of Qt's
own file dialog, æ ø å after z), locale-aware case mapping, time-zone display names
and code pages it does not implement itself; its own locale data (CLDR, built into
Qt Core) serves ``QLocale``. Kept:

- the core tables ICU loads for any of those (converter aliases, normalisation,
  locale fallback and likely subtags, time zones, metadata);
- the root, Norwegian (``nb``, ``no``, ``nn``) and English locales, with the
  collation and time-zone names of each;
- the code pages a Norwegian office meets besides UTF-8 and Latin-1 (Windows-1252,
  ISO 8859-15), which Qt passes to ICU.

Everything else (other languages, currency/unit/region names, number spell-out,
transliteration, break dictionaries, other code pages) is dropped. ICU answers a
missing item as it answers a missing locale: it falls back to root, never crashes.
The packaged ``--selftest`` sorts Norwegian words through Qt with the cut data.

The format (ICU's ``udata``/``ucmndata``): a header, then a table of contents — a
count and (name offset, data offset) pairs, relative to the table, sorted by name
(ICU finds items by binary search) — then the names, then the items, each aligned
to 16 bytes (the gaps filled with 0xAA, as ICU's ``icupkg`` does: written back
whole, the blob comes out byte for byte as it was).
"""

from __future__ import annotations

import fnmatch
import struct
from pathlib import Path

from elf import replace_symbol_data, symbol_data

#: Item names (after the ``icudt73l/`` prefix) kept, as shell patterns.
KEEP = [
    # core: converter aliases, normalisation, resource fallback, time zones
    "cnvalias.icu",
    "nfkc.nrm",
    "nfkc_cf.nrm",
    "res_index.res",
    "pool.res",
    "root.res",
    "likelySubtags.res",
    "supplementalData.res",
    "metadata.res",
    "keyTypeData.res",
    "icuver.res",
    "icustd.res",
    "zoneinfo64.res",
    "metaZones.res",
    "timezoneTypes.res",
    "windowsZones.res",
    # code pages Qt may hand over besides UTF-8 and Latin-1: Windows-1252, ISO 8859-15
    "ibm-5348_P100-1997.cnv",
    "ibm-923_P100-1998.cnv",
    # locales: bokmål (nb, its parent no), nynorsk, English
    "nb.res", "nb_*.res", "no.res", "no_*.res", "nn.res", "nn_*.res",
    "en.res", "en_US*.res", "en_001.res", "en_GB.res",
    # collation: the root order (ucadata) and the Norwegian and English tailorings
    "coll/res_index.res", "coll/root.res", "coll/ucadata.icu",
    "coll/nb*.res", "coll/no*.res", "coll/nn*.res", "coll/en*.res",
    # time-zone display names
    "zone/res_index.res", "zone/pool.res", "zone/root.res", "zone/tzdbNames.res",
    "zone/nb*.res", "zone/no*.res", "zone/nn*.res", "zone/en.res", "zone/en_001.res",
]  # fmt: skip

SYMBOL = "icudt73_dat"
PAD = b"\xaa"  # what ICU's icupkg fills alignment gaps with


def read_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of an ICU common-data blob, in order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("big-endian ICU data")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(blob) - toc]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = blob[toc + name_at : blob.index(b"\0", toc + name_at)].decode("ascii")
        items.append((name, blob[toc + data_at : toc + end]))
    return blob[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data blob of ``items`` (kept in their sorted order)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    position = _aligned(table + len(names))
    offsets, name_at = [], table
    for name, data in items:
        offsets.append((name_at, position))
        name_at += len(name) + 1
        position = _aligned(position + len(data))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for pair in offsets:
        out += struct.pack("<II", *pair)
    out += names
    for (_name_at, data_at), (_name, data) in zip(offsets, items, strict=True):
        out += PAD * (len(header) + data_at - len(out))
        out += data
    out += PAD * (len(header) + _aligned(len(out) - len(header)) - len(out))
    return bytes(out)


def _aligned(n: int) -> int:
    return (n + 15) // 16 * 16


def kept(name: str) -> bool:
    """Whether the item ``name`` (``icudt73l/coll/nb.res``) stays in the build."""
    short = name.split("/", 1)[1] if "/" in name else name
    return any(fnmatch.fnmatchcase(short, pattern) for pattern in KEEP)


def shrink(source: Path, target: Path) -> tuple[int, int]:
    """Write ``source`` (``libicudata.so.73``) to ``target`` with only the kept items;
    returns (items kept, items in all)."""
    header, items = read_items(symbol_data(source, SYMBOL))
    keep = [(name, data) for name, data in items if kept(name)]
    replace_symbol_data(source, target, SYMBOL, write_items(header, keep))
    return len(keep), len(items)
