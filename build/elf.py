"""The little of ELF the Linux build needs, read and written without binutils.

- :func:`needed`: a shared library's ``DT_NEEDED`` names (what ``readelf -d`` lists), so
  the spec can drop the libraries that only a left-out plugin pulled in.
- :func:`replace_symbol_data`: give a data-only library (ICU's ``libicudata``, whose one
  section is the ``icudt73_dat`` blob) new, shorter contents and cut the file to fit.

Only 64-bit little-endian ELF (x86-64, aarch64), which is all PySide6 ships for Linux.
Anything else raises :class:`NotSupported`; the caller then keeps the file as it is.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import NamedTuple

PT_LOAD, PT_DYNAMIC = 1, 2
SHT_SYMTAB, SHT_DYNAMIC, SHT_RELA, SHT_REL, SHT_DYNSYM = 2, 6, 4, 9, 11
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5
SHN_UNDEF, SHN_LORESERVE = 0, 0xFF00
# dynamic tags whose value is an address: PLTGOT, HASH, STRTAB, SYMTAB, RELA, INIT, FINI,
# REL, JMPREL, INIT_ARRAY, FINI_ARRAY, GNU_HASH, VERSYM, VERDEF, VERNEED
DT_ADDRESS_TAGS = {3, 4, 5, 6, 7, 12, 13, 17, 23, 25, 26, 0x6FFFFEF5, 0x6FFFFFF0, 0x6FFFFFFC, 0x6FFFFFFE}  # fmt: skip

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_DYN = struct.Struct("<qQ")


class NotSupported(ValueError):
    """Not a file this module can read or rewrite safely."""


class _Header(NamedTuple):
    phoff: int
    shoff: int
    phnum: int
    shnum: int


def _header(data: bytes | bytearray) -> _Header:
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise NotSupported("not a 64-bit little-endian ELF file")
    fields = _EHDR.unpack_from(data, 0)
    return _Header(phoff=fields[5], shoff=fields[6], phnum=fields[10], shnum=fields[12])


def _program_headers(data: bytes | bytearray, head: _Header) -> list[list[int]]:
    return [list(_PHDR.unpack_from(data, head.phoff + i * _PHDR.size)) for i in range(head.phnum)]


def _section_headers(data: bytes | bytearray, head: _Header) -> list[list[int]]:
    return [list(_SHDR.unpack_from(data, head.shoff + i * _SHDR.size)) for i in range(head.shnum)]


def _file_offset(segments: list[list[int]], address: int) -> int:
    for p_type, _flags, offset, vaddr, _paddr, filesz, _memsz, _align in segments:
        if p_type == PT_LOAD and vaddr <= address < vaddr + filesz:
            return offset + address - vaddr
    raise NotSupported(f"address {address:#x} is in no loaded segment")


def needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries of a shared library or executable, in order."""
    data = path.read_bytes()
    head = _header(data)
    segments = _program_headers(data, head)
    dynamic = next((p for p in segments if p[0] == PT_DYNAMIC), None)
    if dynamic is None:
        return []  # statically linked, or a plain data file
    entries = []
    strtab = None
    for i in range(dynamic[5] // _DYN.size):
        tag, value = _DYN.unpack_from(data, dynamic[2] + i * _DYN.size)
        if tag == DT_NULL:
            break
        if tag == DT_STRTAB:
            strtab = _file_offset(segments, value)
        elif tag == DT_NEEDED:
            entries.append(value)
    if strtab is None:
        return []
    return [data[strtab + e : data.index(b"\0", strtab + e)].decode() for e in entries]


def _symbols(data: bytearray, sections: list[list[int]]):
    """(offset of the entry, name, fields) of every symbol in .symtab and .dynsym."""
    for sh_type, offset, size, link in ((s[1], s[4], s[5], s[6]) for s in sections):
        if sh_type not in (SHT_SYMTAB, SHT_DYNSYM):
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, _SYM.size):
            fields = list(_SYM.unpack_from(data, at))
            name_at = strings + fields[0]
            yield at, bytes(data[name_at : data.index(b"\0", name_at)]).decode(), fields


def symbol_data(path: Path, symbol: str) -> bytes:
    """The bytes of a data symbol that fills its section (ICU's ``icudt73_dat``)."""
    data = bytearray(path.read_bytes())
    head = _header(data)
    sections = _section_headers(data, head)
    _index, section = _whole_section_symbol(data, sections, symbol)
    return bytes(data[section[4] : section[4] + section[5]])


def _whole_section_symbol(
    data: bytearray, sections: list[list[int]], symbol: str
) -> tuple[int, list[int]]:
    for _at, name, fields in _symbols(data, sections):
        if name == symbol:
            index, value, size = fields[3], fields[4], fields[5]
            if not SHN_UNDEF < index < SHN_LORESERVE:
                break
            section = sections[index]
            if section[3] != value or section[5] != size:
                raise NotSupported(f"{symbol} does not fill its section")
            return index, section
    raise NotSupported(f"no data symbol {symbol}")


def replace_symbol_data(source: Path, target: Path, symbol: str, contents: bytes) -> int:
    """Write ``source`` to ``target`` with ``symbol``'s section holding ``contents``.

    The symbol must fill a section of its own (as ``icudt*_dat`` does) and ``contents``
    must not be longer. The section shrinks by whole pages (the largest alignment of a
    loaded segment), so every later segment keeps its offset congruent with its address;
    what follows is moved down by as much, and every header, symbol and dynamic entry
    pointing past the section is moved with it. The file has no relocations (refused
    otherwise), so nothing else refers to those addresses. Returns the bytes saved.
    """
    data = bytearray(source.read_bytes())
    head = _header(data)
    sections = _section_headers(data, head)
    segments = _program_headers(data, head)
    if any(s[1] in (SHT_RELA, SHT_REL) for s in sections):
        raise NotSupported("the file has relocations")
    index, section = _whole_section_symbol(data, sections, symbol)
    start, address, size = section[4], section[3], section[5]
    if len(contents) > size:
        raise NotSupported("the new contents are longer than the old")
    page = max(p[7] for p in segments if p[0] == PT_LOAD)
    delta = (size - len(contents)) // page * page
    new_size = size - delta
    end, end_address = start + size, address + size

    def moved(offset: int) -> int:
        return offset - delta if offset >= end else offset

    def moved_address(value: int) -> int:
        return value - delta if value >= end_address else value

    # Every header is rewritten in place first; the section is cut last, which moves
    # all that follows it down by ``delta``.
    for segment in segments:  # type, flags, offset, vaddr, paddr, filesz, memsz, align
        if segment[2] >= end and segment[5]:
            segment[2] -= delta
            segment[3] = moved_address(segment[3])
            segment[4] = moved_address(segment[4])
        elif segment[2] <= start and end <= segment[2] + segment[5]:
            segment[5] -= delta
            segment[6] -= delta
    for i, segment in enumerate(segments):
        _PHDR.pack_into(data, head.phoff + i * _PHDR.size, *segment)
    for at, _name, fields in list(_symbols(data, sections)):
        if fields[3] == index and fields[4] == address and fields[5] == size:
            fields[5] = new_size
        if SHN_UNDEF < fields[3] < SHN_LORESERVE:
            fields[4] = moved_address(fields[4])
        _SYM.pack_into(data, at, *fields)
    for dyn in (s for s in sections if s[1] == SHT_DYNAMIC):
        for at in range(dyn[4], dyn[4] + dyn[5], _DYN.size):
            tag, value = _DYN.unpack_from(data, at)
            if tag in DT_ADDRESS_TAGS:
                _DYN.pack_into(data, at, tag, moved_address(value))
    for s in sections:  # name, type, flags, addr, offset, size, link, info, align, entsize
        if s is section:
            s[5] = new_size
        else:
            s[3] = moved_address(s[3]) if s[3] else 0
            s[4] = moved(s[4])
    for i, s in enumerate(sections):
        _SHDR.pack_into(data, head.shoff + i * _SHDR.size, *s)
    fields = list(_EHDR.unpack_from(data, 0))
    fields[4] = moved_address(fields[4])  # e_entry
    fields[5] = moved(fields[5])  # e_phoff
    fields[6] = moved(fields[6])  # e_shoff
    _EHDR.pack_into(data, 0, *fields)
    data[start:end] = contents + bytes(new_size - len(contents))
    target.write_bytes(bytes(data))
    return delta
