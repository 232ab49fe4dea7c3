#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(405);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: t => process.stdout.write(t),
    stderr: t => process.stderr.write(t),
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, defaultCompatHeader, exitCodeFor

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/elf/errors.ts
/**
 * The one error type of the ELF layer. `structure` and `offset` say where in the file reading stopped, so a
 * user can check the claim with `readelf` or a hex dump.
 */
class ElfError extends Error {
    code;
    structure;
    offset;
    name = 'ElfError';
    constructor(code, message, structure, offset) {
        super(structure === undefined
            ? message
            : `${structure}${offset === undefined ? '' : ` at offset 0x${offset.toString(16)}`}: ${message}`);
        this.code = code;
        this.structure = structure;
        this.offset = offset;
    }
}

;// CONCATENATED MODULE: ./src/elf/constants.ts
// Names and values from the ELF gABI and the GNU extensions (elf.h), so code can be checked against readelf.
const ELFCLASS32 = 1;
const ELFCLASS64 = 2;
const ELFDATA2LSB = 1;
const ELFDATA2MSB = 2;
const ET_REL = 1;
const ET_EXEC = 2;
const ET_DYN = 3;
const ET_CORE = 4;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PT_NOTE = 4;
/** e_phnum value meaning "the real count is in section 0's sh_info". */
const PN_XNUM = 0xffff;
const SHT_DYNAMIC = 6;
const SHT_NOTE = 7;
const SHT_DYNSYM = 11;
const SHT_GNU_VERDEF = 0x6ffffffd;
const SHT_GNU_VERNEED = 0x6ffffffe;
const SHT_GNU_VERSYM = 0x6fffffff;
const SHN_UNDEF = 0;
const SHN_XINDEX = 0xffff;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_PLTRELSZ = 2;
const DT_HASH = 4;
const DT_STRTAB = 5;
const DT_SYMTAB = 6;
const DT_RELA = 7;
const DT_RELASZ = 8;
const DT_RELAENT = 9;
const DT_STRSZ = 10;
const DT_SYMENT = 11;
const DT_SONAME = 14;
const DT_REL = 17;
const DT_RELSZ = 18;
const DT_RELENT = 19;
const DT_PLTREL = 20;
const DT_BIND_NOW = 24;
const DT_JMPREL = 23;
const DT_FLAGS = 30;
const DT_GNU_HASH = 0x6ffffef5;
const DT_VERSYM = 0x6ffffff0;
const DT_FLAGS_1 = 0x6ffffffb;
const DT_VERDEF = 0x6ffffffc;
const DT_VERDEFNUM = 0x6ffffffd;
const DT_VERNEED = 0x6ffffffe;
const DT_VERNEEDNUM = 0x6fffffff;
const DF_BIND_NOW = 0x8;
const DF_1_NOW = 0x1;
const STB_WEAK = 2;
/** vna_flags bit: the loader only warns when this version is missing. */
const VER_FLG_WEAK = 0x2;
const VER_FLG_BASE = 0x1;
/** versym bit 15: the symbol is hidden (only for verdef entries). */
const VERSYM_HIDDEN = 0x8000;
const VER_NDX_LOCAL = 0;
const VER_NDX_GLOBAL = 1;
const NT_GNU_ABI_TAG = 1;
/** e_machine → the name used in reports; EM_PPC64/S390/RISCV names depend on class and endianness. */
const MACHINES = {
    2: 'sparc',
    3: 'i386',
    8: (cls, le) => (cls === 64 ? 'mips64' : 'mips') + (le ? 'el' : ''),
    20: 'ppc',
    21: (_cls, le) => (le ? 'ppc64le' : 'ppc64'),
    22: cls => (cls === 64 ? 's390x' : 's390'),
    40: 'arm',
    42: 'sh',
    43: 'sparc64',
    62: 'x86_64',
    183: 'aarch64',
    243: cls => (cls === 64 ? 'riscv64' : 'riscv32'),
    258: 'loongarch64'
};

;// CONCATENATED MODULE: ./src/elf/structs.ts
// Each on-disk ELF structure is declared once; the 32/64-bit and endian layouts are derived from that one
// declaration, as pyelftools and goblin do. Field names follow the ELF specification.
function scalarSize(t, is64) {
    switch (t) {
        case 'uchar':
            return 1;
        case 'half':
            return 2;
        case 'word':
            return 4;
        case 'ident':
            return 16;
        default:
            return is64 ? 8 : 4;
    }
}
// 64-bit values become numbers: anything above 2^53 cannot be a valid offset or count in a real file, and
// stays huge after conversion, so bounds checks reject it.
function scalarReader(size, le, at) {
    switch (size) {
        case 1:
            return (b, base) => b.readUInt8(base + at);
        case 2:
            return le ? (b, base) => b.readUInt16LE(base + at) : (b, base) => b.readUInt16BE(base + at);
        case 4:
            return le ? (b, base) => b.readUInt32LE(base + at) : (b, base) => b.readUInt32BE(base + at);
        case 8:
            return le
                ? (b, base) => Number(b.readBigUInt64LE(base + at))
                : (b, base) => Number(b.readBigUInt64BE(base + at));
        default:
            return () => 0;
    }
}
function layout(decl, is64, le) {
    const types = new Map(decl.fields);
    const order = is64 && decl.order64 ? decl.order64 : decl.fields.map(([n]) => n);
    const offsetOf = {};
    const field = {};
    let at = 0;
    for (const name of order) {
        const size = scalarSize(types.get(name), is64);
        offsetOf[name] = at;
        field[name] = scalarReader(size, le, at);
        at += size;
    }
    const readers = Object.entries(field);
    return {
        name: decl.name,
        size: at,
        offsetOf,
        field,
        read(buf, base) {
            const out = {};
            for (const [n, r] of readers)
                out[n] = r(buf, base);
            return out;
        }
    };
}
const DECLS = {
    Ehdr: {
        name: 'Elf_Ehdr',
        fields: [
            ['e_ident', 'ident'],
            ['e_type', 'half'],
            ['e_machine', 'half'],
            ['e_version', 'word'],
            ['e_entry', 'addr'],
            ['e_phoff', 'off'],
            ['e_shoff', 'off'],
            ['e_flags', 'word'],
            ['e_ehsize', 'half'],
            ['e_phentsize', 'half'],
            ['e_phnum', 'half'],
            ['e_shentsize', 'half'],
            ['e_shnum', 'half'],
            ['e_shstrndx', 'half']
        ]
    },
    Phdr: {
        name: 'Elf_Phdr',
        fields: [
            ['p_type', 'word'],
            ['p_offset', 'off'],
            ['p_vaddr', 'addr'],
            ['p_paddr', 'addr'],
            ['p_filesz', 'xword'],
            ['p_memsz', 'xword'],
            ['p_flags', 'word'],
            ['p_align', 'xword']
        ],
        order64: ['p_type', 'p_flags', 'p_offset', 'p_vaddr', 'p_paddr', 'p_filesz', 'p_memsz', 'p_align']
    },
    Shdr: {
        name: 'Elf_Shdr',
        fields: [
            ['sh_name', 'word'],
            ['sh_type', 'word'],
            ['sh_flags', 'xword'],
            ['sh_addr', 'addr'],
            ['sh_offset', 'off'],
            ['sh_size', 'xword'],
            ['sh_link', 'word'],
            ['sh_info', 'word'],
            ['sh_addralign', 'xword'],
            ['sh_entsize', 'xword']
        ]
    },
    Dyn: {
        name: 'Elf_Dyn',
        fields: [
            ['d_tag', 'sxword'],
            ['d_val', 'xword']
        ]
    },
    Sym: {
        name: 'Elf_Sym',
        fields: [
            ['st_name', 'word'],
            ['st_value', 'addr'],
            ['st_size', 'xword'],
            ['st_info', 'uchar'],
            ['st_other', 'uchar'],
            ['st_shndx', 'half']
        ],
        order64: ['st_name', 'st_info', 'st_other', 'st_shndx', 'st_value', 'st_size']
    },
    Rel: {
        name: 'Elf_Rel',
        fields: [
            ['r_offset', 'addr'],
            ['r_info', 'xword']
        ]
    },
    Rela: {
        name: 'Elf_Rela',
        fields: [
            ['r_offset', 'addr'],
            ['r_info', 'xword'],
            ['r_addend', 'sxword']
        ]
    },
    Verneed: {
        name: 'Elf_Verneed',
        fields: [
            ['vn_version', 'half'],
            ['vn_cnt', 'half'],
            ['vn_file', 'word'],
            ['vn_aux', 'word'],
            ['vn_next', 'word']
        ]
    },
    Vernaux: {
        name: 'Elf_Vernaux',
        fields: [
            ['vna_hash', 'word'],
            ['vna_flags', 'half'],
            ['vna_other', 'half'],
            ['vna_name', 'word'],
            ['vna_next', 'word']
        ]
    },
    Verdef: {
        name: 'Elf_Verdef',
        fields: [
            ['vd_version', 'half'],
            ['vd_flags', 'half'],
            ['vd_ndx', 'half'],
            ['vd_cnt', 'half'],
            ['vd_hash', 'word'],
            ['vd_aux', 'word'],
            ['vd_next', 'word']
        ]
    },
    Verdaux: {
        name: 'Elf_Verdaux',
        fields: [
            ['vda_name', 'word'],
            ['vda_next', 'word']
        ]
    },
    Nhdr: {
        name: 'Elf_Nhdr',
        fields: [
            ['n_namesz', 'word'],
            ['n_descsz', 'word'],
            ['n_type', 'word']
        ]
    }
};
const cache = new Map();
/** The layouts of every structure for one class and byte order (built once, then shared). */
function layouts(is64, le) {
    const key = `${is64}/${le}`;
    let l = cache.get(key);
    if (!l) {
        l = Object.fromEntries(Object.entries(DECLS).map(([k, d]) => [k, layout(d, is64, le)]));
        cache.set(key, l);
    }
    return l;
}

;// CONCATENATED MODULE: ./src/elf/header.ts



const ELF_MAGIC = 0x7f454c46;
function hasElfMagic(buf) {
    return buf.length >= 4 && buf.readUInt32BE(0) === ELF_MAGIC;
}
function machineName(code, cls, le) {
    const m = MACHINES[code];
    if (m === undefined)
        return `em-${code}`;
    return typeof m === 'string' ? m : m(cls, le);
}
/** A table of `count` entries of `entsize` bytes, checked against the file before it is read. */
function table(src, offset, count, entsize, what) {
    if (count === 0)
        return Buffer.alloc(0);
    return src.read(offset, count * entsize, what);
}
function header_readHeader(src) {
    if (src.size < 16) {
        if (src.size >= 4 && hasElfMagic(src.read(0, 4, 'e_ident')))
            throw new ElfError('truncated', `file is ${src.size} bytes, shorter than e_ident`, 'Elf_Ehdr', 0);
        throw new ElfError('not-elf', 'no ELF magic (\\x7fELF)');
    }
    const ident = src.read(0, 16, 'e_ident');
    if (!hasElfMagic(ident))
        throw new ElfError('not-elf', 'no ELF magic (\\x7fELF)');
    const ei_class = ident[4];
    const ei_data = ident[5];
    if (ei_class !== ELFCLASS32 && ei_class !== ELFCLASS64)
        throw new ElfError('malformed', `EI_CLASS ${ei_class} is neither ELFCLASS32 nor ELFCLASS64`, 'e_ident', 4);
    if (ei_data !== ELFDATA2LSB && ei_data !== ELFDATA2MSB)
        throw new ElfError('malformed', `EI_DATA ${ei_data} is neither ELFDATA2LSB nor ELFDATA2MSB`, 'e_ident', 5);
    const is64 = ei_class === ELFCLASS64;
    const le = ei_data === ELFDATA2LSB;
    const L = layouts(is64, le);
    const eh = L.Ehdr.read(src.read(0, L.Ehdr.size, L.Ehdr.name), 0);
    const cls = is64 ? 64 : 32;
    // Section 0 carries the real counts when e_shnum/e_phnum overflow (extended numbering).
    let shnum = eh.e_shnum;
    let phnum = eh.e_phnum;
    let sectionProblem = null;
    let sections = [];
    if (eh.e_shoff !== 0) {
        try {
            if (eh.e_shentsize !== L.Shdr.size)
                throw new ElfError('malformed', `e_shentsize ${eh.e_shentsize}, expected ${L.Shdr.size}`, 'Elf_Ehdr');
            const s0 = L.Shdr.read(src.read(eh.e_shoff, L.Shdr.size, 'section header 0'), 0);
            if (shnum === 0)
                shnum = s0.sh_size;
            if (phnum === PN_XNUM)
                phnum = s0.sh_info;
            const raw = table(src, eh.e_shoff, shnum, L.Shdr.size, 'section header table');
            sections = [];
            for (let i = 0; i < shnum; i++) {
                const s = L.Shdr.read(raw, i * L.Shdr.size);
                sections.push({
                    index: i,
                    sh_type: s.sh_type,
                    sh_addr: s.sh_addr,
                    sh_offset: s.sh_offset,
                    sh_size: s.sh_size,
                    sh_link: s.sh_link,
                    sh_info: s.sh_info,
                    sh_entsize: s.sh_entsize
                });
            }
        }
        catch (e) {
            // The loader never reads section headers, so broken ones must not stop the audit: note and go on.
            if (!(e instanceof ElfError))
                throw e;
            sectionProblem = e.message;
            sections = [];
        }
    }
    const segments = [];
    if (eh.e_phoff !== 0 && phnum !== 0) {
        if (eh.e_phentsize !== L.Phdr.size)
            throw new ElfError('malformed', `e_phentsize ${eh.e_phentsize}, expected ${L.Phdr.size}`, 'Elf_Ehdr');
        const raw = table(src, eh.e_phoff, phnum, L.Phdr.size, 'program header table');
        for (let i = 0; i < phnum; i++) {
            const p = L.Phdr.read(raw, i * L.Phdr.size);
            segments.push({
                p_type: p.p_type,
                p_offset: p.p_offset,
                p_vaddr: p.p_vaddr,
                p_filesz: p.p_filesz,
                p_memsz: p.p_memsz,
                p_align: p.p_align
            });
        }
    }
    return {
        class: cls,
        endian: le ? 'little' : 'big',
        machineCode: eh.e_machine,
        machine: machineName(eh.e_machine, cls, le),
        type: eh.e_type,
        L,
        segments,
        sections,
        sectionProblem
    };
}

;// CONCATENATED MODULE: ./src/elf/dynamic.ts


/** Virtual address → file offset through the PT_LOAD segments, the way the loader maps the file. */
function addressMapper(h) {
    const loads = h.segments.filter(s => s.p_type === PT_LOAD);
    const secs = h.sections.filter(s => s.sh_addr !== 0 && s.sh_type !== 8 /* SHT_NOBITS */);
    return (addr, what) => {
        for (const s of loads) {
            if (addr >= s.p_vaddr && addr < s.p_vaddr + s.p_filesz)
                return s.p_offset + (addr - s.p_vaddr);
        }
        // Without PT_LOAD (unusual, e.g. some linker test outputs) the section headers are all we have.
        for (const s of secs) {
            if (addr >= s.sh_addr && addr < s.sh_addr + s.sh_size)
                return s.sh_offset + (addr - s.sh_addr);
        }
        throw new ElfError('malformed', `address 0x${addr.toString(16)} lies in no PT_LOAD segment`, what);
    };
}
function readDynamic(src, h) {
    const seg = h.segments.find(s => s.p_type === PT_DYNAMIC);
    let offset;
    let size;
    let source;
    if (seg) {
        offset = seg.p_offset;
        size = seg.p_filesz;
        source = 'program-headers';
    }
    else {
        const sec = h.sections.find(s => s.sh_type === SHT_DYNAMIC);
        if (!sec)
            return null;
        offset = sec.sh_offset;
        size = sec.sh_size;
        source = 'section-headers';
    }
    const D = h.L.Dyn;
    const count = Math.floor(size / D.size);
    const raw = src.read(offset, count * D.size, 'dynamic section');
    const entries = new Map();
    let terminated = false;
    for (let i = 0; i < count; i++) {
        const tag = D.field.d_tag(raw, i * D.size);
        if (tag === DT_NULL) {
            terminated = true;
            break;
        }
        const val = D.field.d_val(raw, i * D.size);
        const list = entries.get(tag);
        if (list)
            list.push(val);
        else
            entries.set(tag, [val]);
    }
    if (!terminated && count > 0)
        throw new ElfError('malformed', 'no DT_NULL before the end of the segment', 'dynamic section', offset);
    return { source, entries, toOffset: addressMapper(h) };
}
function dynValue(d, tag) {
    return d.entries.get(tag)?.[0];
}

;// CONCATENATED MODULE: ./src/elf/source.ts


/** No table in a real binary comes close; a larger claim is hostile and must not size an allocation. */
const MAX_TABLE_BYTES = 256 * 1024 * 1024;
/**
 * Positional, bounded reads of one file. Every read is checked against the file size first, so a hostile
 * offset or count fails with the structure's name instead of allocating or reading garbage.
 */
class source_FileSource {
    fd;
    size;
    /** Bytes read so far: the proof that an audit reads tables, never the whole file. */
    bytesRead = 0;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    static open(path) {
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
        }
        catch (e) {
            throw new ElfError('io', `cannot open ${path}: ${e.code ?? String(e)}`);
        }
        try {
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!st.isFile())
                throw new ElfError('io', `${path} is not a regular file`);
            return new source_FileSource(fd, st.size);
        }
        catch (e) {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
            throw e;
        }
    }
    /** True when [offset, offset+length) lies inside the file. */
    contains(offset, length) {
        return (Number.isSafeInteger(offset) &&
            Number.isSafeInteger(length) &&
            offset >= 0 &&
            length >= 0 &&
            offset + length <= this.size);
    }
    read(offset, length, structure) {
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_TABLE_BYTES)
            throw new ElfError('malformed', `implausible size ${length} bytes`, structure, offset);
        if (!this.contains(offset, length))
            throw new ElfError('truncated', `needs ${length} bytes but the file ends at 0x${this.size.toString(16)}`, structure, offset);
        this.bytesRead += length;
        const buf = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(this.fd, buf, done, length - done, offset + done);
            if (n === 0)
                throw new ElfError('truncated', 'file shrank while reading', structure, offset + done);
            done += n;
        }
        return buf;
    }
    close() {
        (0,external_node_fs_namespaceObject.closeSync)(this.fd);
    }
}

;// CONCATENATED MODULE: ./src/elf/interp.ts




function readInterpreter(src, h) {
    const seg = h.segments.find(s => s.p_type === PT_INTERP);
    if (!seg)
        return null;
    if (seg.p_filesz > 4096)
        throw new ElfError('malformed', `PT_INTERP of ${seg.p_filesz} bytes`, 'PT_INTERP', seg.p_offset);
    const b = src.read(seg.p_offset, seg.p_filesz, 'PT_INTERP');
    const nul = b.indexOf(0);
    return { path: b.toString('latin1', 0, nul < 0 ? b.length : nul), offset: seg.p_offset, size: seg.p_filesz };
}
/** Machine and interpreter only: what a runner needs to pick a runtime, without reading any table. */
function readProgramHeaders(path) {
    const src = FileSource.open(path);
    try {
        const h = readHeader(src);
        return { machine: h.machine, machineCode: h.machineCode, interpreter: readInterpreter(src, h) };
    }
    finally {
        src.close();
    }
}

;// CONCATENATED MODULE: ./src/elf/notes.ts

const MAX_NOTE_BYTES = 1 << 20;
/**
 * The minimum kernel from NT_GNU_ABI_TAG ("GNU" note, desc = os, major, minor, patch). glibc refuses to start
 * a binary whose tag names a newer kernel than the running one ("FATAL: kernel too old").
 */
function readAbiTag(src, h) {
    const regions = h.segments
        .filter(s => s.p_type === PT_NOTE)
        .map(s => ({ offset: s.p_offset, size: s.p_filesz, align: s.p_align }));
    if (regions.length === 0)
        for (const s of h.sections.filter(x => x.sh_type === SHT_NOTE))
            regions.push({ offset: s.sh_offset, size: s.sh_size, align: 4 });
    const le = h.endian === 'little';
    for (const r of regions) {
        if (r.size > MAX_NOTE_BYTES || !src.contains(r.offset, r.size))
            continue;
        const buf = src.read(r.offset, r.size, 'PT_NOTE');
        // Notes in 8-aligned segments (.note.gnu.property) pad to 8; classic notes pad to 4.
        const pad = r.align === 8 ? 8 : 4;
        const up = (n) => Math.ceil(n / pad) * pad;
        let at = 0;
        while (at + 12 <= buf.length) {
            const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
            const namesz = u32(at);
            const descsz = u32(at + 4);
            const type = u32(at + 8);
            const nameAt = at + 12;
            const descAt = nameAt + up(namesz);
            const next = descAt + up(descsz);
            if (next > buf.length || next <= at)
                break;
            const name = buf.toString('latin1', nameAt, nameAt + Math.max(0, namesz - 1));
            if (name === 'GNU' && type === NT_GNU_ABI_TAG && descsz >= 16)
                return { os: u32(descAt), kernel: `${u32(descAt + 4)}.${u32(descAt + 8)}.${u32(descAt + 12)}` };
            at = next;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/elf/strings.ts

const PAGE = 16 * 1024;
/**
 * A string table read page by page on demand: an audit needs a few hundred names out of a dynstr that is
 * megabytes long in big binaries, so only the pages holding them are read.
 */
class StringTable {
    src;
    offset;
    size;
    what;
    pages = new Map();
    constructor(src, offset, size, what) {
        this.src = src;
        this.offset = offset;
        this.size = size;
        this.what = what;
        if (!src.contains(offset, size))
            throw new ElfError('truncated', `${size} bytes do not fit in the file`, what, offset);
    }
    page(n) {
        let p = this.pages.get(n);
        if (!p) {
            const start = n * PAGE;
            p = this.src.read(this.offset + start, Math.min(PAGE, this.size - start), this.what);
            this.pages.set(n, p);
        }
        return p;
    }
    get(offset) {
        if (offset >= this.size)
            throw new ElfError('malformed', `string offset ${offset} beyond table size ${this.size}`, this.what);
        let n = Math.floor(offset / PAGE);
        let at = offset - n * PAGE;
        let out = '';
        // A name may straddle pages; an unterminated one ends with the table.
        for (;;) {
            const p = this.page(n);
            const end = p.indexOf(0, at);
            if (end >= 0)
                return out + p.toString('latin1', at, end);
            out += p.toString('latin1', at);
            if ((n + 1) * PAGE >= this.size)
                return out;
            n++;
            at = 0;
        }
    }
}

;// CONCATENATED MODULE: ./src/elf/symbols.ts


/** Number of dynamic symbols from DT_HASH: its nchain word. */
function countFromSysvHash(src, offset, le) {
    const head = src.read(offset, 8, 'DT_HASH');
    return le ? head.readUInt32LE(4) : head.readUInt32BE(4);
}
/**
 * Number of dynamic symbols from DT_GNU_HASH. The table does not store it: the last hashed symbol is found by
 * following the chain of the highest bucket to its end marker (low bit set), as readelf and lld do. With no
 * hashed symbol at all (an executable whose symbols are all undefined) it cannot tell: `hashed` is false.
 */
function countFromGnuHash(src, offset, is64, le) {
    const head = src.read(offset, 16, 'DT_GNU_HASH');
    const u32 = (b, at) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
    const nbuckets = u32(head, 0);
    const symoffset = u32(head, 4);
    const bloomSize = u32(head, 8);
    const bucketsAt = offset + 16 + bloomSize * (is64 ? 8 : 4);
    const buckets = src.read(bucketsAt, nbuckets * 4, 'DT_GNU_HASH buckets');
    let max = 0;
    for (let i = 0; i < nbuckets; i++)
        max = Math.max(max, u32(buckets, i * 4));
    if (max === 0)
        return { count: symoffset, hashed: false };
    if (max < symoffset)
        throw new ElfError('malformed', `bucket value ${max} below symoffset ${symoffset}`, 'DT_GNU_HASH', offset);
    const chainsAt = bucketsAt + nbuckets * 4;
    // Read the chain tail in blocks: bounded by the file, never by a count the file claims.
    let idx = max;
    for (;;) {
        const at = chainsAt + (idx - symoffset) * 4;
        const n = Math.max(1, Math.min(1024, Math.floor((src.size - at) / 4)));
        const block = src.read(at, n * 4, 'DT_GNU_HASH chains');
        for (let k = 0; k < n; k++, idx++)
            if (u32(block, k * 4) & 1)
                return { count: idx + 1, hashed: true };
    }
}
/**
 * Reads the undefined entries of the dynamic symbol table with their versym indices. Names are decoded
 * only for undefined symbols, which keeps a 40k-symbol binary in the low milliseconds.
 */
function readImports(src, L, t, name, le, 
/** versym indices that belong to verneed entries. */
needed) {
    const S = L.Sym;
    if (t.entsize !== S.size)
        throw new ElfError('malformed', `symbol entry size ${t.entsize}, expected ${S.size}`, 'dynamic symbol table');
    const syms = src.read(t.symtab, t.count * S.size, 'dynamic symbol table');
    const vers = t.versym === null ? null : src.read(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)');
    // The hot loop of a 40k-symbol table: plain byte reads at fixed offsets, no per-field closures.
    const nameAt = S.offsetOf.st_name;
    const infoAt = S.offsetOf.st_info;
    const shndxAt = S.offsetOf.st_shndx;
    const u16 = le
        ? (b, o) => b[o] | (b[o + 1] << 8)
        : (b, o) => (b[o] << 8) | b[o + 1];
    const out = [];
    for (let i = 1, base = S.size; i < t.count; i++, base += S.size) {
        const v = vers === null ? 1 : u16(vers, i * 2) & ~VERSYM_HIDDEN;
        const undef = syms[base + shndxAt] === 0 && syms[base + shndxAt + 1] === 0;
        if (!undef && !needed.has(v))
            continue;
        const n = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt);
        if (n === 0)
            continue;
        out.push({
            index: i,
            name: name(n),
            versionIndex: v,
            weakBinding: syms[base + infoAt] >> 4 === STB_WEAK
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/elf/versions.ts


// Each record is at least this many bytes, so a count above size/this cannot be genuine.
const MIN_RECORD = 8;
function checkCount(src, count, what, at) {
    if (count > src.size / MIN_RECORD)
        throw new ElfError('malformed', `count ${count} cannot fit in a ${src.size}-byte file`, what, at);
}
/** Walks a vn_next/vna_next style chain, refusing cycles and runaway counts. */
function chain(src, start, count, layout, nextField, what, visit) {
    checkCount(src, count, what, start);
    const seen = new Set();
    let at = start;
    for (let i = 0; i < count; i++) {
        if (seen.has(at))
            throw new ElfError('malformed', 'entries form a cycle', what, at);
        seen.add(at);
        const rec = layout.read(src.read(at, layout.size, what), 0);
        visit(rec, at);
        const next = rec[nextField];
        if (next === 0)
            break;
        at += next;
    }
}
function readVerneed(src, L, offset, count, strings) {
    const out = [];
    chain(src, offset, count, L.Verneed, 'vn_next', 'Elf_Verneed', (vn, at) => {
        if (vn.vn_version !== 1)
            throw new ElfError('unsupported', `vn_version ${vn.vn_version} (only 1 is defined)`, 'Elf_Verneed', at);
        const library = strings.get(vn.vn_file);
        chain(src, at + vn.vn_aux, vn.vn_cnt, L.Vernaux, 'vna_next', 'Elf_Vernaux', aux => {
            out.push({
                library,
                version: strings.get(aux.vna_name),
                vna_hash: aux.vna_hash,
                vna_flags: aux.vna_flags,
                vna_other: aux.vna_other,
                weak: (aux.vna_flags & VER_FLG_WEAK) !== 0
            });
        });
    });
    return out;
}
function readVerdef(src, L, offset, count, strings) {
    const out = [];
    chain(src, offset, count, L.Verdef, 'vd_next', 'Elf_Verdef', (vd, at) => {
        if (vd.vd_version !== 1)
            throw new ElfError('unsupported', `vd_version ${vd.vd_version} (only 1 is defined)`, 'Elf_Verdef', at);
        // The first Verdaux names the version itself; later ones name its parents.
        if (vd.vd_cnt === 0)
            return;
        const aux = L.Verdaux.read(src.read(at + vd.vd_aux, L.Verdaux.size, 'Elf_Verdaux'), 0);
        out.push({
            version: strings.get(aux.vda_name),
            vd_ndx: vd.vd_ndx,
            vd_flags: vd.vd_flags,
            base: (vd.vd_flags & VER_FLG_BASE) !== 0
        });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/elf/reader.ts










const TYPES = {
    [ET_EXEC]: 'exec',
    [ET_DYN]: 'dyn',
    [ET_REL]: 'rel',
    [ET_CORE]: 'core'
};
/** Dynamic tags whose values are addresses of tables that may follow the symbol table in the file. */
const TABLE_TAGS = [
    DT_STRTAB,
    DT_HASH,
    DT_GNU_HASH,
    DT_VERSYM,
    DT_VERNEED,
    DT_VERDEF,
    DT_RELA,
    DT_REL,
    DT_JMPREL
];
/**
 * How many dynamic symbols there are. DT_HASH says it outright; DT_GNU_HASH does when it hashes any symbol
 * (the hashed ones come last). Otherwise (an executable whose symbols are all undefined has an empty GNU hash)
 * the section header, and failing that the distance to the next table the dynamic section points at.
 */
function symbolCount(src, h, d, symtabAddr, symtab, entsize) {
    const le = h.endian === 'little';
    const sysv = dynValue(d, DT_HASH);
    if (sysv !== undefined)
        return countFromSysvHash(src, d.toOffset(sysv, 'DT_HASH'), le);
    const gnu = dynValue(d, DT_GNU_HASH);
    const fromGnu = gnu === undefined ? null : countFromGnuHash(src, d.toOffset(gnu, 'DT_GNU_HASH'), h.class === 64, le);
    if (fromGnu !== null && fromGnu.hashed)
        return fromGnu.count;
    const sec = h.sections.find(s => s.sh_type === SHT_DYNSYM && s.sh_offset === symtab);
    if (sec && sec.sh_entsize === entsize)
        return Math.floor(sec.sh_size / entsize);
    const next = TABLE_TAGS.map(t => dynValue(d, t)).filter((a) => a !== undefined && a > symtabAddr);
    if (next.length > 0)
        return Math.floor((Math.min(...next) - symtabAddr) / entsize);
    if (fromGnu !== null)
        return fromGnu.count;
    throw new ElfError('malformed', 'no DT_HASH, DT_GNU_HASH or .dynsym section to size it', 'dynamic symbol table');
}
/** Dynamic info rebuilt from section headers, for files without PT_DYNAMIC but with .dynamic. */
function tablesFromSections(h) {
    const off = (t) => h.sections.find(s => s.sh_type === t)?.sh_offset;
    return {
        verneed: off(SHT_GNU_VERNEED),
        verdef: off(SHT_GNU_VERDEF),
        versym: off(SHT_GNU_VERSYM)
    };
}
function relocatedSymbols(src, h, d) {
    const out = new Set();
    const tables = [
        [DT_RELA, DT_RELASZ, true],
        [DT_REL, DT_RELSZ, false]
    ];
    for (const [tag, sizeTag, rela] of tables) {
        const addr = dynValue(d, tag);
        const size = dynValue(d, sizeTag);
        if (addr === undefined || size === undefined)
            continue;
        const L = rela ? h.L.Rela : h.L.Rel;
        const buf = src.read(d.toOffset(addr, rela ? 'DT_RELA' : 'DT_REL'), size, rela ? 'DT_RELA' : 'DT_REL');
        for (let at = 0; at + L.size <= buf.length; at += L.size) {
            const info = L.field.r_info(buf, at);
            out.add(h.class === 64 ? Math.floor(info / 2 ** 32) : info >>> 8);
        }
    }
    // DT_RELA may include the PLT relocations (DT_JMPREL inside it); those are lazy, so take them back out.
    const jmprel = dynValue(d, DT_JMPREL);
    const relaAddr = dynValue(d, DT_RELA) ?? dynValue(d, DT_REL);
    const relaSize = dynValue(d, DT_RELASZ) ?? dynValue(d, DT_RELSZ) ?? 0;
    if (jmprel !== undefined && relaAddr !== undefined && jmprel >= relaAddr && jmprel < relaAddr + relaSize) {
        const pltSize = dynValue(d, DT_PLTRELSZ) ?? 0;
        const L = dynValue(d, DT_PLTREL) === DT_REL ? h.L.Rel : h.L.Rela;
        const buf = src.read(d.toOffset(jmprel, 'DT_JMPREL'), pltSize, 'DT_JMPREL');
        const plt = new Set();
        for (let at = 0; at + L.size <= buf.length; at += L.size) {
            const info = L.field.r_info(buf, at);
            plt.add(h.class === 64 ? Math.floor(info / 2 ** 32) : info >>> 8);
        }
        for (const s of plt)
            out.delete(s);
    }
    out.delete(0);
    return out;
}
/** Reads everything the glibc loader checks. Never reads the whole file: only headers and the tables named. */
function readElf(path) {
    const src = source_FileSource.open(path);
    try {
        const info = readFrom(src, path);
        info.bytesRead = src.bytesRead;
        return info;
    }
    finally {
        src.close();
    }
}
function readFrom(src, path) {
    const h = header_readHeader(src);
    const interp = readInterpreter(src, h);
    const base = {
        path,
        size: src.size,
        class: h.class,
        endian: h.endian,
        machine: h.machine,
        machineCode: h.machineCode,
        type: TYPES[h.type] ?? 'other',
        interpreter: interp?.path ?? null,
        sectionProblem: h.sectionProblem,
        abiTag: readAbiTag(src, h),
        bytesRead: 0
    };
    const d = h.type === ET_REL || h.type === ET_CORE ? null : readDynamic(src, h);
    if (!d) {
        return {
            ...base,
            needed: [],
            soname: null,
            bindNow: false,
            isStatic: true,
            dynamicSource: 'none',
            requirements: [],
            definitions: [],
            imports: [],
            eagerImports: () => new Set()
        };
    }
    const strtab = dynValue(d, DT_STRTAB);
    const strsz = dynValue(d, DT_STRSZ);
    if (strtab === undefined || strsz === undefined)
        throw new ElfError('malformed', 'DT_STRTAB or DT_STRSZ missing', 'dynamic section');
    const strings = new StringTable(src, d.toOffset(strtab, 'DT_STRTAB'), strsz, 'DT_STRTAB');
    const needed = (d.entries.get(DT_NEEDED) ?? []).map(o => strings.get(o));
    const sonameOff = dynValue(d, DT_SONAME);
    const flags = dynValue(d, DT_FLAGS) ?? 0;
    const flags1 = dynValue(d, DT_FLAGS_1) ?? 0;
    const bindNow = d.entries.has(DT_BIND_NOW) || (flags & DF_BIND_NOW) !== 0 || (flags1 & DF_1_NOW) !== 0;
    const fromSections = d.source === 'section-headers' ? tablesFromSections(h) : {};
    const at = (tag, what, fallback) => {
        const v = dynValue(d, tag);
        return v === undefined ? fallback : d.toOffset(v, what);
    };
    const verneedAt = at(DT_VERNEED, 'DT_VERNEED', fromSections.verneed);
    const verdefAt = at(DT_VERDEF, 'DT_VERDEF', fromSections.verdef);
    const versymAt = at(DT_VERSYM, 'DT_VERSYM', fromSections.versym);
    const requirements = verneedAt === undefined
        ? []
        : readVerneed(src, h.L, verneedAt, dynValue(d, DT_VERNEEDNUM) ?? 0, strings);
    const definitions = verdefAt === undefined ? [] : readVerdef(src, h.L, verdefAt, dynValue(d, DT_VERDEFNUM) ?? 0, strings);
    const symtabAddr = dynValue(d, DT_SYMTAB);
    let imports = [];
    if (symtabAddr !== undefined) {
        const symtab = d.toOffset(symtabAddr, 'DT_SYMTAB');
        const entsize = dynValue(d, DT_SYMENT) ?? h.L.Sym.size;
        if (entsize === 0)
            throw new ElfError('malformed', 'DT_SYMENT is 0', 'dynamic section');
        const count = symbolCount(src, h, d, symtabAddr, symtab, entsize);
        if (count * entsize > src.size)
            throw new ElfError('malformed', `${count} symbols cannot fit in the file`, 'dynamic symbol table', symtab);
        imports = readImports(src, h.L, { symtab, count, entsize, versym: versymAt ?? null }, o => strings.get(o), h.endian === 'little', new Set(requirements.map(r => r.vna_other)));
    }
    let eager = null;
    const path_ = path;
    return {
        ...base,
        needed,
        soname: sonameOff === undefined ? null : strings.get(sonameOff),
        bindNow,
        isStatic: false,
        dynamicSource: d.source,
        requirements,
        definitions,
        imports,
        eagerImports() {
            if (!eager) {
                const again = source_FileSource.open(path_);
                try {
                    eager = relocatedSymbols(again, h, d);
                }
                finally {
                    again.close();
                }
            }
            return eager;
        }
    };
}

;// CONCATENATED MODULE: ./src/elf/index.ts





;// CONCATENATED MODULE: ./src/audit/version.ts
// Version names as they appear in verneed/verdef: NAMESPACE_N.N.N, with a few named specials.
const NUMBERED = /^([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*)_(\d+(?:\.\d+)*)$/;
// A file has a few dozen distinct version names, but sorting and checking ask about them thousands of times.
const parsed = new Map();
function parseVersionName(raw) {
    let v = parsed.get(raw);
    if (v)
        return v;
    const m = NUMBERED.exec(raw);
    const us = raw.indexOf('_');
    v = m
        ? { raw, namespace: m[1], numbers: m[2].split('.').map(Number) }
        : { raw, namespace: us > 0 ? raw.slice(0, us) : raw, numbers: null };
    if (parsed.size < 10000)
        parsed.set(raw, v);
    return v;
}
/** Plain code-unit order: stable across locales, and free of ICU start-up cost (localeCompare costs ~10 ms). */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Parses "2.17" or "3.4.19"; null when it is not dotted decimal. */
function parseDotted(s) {
    return /^\d+(\.\d+)*$/.test(s) ? s.split('.').map(Number) : null;
}
function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareDotted(a, b) {
    return compareNumbers(parseDotted(a) ?? [], parseDotted(b) ?? []);
}
/** The governing namespace of a sub-namespace: CXXABI_ARM → CXXABI, GLIBCXX_LDBL → GLIBCXX. */
function baseNamespace(ns, known) {
    let best = null;
    for (const k of known)
        if ((ns === k || ns.startsWith(`${k}_`)) && (!best || k.length > best.length))
            best = k;
    return best;
}
/** Namespace first, then numeric version: the order readers scan a count table in. */
function version_versionOrder(a, b) {
    const va = parseVersionName(a);
    const vb = parseVersionName(b);
    if (va.namespace !== vb.namespace)
        return byCodeUnit(va.namespace, vb.namespace);
    if (va.numbers && vb.numbers)
        return compareNumbers(va.numbers, vb.numbers);
    return byCodeUnit(a, b);
}

;// CONCATENATED MODULE: ./src/audit/check.ts

/**
 * Is one required version within the policy? Plain NS_x.y.z names of a governed namespace compare
 * numerically; any other name of those namespaces (GLIBC_PRIVATE, GLIBC_ABI_DT_RELR, CXXABI_FLOAT128,
 * GLIBCXX_LDBL_3.4.7...) must be listed in extraAllowed. Other namespaces (OPENSSL_3.0.0...) are not the
 * floor's business.
 */
function checkVersion(version, p) {
    if (p.extraAllowed.has(version))
        return 'ok';
    const v = parseVersionName(version);
    const ceiling = p.ceilings[v.namespace];
    if (ceiling !== undefined && v.numbers)
        return compareNumbers(v.numbers, parseDotted(ceiling) ?? []) > 0 ? 'above' : 'ok';
    const governed = Object.keys(p.ceilings).some(ns => version.startsWith(`${ns}_`));
    return governed ? 'above' : 'ungoverned';
}
/** The imported symbols that make a requirement late under a policy (all users, or only denied ones). */
function lateUsers(req, users, p) {
    const verdict = checkVersion(req.version, p);
    if (verdict === 'above')
        return users;
    const denied = p.deniedSymbols[req.version];
    if (verdict === 'ok' && denied) {
        const late = users.filter(s => denied.includes(s.name));
        return late.length > 0 ? late : null;
    }
    return null;
}
/**
 * Whether the loader refuses the file because of this requirement. A missing WEAK (VER_FLG_WEAK) version is
 * only a warning at start-up, but a symbol bound to it still fails once it is bound: at start-up under
 * bind-now or for address-taken symbols (non-PLT relocations), otherwise at its first call.
 */
function blocksLoad(req, elf, symbolIndices) {
    if (!req.weak)
        return true;
    if (symbolIndices.length === 0)
        return false;
    if (elf.bindNow)
        return true;
    const eager = elf.eagerImports();
    return symbolIndices.some(i => eager.has(i));
}

;// CONCATENATED MODULE: ./src/audit/audit-file.ts



function libcOf(elf) {
    if (elf.interpreter?.includes('ld-musl'))
        return 'musl';
    if (elf.needed.some(n => n.startsWith('libc.musl') || n.startsWith('ld-musl')))
        return 'musl';
    if (elf.isStatic || (elf.interpreter === null && elf.needed.length === 0))
        return 'none';
    return 'glibc';
}
/** Highest numbered version per namespace, e.g. { GLIBC: '2.28', GLIBCXX: '3.4.21' }. */
function maxVersions(versions) {
    const best = new Map();
    for (const raw of versions) {
        const v = parseVersionName(raw);
        if (!v.numbers)
            continue;
        const cur = best.get(v.namespace);
        if (!cur || compareNumbers(v.numbers, cur) > 0)
            best.set(v.namespace, v.numbers);
    }
    return Object.fromEntries([...best].sort(([a], [b]) => byCodeUnit(a, b)).map(([k, n]) => [k, n.join('.')]));
}
function versionCounts(elf) {
    const byIndex = new Map();
    for (const r of elf.requirements)
        byIndex.set(r.vna_other, r.version);
    // The BASE definition (index 1) names the file itself, not a version symbols are bound to.
    for (const d of elf.definitions)
        if (!d.base)
            byIndex.set(d.vd_ndx, d.version);
    const counts = {};
    for (const s of elf.imports) {
        const v = byIndex.get(s.versionIndex);
        if (v !== undefined)
            counts[v] = (counts[v] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => version_versionOrder(a, b)));
}
const usersCache = new WeakMap();
/** Imported symbols grouped by the versym index of the requirement they are bound to. */
function usersOf(elf, req) {
    let m = usersCache.get(elf);
    if (!m) {
        m = new Map();
        for (const s of elf.imports) {
            const list = m.get(s.versionIndex);
            if (list)
                list.push(s);
            else
                m.set(s.versionIndex, [s]);
        }
        usersCache.set(elf, m);
    }
    return m.get(req.vna_other) ?? [];
}
/** Does the file load where `policy` holds? Used for the floor and for every distro of the matrix. */
function loadsUnder(elf, policy) {
    const missing = [];
    for (const req of elf.requirements) {
        const late = lateUsers(req, usersOf(elf, req), policy);
        if (late === null)
            continue;
        if (blocksLoad(req, elf, late.map(s => s.index)) &&
            !missing.includes(req.version))
            missing.push(req.version);
    }
    return { loads: missing.length === 0, missing: missing.sort(version_versionOrder) };
}
function auditElf(elf, ctx) {
    const policy = ctx.policyFor(elf.machine);
    const libc = libcOf(elf);
    const requirements = elf.requirements.map(r => ({
        library: r.library,
        version: r.version,
        weak: r.weak
    }));
    const base = {
        path: ctx.display(elf.path),
        status: 'audited',
        reason: '',
        machine: elf.machine,
        class: elf.class,
        endian: elf.endian,
        libc,
        interpreter: elf.interpreter,
        soname: elf.soname,
        bindNow: elf.bindNow,
        needed: elf.needed,
        requirements,
        maxVersions: maxVersions(elf.requirements.map(r => r.version)),
        versionCounts: versionCounts(elf),
        violations: [],
        loadsOnFloor: true,
        minKernel: elf.abiTag?.kernel ?? null,
        distros: []
    };
    if (libc === 'musl')
        return skip(base, `musl binary (${elf.interpreter ?? 'musl libc'}): no glibc floor applies`);
    if (elf.type === 'rel' || elf.type === 'core')
        return skip(base, `${elf.type === 'rel' ? 'relocatable object' : 'core dump'}: nothing is loaded`);
    const violations = [];
    for (const req of elf.requirements) {
        const late = lateUsers(req, usersOf(elf, req), policy);
        if (late === null)
            continue;
        const rows = late.length > 0 ? late : [null];
        for (const s of rows) {
            const symbol = s ? s.name : null;
            violations.push({
                symbol,
                version: req.version,
                library: req.library,
                weakBinding: s ? s.weakBinding : false,
                wrapped: symbol !== null && ctx.wrapped.has(symbol),
                pinned: symbol !== null && ctx.pinned.get(symbol) === req.version,
                remedy: ctx.knowledge.remedy(symbol, req.version, elf.machine)
            });
        }
    }
    violations.sort((a, b) => version_versionOrder(b.version, a.version) || byCodeUnit(a.symbol ?? '', b.symbol ?? ''));
    const load = loadsUnder(elf, policy);
    const distroMissing = {};
    for (const d of ctx.knowledge.distros)
        distroMissing[d.id] = loadsUnder(elf, ctx.knowledge.distroPolicy(d, elf.machine)).missing;
    const distros = ctx.knowledge.distros.filter(d => distroMissing[d.id].length === 0).map(d => d.id);
    const floorNote = policy.unreachable;
    let reason;
    if (libc === 'none')
        reason = 'statically linked: no version requirements for the loader to check';
    else if (violations.length === 0)
        reason = `loads on glibc ${policy.glibc}`;
    else if (load.loads)
        reason = `${violations.length} late symbol(s) behind WEAK version requirements: starts, but calls may fail`;
    else
        reason = `needs ${load.missing.join(', ')}: glibc ${policy.glibc} refuses to load it`;
    if (floorNote)
        reason += ` (${floorNote})`;
    return { report: { ...base, reason, violations, loadsOnFloor: load.loads, distros }, distroMissing };
}
function skip(base, reason) {
    return {
        report: { ...base, status: 'skipped', reason, loadsOnFloor: undefined, distros: undefined },
        distroMissing: {}
    };
}
/** Audits one path; ELF problems become an `error` row, non-ELF input a `skipped` row. */
function auditPath(path, ctx) {
    const row = (status, reason) => ({
        report: { path: ctx.display(path), status, reason },
        distroMissing: {}
    });
    try {
        return auditElf(readElf(path), ctx);
    }
    catch (e) {
        if (!(e instanceof ElfError))
            throw e;
        return e.code === 'not-elf' ? row('skipped', 'not an ELF file') : row('error', e.message);
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./data/distros.json
const distros_namespaceObject = /*#__PURE__*/JSON.parse('{"VZ":[{"id":"rhel7","name":"RHEL/CentOS 7","glibc":"2.17","libstdcxxGcc":"4.8.5","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0","arches":["x86_64","aarch64","ppc64le","ppc64","s390x"],"eol":"2024-06-30 (maintenance end; ELS after)","verified":true,"source":"pypa/auditwheel manylinux-policy.json manylinux_2_17/manylinux2014 (built from the centos:7 image: GLIBC <= 2.17, GLIBCXX <= 3.4.19, CXXABI <= 1.3.7, GCC <= 4.8.0 on x86_64); local fixture sysroot libstdc++.so.6.0.19","note":"aarch64/ppc64le/s390x libgcc_s top out at GCC_4.7.0 (no GCC_4.8.0 node exists there). CentOS 7 aarch64 additionally exports _mcount@GLIBC_2.18."},{"id":"amzn1","name":"Amazon Linux AMI 2018.03 (Amazon Linux 1)","glibc":"2.17","libstdcxxGcc":"4.8.5","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0","arches":["x86_64"],"eol":"2023-12-31","verified":false,"source":"glibc 2.17: AL1 is RHEL/CentOS-6/7-derived with glibc-2.17-*.amzn1 (not re-checked in stored sources). libstdc++: UNVERIFIED - AL1 carries both libstdc++48 (GCC 4.8.5 -> GLIBCXX_3.4.19) and libstdc++72 (GCC 7.2, -> GLIBCXX_3.4.24) packages (EOSIO/eos#5857 maps libstdc++72 -> AL2 libstdc++); which one a given AMI has installed depends on the image. Values here are the conservative libstdc++48 ones."},{"id":"sles12","name":"SUSE Linux Enterprise Server 12 (SP0-SP5)","glibc":"2.22","libstdcxxGcc":"4.8","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0","arches":["x86_64","aarch64","ppc64le","s390x"],"verified":false,"source":"UNVERIFIED (from memory): SLES 12 keeps glibc 2.22 for all service packs; system GCC 4.8. SUSE ships newer libstdc++6 runtimes in later updates, so the GLIBCXX/CXXABI values are a conservative lower bound."},{"id":"debian9","name":"Debian 9 (stretch)","glibc":"2.24","libstdcxxGcc":"6.3","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0","arches":["x86_64","i686","aarch64","armv7l","ppc64le","s390x"],"eol":"2022-06-30 (LTS)","verified":true,"source":"pypa/auditwheel manylinux-policy.json manylinux_2_24 (Debian 9 based image): GLIBC <= 2.24, GLIBCXX <= 3.4.22, CXXABI <= 1.3.10, GCC <= 4.8.0 (x86_64)"},{"id":"amzn2","name":"Amazon Linux 2","glibc":"2.26","libstdcxxGcc":"7.3.1","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","aarch64"],"eol":"2026-06-30","verified":true,"source":"amazonlinux/container-images#37 (yum info glibc: 2.26-34.amzn2); docker-library/official-images#20651 (AL2 libstdc++-7.3.1-18.amzn2, libgcc-7.3.1); GCC 7.2+ -> GLIBCXX_3.4.24/CXXABI_1.3.11 per abi.xml; starknet-jvm#171 (AL2 lacks GLIBCXX_3.4.26)"},{"id":"sles15","name":"SUSE Linux Enterprise Server 15 GA-SP2","glibc":"2.26","libstdcxxGcc":"7","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","aarch64","ppc64le","s390x"],"verified":false,"source":"UNVERIFIED (from memory): SLES 15 GA-SP2 glibc 2.26, system GCC 7; SP3+ moved to glibc 2.31 (see sles15sp3). libstdc++6 is updated to newer GCC runtimes by SUSE, so GLIBCXX is a lower bound."},{"id":"ubuntu1804","name":"Ubuntu 18.04 LTS (bionic)","glibc":"2.27","libstdcxxGcc":"8.4","GLIBCXX":"3.4.25","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","i686","aarch64","armv7l","ppc64le","s390x"],"eol":"2023-05-31 (standard)","verified":true,"source":"glibc 2.27: manylinux_2_27 (Ubuntu 18.04 image) policy lists GLIBC up to 2.27; runtime libstdc++6/libgcc1 come from GCC 8 while the default compiler is 7.5 (qask.org \\"Versions of libgcc-s1 and gcc-base vs default gcc version\\", table: Ubuntu 18.04 run-times 8.x); GCC 8 -> GLIBCXX_3.4.25 per abi.xml. Note auditwheel caps manylinux_2_27 at GLIBCXX_3.4.24."},{"id":"rhel8","name":"RHEL 8 / AlmaLinux 8 / Rocky 8","glibc":"2.28","libstdcxxGcc":"8.5","GLIBCXX":"3.4.25","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","aarch64","ppc64le","s390x"],"eol":"2029-05-31","verified":true,"source":"glibc 2.28: pypa/auditwheel manylinux-policy.json manylinux_2_28 (AlmaLinux 8 image). System GCC 8.5 -> GLIBCXX_3.4.25/CXXABI_1.3.11 per abi.xml (auditwheel caps the policy at 3.4.24 because manylinux_2_28 builds with gcc-toolset and libstdc++_nonshared)."},{"id":"debian10","name":"Debian 10 (buster)","glibc":"2.28","libstdcxxGcc":"8.3","GLIBCXX":"3.4.25","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","i686","aarch64","armv7l","ppc64le","s390x"],"eol":"2024-06-30 (LTS)","verified":false,"source":"From memory (not re-checked in stored sources): buster ships glibc 2.28 and libstdc++6 8.3.0; GCC 8 -> GLIBCXX_3.4.25 per abi.xml."},{"id":"ubuntu2004","name":"Ubuntu 20.04 LTS (focal)","glibc":"2.31","libstdcxxGcc":"10","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0","arches":["x86_64","aarch64","armv7l","ppc64le","s390x","riscv64"],"eol":"2025-05-31 (standard)","verified":true,"source":"glibc 2.31: manylinux_2_31 policy; run-times from GCC 10 while default gcc is 9.3 (qask.org table: Ubuntu 20.04 run-times 9.x & 10.x); GCC 10 -> GLIBCXX_3.4.28/CXXABI_1.3.12 per abi.xml; matches manylinux_2_31 GLIBCXX <= 3.4.28"},{"id":"debian11","name":"Debian 11 (bullseye)","glibc":"2.31","libstdcxxGcc":"10.2","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0","arches":["x86_64","i686","aarch64","armv7l","ppc64le","s390x"],"eol":"2026-08-31 (LTS)","verified":false,"source":"From memory: bullseye ships glibc 2.31 and libstdc++6 10.2.1; consistent with manylinux_2_31 (GLIBCXX <= 3.4.28, CXXABI <= 1.3.12)."},{"id":"sles15sp3","name":"SUSE Linux Enterprise Server 15 SP3+","glibc":"2.31","libstdcxxGcc":"7","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0","arches":["x86_64","aarch64","ppc64le","s390x"],"verified":false,"source":"UNVERIFIED (from memory): SLES 15 SP3 and later use glibc 2.31; GLIBCXX is a conservative lower bound (system GCC 7; SUSE updates libstdc++6)."},{"id":"rhel9","name":"RHEL 9 / AlmaLinux 9 / Rocky 9","glibc":"2.34","libstdcxxGcc":"11","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0","arches":["x86_64","aarch64","ppc64le","s390x"],"eol":"2032-05-31","verified":true,"source":"pypa/auditwheel manylinux-policy.json manylinux_2_34 (AlmaLinux 9 image): GLIBC <= 2.34, GLIBCXX <= 3.4.29, CXXABI <= 1.3.13, GCC <= 7.0.0 (x86_64; aarch64 GCC_11.0); Red Hat \\"Considerations in adopting RHEL 9\\": libpthread and libdl merged into libc.so.6"},{"id":"amzn2023","name":"Amazon Linux 2023","glibc":"2.34","libstdcxxGcc":"11","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0","arches":["x86_64","aarch64"],"eol":"2029-06-30","verified":true,"source":"AWS AL2023 user guide \\"Core toolchain packages glibc, gcc, binutils\\": glibc 2.34, gcc 11.2; docker-library/official-images#14357 (libstdc++-11.3.1). amazonlinux/container-images#132: 2025 releases updated the gcc core runtimes to accommodate gcc 14, so newer AL2023 images have a newer libstdc++ - 3.4.29 is the floor across AL2023 releases."},{"id":"ubuntu2204","name":"Ubuntu 22.04 LTS (jammy)","glibc":"2.35","libstdcxxGcc":"12","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0","arches":["x86_64","aarch64","armv7l","ppc64le","s390x","riscv64"],"eol":"2027-06-30 (standard)","verified":true,"source":"pypa/auditwheel manylinux-policy.json manylinux_2_35 (GLIBC <= 2.35, GLIBCXX <= 3.4.30, CXXABI <= 1.3.13, GCC <= 12.0.0 on x86_64); docker-library/official-images#18710 (22.04 uses glibc 2.35)"},{"id":"debian12","name":"Debian 12 (bookworm)","glibc":"2.36","libstdcxxGcc":"12.2","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0","arches":["x86_64","i686","aarch64","armv7l","ppc64le","s390x"],"eol":"2028-06-30 (LTS)","verified":true,"source":"Checked on this host (Debian 12): libc6 2.36-9+deb12u14, libstdc++6/libgcc-s1 12.2.0-14 -> readelf -V max GLIBCXX_3.4.30, CXXABI_1.3.13, GCC_12.0.0"},{"id":"ubuntu2404","name":"Ubuntu 24.04 LTS (noble)","glibc":"2.39","libstdcxxGcc":"14","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0","arches":["x86_64","aarch64","armv7l","ppc64le","s390x","riscv64"],"eol":"2029-05-31 (standard)","verified":false,"source":"From memory: noble ships glibc 2.39 and libstdc++6 from GCC 14 (default compiler GCC 13); consistent with auditwheel manylinux_2_39 (GLIBCXX <= 3.4.33, CXXABI <= 1.3.15, GCC <= 14.0.0)."},{"id":"rhel10","name":"RHEL 10 / AlmaLinux 10","glibc":"2.39","libstdcxxGcc":"14","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0","arches":["x86_64","aarch64","ppc64le","s390x"],"verified":false,"source":"UNVERIFIED (from memory): RHEL 10 (2025) ships glibc 2.39 and GCC 14."},{"id":"debian13","name":"Debian 13 (trixie)","glibc":"2.41","libstdcxxGcc":"14.2","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0","arches":["x86_64","aarch64","armv7l","ppc64le","s390x","riscv64"],"verified":false,"source":"From memory: trixie ships glibc 2.41 and GCC 14.2 (libstdc++6 14.2) -> GLIBCXX_3.4.33/CXXABI_1.3.15 per the libstdc++ doc."}]}');
;// CONCATENATED MODULE: ./data/floors.json
const floors_namespaceObject = /*#__PURE__*/JSON.parse('{"tI":{"x86_64":{"aliases":["amd64","x64","x86-64"],"elf":{"machine":"EM_X86_64","number":62,"class":64,"endian":"little"},"glibcBase":"2.2.5","minFloor":"2.5","source":"x86_64 2.17 sysroot verdefs start at GLIBC_2.2.5; oldest manylinux policy is 2.5"},"i686":{"aliases":["i386","i486","i586","x86","ia32"],"elf":{"machine":"EM_386","number":3,"class":32,"endian":"little"},"glibcBase":"2.0","minFloor":"2.5","source":"auditwheel i686 GLIBC lists start at 2.0"},"aarch64":{"aliases":["arm64","armv8l"],"elf":{"machine":"EM_AARCH64","number":183,"class":64,"endian":"little"},"glibcBase":"2.17","minFloor":"2.17","source":"glibc aarch64/libc.abilist starts at GLIBC_2.17; aarch64 2.17 sysroot verdefs: GLIBC_2.17, GLIBC_PRIVATE"},"armv7l":{"aliases":["arm","armhf","armv7","armv7hl","armv6l"],"elf":{"machine":"EM_ARM","number":40,"class":32,"endian":"little"},"glibcBase":"2.4","minFloor":"2.17","source":"ARM EABI glibc starts at GLIBC_2.4 (auditwheel armv7l lists; node20-armv7l verneed base GLIBC_2.4); no manylinux policy below 2.17 for armv7l"},"ppc64le":{"aliases":["powerpc64le","ppc64el"],"elf":{"machine":"EM_PPC64","number":21,"class":64,"endian":"little"},"glibcBase":"2.17","minFloor":"2.17","source":"auditwheel ppc64le GLIBC lists [\\"2.0\\" (libgcc_s), \\"2.17\\", ...]; node20-ppc64le verneed base GLIBC_2.17"},"ppc64":{"aliases":["powerpc64"],"elf":{"machine":"EM_PPC64","number":21,"class":64,"endian":"big"},"glibcBase":"2.3","minFloor":"2.17","source":"ppc64 (big-endian) libc base GLIBC_2.3 (from memory, not re-checked); only manylinux2014 covers ppc64"},"s390x":{"aliases":["s390","systemz"],"elf":{"machine":"EM_S390","number":22,"class":64,"endian":"big"},"glibcBase":"2.2","minFloor":"2.17","source":"auditwheel s390x GLIBC lists start at 2.2; no manylinux policy below 2.17 for s390x"},"riscv64":{"aliases":["riscv"],"elf":{"machine":"EM_RISCV","number":243,"class":64,"endian":"little"},"glibcBase":"2.27","minFloor":"2.27","source":"glibc sysdeps/unix/sysv/linux/riscv/shlib-versions: DEFAULT GLIBC_2.27 (rv64); first manylinux policy with riscv64 is manylinux_2_31"},"loongarch64":{"aliases":["loong64","loongarch"],"elf":{"machine":"EM_LOONGARCH","number":258,"class":64,"endian":"little"},"glibcBase":"2.36","minFloor":"2.36","source":"glibc sysdeps/unix/sysv/linux/loongarch/shlib-versions: DEFAULT GLIBC_2.36; first manylinux policy with loongarch64 is manylinux_2_36"}},"yX":{"2.5":{"policy":"manylinux_2_5","aliases":["manylinux1"],"basis":"CentOS 5","ceilings":{"GLIBC":"2.5","GLIBCXX":"3.4.8","CXXABI":"1.3.1","GCC":"4.2.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.5","GLIBCXX":"3.4.8","CXXABI":"1.3.1","GCC":"4.2.0"},"extraAllowed":[]},"i686":{"ceilings":{"GLIBC":"2.5","GLIBCXX":"3.4.8","CXXABI":"1.3.1","GCC":"4.2.0"},"extraAllowed":[]}},"unsupportedArches":["aarch64","armv7l","ppc64le","ppc64","s390x","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.12":{"policy":"manylinux_2_12","aliases":["manylinux2010"],"basis":"CentOS 6","ceilings":{"GLIBC":"2.12","GLIBCXX":"3.4.13","CXXABI":"1.3.3","GCC":"4.3.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.12","GLIBCXX":"3.4.13","CXXABI":"1.3.3","GCC":"4.3.0"},"extraAllowed":[]},"i686":{"ceilings":{"GLIBC":"2.12","GLIBCXX":"3.4.13","CXXABI":"1.3.3","GCC":"4.5.0"},"extraAllowed":[]}},"unsupportedArches":["aarch64","armv7l","ppc64le","ppc64","s390x","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.17":{"policy":"manylinux_2_17","aliases":["manylinux2014"],"basis":"CentOS 7 (devtoolset keeps GLIBCXX/CXXABI at the system gcc 4.8.5 level)","ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0"},"extraAllowed":["CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0"},"extraAllowed":["CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.7.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_2.18"],"deniedSymbols":{"GLIBC_2.18":["__cxa_thread_atexit_impl","__issignaling","__issignalingf","__issignalingl","pthread_getattr_default_np","pthread_setattr_default_np"]},"note":"manylinux2014 allows GLIBC_2.18 on aarch64 because CentOS 7\'s aarch64 glibc 2.17 exports _mcount@GLIBC_2.18 (pypa/auditwheel#647, #655); symbols really introduced in 2.18 stay forbidden (deniedSymbols). A vanilla upstream glibc 2.17 aarch64 (e.g. .cache/fixtures/toolchain-aarch64 sysroot: verdefs GLIBC_2.17 and GLIBC_PRIVATE only) has no GLIBC_2.18 at all, so _mcount@GLIBC_2.18 (only from -pg builds) would not load there."},"ppc64le":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.7.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10"]},"ppc64":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.8.0"},"extraAllowed":["CXXABI_TM_1"]},"s390x":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.7.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10"]},"armv7l":{"ceilings":{"GLIBC":"2.17","GLIBCXX":"3.4.19","CXXABI":"1.3.7","GCC":"4.7.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]}},"unsupportedArches":["riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.24":{"policy":"manylinux_2_24","aliases":[],"basis":"Debian 9","ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.7.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.7.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"s390x":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.7.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"armv7l":{"ceilings":{"GLIBC":"2.24","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.7.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]}},"unsupportedArches":["ppc64","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.26":{"policy":"manylinux_2_26","aliases":[],"basis":"Amazon Linux 2 era; the policy\'s x86_64 entry is lower (GLIBCXX 3.4.22, CXXABI 1.3.10, GCC 4.8.0) than the other arches (3.4.24 / 1.3.11 / 7.0.0) - kept as published","ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.22","CXXABI":"1.3.10","GCC":"4.8.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"s390x":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"armv7l":{"ceilings":{"GLIBC":"2.26","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]}},"unsupportedArches":["ppc64","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.27":{"policy":"manylinux_2_27","aliases":[],"basis":"Ubuntu 18.04 (image deprecated)","ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"s390x":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"armv7l":{"ceilings":{"GLIBC":"2.27","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]}},"unsupportedArches":["ppc64","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.28":{"policy":"manylinux_2_28","aliases":[],"basis":"AlmaLinux 8 (gcc-toolset; GLIBCXX capped at 3.4.24 although RHEL 8 itself ships 3.4.25)","ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"s390x":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"armv7l":{"ceilings":{"GLIBC":"2.28","GLIBCXX":"3.4.24","CXXABI":"1.3.11","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]}},"unsupportedArches":["ppc64","riscv64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.31":{"policy":"manylinux_2_31","aliases":[],"basis":"Ubuntu 20.04 / Debian 11","ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"s390x":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21"]},"armv7l":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]},"riscv64":{"ceilings":{"GLIBC":"2.31","GLIBCXX":"3.4.28","CXXABI":"1.3.12","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]}},"unsupportedArches":["ppc64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.34":{"policy":"manylinux_2_34","aliases":[],"basis":"AlmaLinux 9","ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"11.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_IEEE128_1.3.13","CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_IEEE128_3.4.29","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29"]},"s390x":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29"]},"armv7l":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]},"riscv64":{"ceilings":{"GLIBC":"2.34","GLIBCXX":"3.4.29","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]}},"unsupportedArches":["ppc64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.35":{"policy":"manylinux_2_35","aliases":[],"basis":"Ubuntu 22.04","ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"i686":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1"]},"aarch64":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"11.0"},"extraAllowed":["CXXABI_TM_1"]},"ppc64le":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_IEEE128_1.3.13","CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_IEEE128_3.4.29","GLIBCXX_IEEE128_3.4.30","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29"]},"s390x":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29"]},"armv7l":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1"]},"riscv64":{"ceilings":{"GLIBC":"2.35","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]}},"unsupportedArches":["ppc64","loongarch64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.36":{"policy":"manylinux_2_36","aliases":[],"basis":"Debian 12","ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"i686":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"aarch64":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"11.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"ppc64le":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_IEEE128_1.3.13","CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_IEEE128_3.4.29","GLIBCXX_IEEE128_3.4.30","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBC_ABI_DT_RELR"]},"s390x":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBC_ABI_DT_RELR"]},"armv7l":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"riscv64":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1"]},"loongarch64":{"ceilings":{"GLIBC":"2.36","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]}},"unsupportedArches":["ppc64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.38":{"policy":"manylinux_2_38","aliases":[],"basis":"glibc 2.38 distributions","ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"i686":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"12.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"aarch64":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"11.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"ppc64le":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_IEEE128_1.3.13","CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_IEEE128_3.4.29","GLIBCXX_IEEE128_3.4.30","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBC_ABI_DT_RELR"]},"s390x":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBC_ABI_DT_RELR"]},"armv7l":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"riscv64":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"loongarch64":{"ceilings":{"GLIBC":"2.38","GLIBCXX":"3.4.30","CXXABI":"1.3.13","GCC":"7.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]}},"unsupportedArches":["ppc64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"},"2.39":{"policy":"manylinux_2_39","aliases":[],"basis":"Ubuntu 24.04 / RHEL 10 era","ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"arch":{"x86_64":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"i686":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_FLOAT128","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"aarch64":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"ppc64le":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_IEEE128_1.3.13","CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_IEEE128_3.4.29","GLIBCXX_IEEE128_3.4.30","GLIBCXX_IEEE128_3.4.31","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBCXX_LDBL_3.4.31","GLIBC_ABI_DT_RELR"]},"s390x":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_LDBL_1.3","CXXABI_TM_1","GLIBCXX_LDBL_3.4","GLIBCXX_LDBL_3.4.7","GLIBCXX_LDBL_3.4.10","GLIBCXX_LDBL_3.4.21","GLIBCXX_LDBL_3.4.29","GLIBCXX_LDBL_3.4.31","GLIBC_ABI_DT_RELR"]},"armv7l":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_ARM_1.3.3","CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"riscv64":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.33","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]},"loongarch64":{"ceilings":{"GLIBC":"2.39","GLIBCXX":"3.4.32","CXXABI":"1.3.15","GCC":"14.0.0"},"extraAllowed":["CXXABI_TM_1","GLIBC_ABI_DT_RELR"]}},"unsupportedArches":["ppc64"],"source":"pypa/auditwheel src/auditwheel/policy/manylinux-policy.json (symbol_versions, read via the code index at commit 2d1ad6396bff)"}}}');
;// CONCATENATED MODULE: ./data/symbols.json
const data_symbols_namespaceObject = /*#__PURE__*/JSON.parse('{"KV":{"GLIBC":{"kind":"rebuild","note":"Unknown late glibc symbol: rebuild against a glibc <floor> sysroot (bundled 2.17 toolchain or manylinux2014 image); if it is a plain syscall wrapper, call syscall(2) directly."},"GLIBC_PRIVATE":{"kind":"rebuild","note":"GLIBC_PRIVATE symbols are internal and differ between every glibc build: never link against them; rebuild without the offending object."},"GLIBCXX":{"kind":"link-static","note":"libstdc++ newer than the floor: link with -static-libstdc++ (plus -static-libgcc), or build with devtoolset/gcc-toolset on a 2.17 host (manylinux2014), which keeps GLIBCXX <= 3.4.19 and links newer parts from libstdc++_nonshared.a."},"CXXABI":{"kind":"link-static","note":"C++ ABI runtime newer than the floor (e.g. CXXABI_1.3.8 sized/aligned new/delete, bad_array_new_length): link with -static-libstdc++ or use devtoolset/gcc-toolset on a 2.17 host."},"GCC":{"kind":"link-static","note":"libgcc_s newer than the floor (e.g. GCC_7.0.0 __divmodti4, GCC_12.0.0 _Float16 helpers): link with -static-libgcc or build with an older GCC / devtoolset."},"LIBATOMIC":{"kind":"link-static","note":"libatomic is not installed everywhere: link -Wl,--push-state,-Bstatic -latomic -Wl,--pop-state or avoid oversized atomics."},"*":{"kind":"none","note":"Not a glibc/GCC runtime namespace: bundle the providing library with the binary."}},"Iq":{"aio_cancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_cancel,aio_cancel@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_cancel64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_cancel64,aio_cancel64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_error":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_error,aio_error@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_error64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_error64,aio_error64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_fsync":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_fsync,aio_fsync@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_fsync64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_fsync64,aio_fsync64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_init,aio_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_read":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_read,aio_read@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_read64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_read64,aio_read64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_return":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_return,aio_return@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_return64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_return64,aio_return64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_suspend":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_suspend,aio_suspend@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_suspend64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_suspend64,aio_suspend64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_write":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_write,aio_write@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"aio_write64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver aio_write64,aio_write64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"arc4random":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"wrap-dlsym","note":"New in 2.36. Wrap: dlsym first; fallback getrandom syscall / /dev/urandom (uniform: rejection sampling).","source":"host-glibc-2.36"},"arc4random_buf":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"wrap-dlsym","note":"New in 2.36. Wrap: dlsym first; fallback getrandom syscall / /dev/urandom (uniform: rejection sampling).","source":"host-glibc-2.36"},"arc4random_uniform":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"wrap-dlsym","note":"New in 2.36. Wrap: dlsym first; fallback getrandom syscall / /dev/urandom (uniform: rejection sampling).","source":"host-glibc-2.36"},"at_quick_exit":{"library":"libc_nonshared.a","introduced":null,"versions":[],"remedy":"none","note":"Never a dynamic requirement: at_quick_exit (like atexit) is linked statically from libc_nonshared.a and calls __cxa_at_quick_exit@GLIBC_2.10 (aarch64: @GLIBC_2.17), which glibc 2.17 exports. If a binary needs at_quick_exit dynamically it was not linked against glibc.","source":"nonshared-2.17 + sysroot-2.17 + host-glibc-2.36 (libc exports only __cxa_at_quick_exit)"},"c8rtomb":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"rebuild","note":"C2x/C++20 char8_t conversion added in 2.36; no 2.17 equivalent. Rebuild (e.g. -fno-char8_t) or implement via mbrtowc/UTF-8 manually.","source":"host-glibc-2.36"},"call_once":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"clock_getcpuclockid":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Moved from librt.so.1 to libc.so.6 in glibc 2.17 - fine for the 2.17 floor. For older floors pin .symver clock_getcpuclockid,clock_getcpuclockid@GLIBC_2.2.5 and link -lrt (DT_NEEDED librt.so.1).","source":"sysroot-2.17"},"clock_getres":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Moved from librt.so.1 to libc.so.6 in glibc 2.17 - fine for the 2.17 floor. For older floors pin .symver clock_getres,clock_getres@GLIBC_2.2.5 and link -lrt (DT_NEEDED librt.so.1).","source":"sysroot-2.17"},"clock_gettime":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Moved from librt.so.1 to libc.so.6 in glibc 2.17 - fine for the 2.17 floor. For older floors pin .symver clock_gettime,clock_gettime@GLIBC_2.2.5 and link -lrt (DT_NEEDED librt.so.1).","source":"sysroot-2.17"},"clock_nanosleep":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Moved from librt.so.1 to libc.so.6 in glibc 2.17 - fine for the 2.17 floor. For older floors pin .symver clock_nanosleep,clock_nanosleep@GLIBC_2.2.5 and link -lrt (DT_NEEDED librt.so.1).","source":"sysroot-2.17"},"clock_settime":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Moved from librt.so.1 to libc.so.6 in glibc 2.17 - fine for the 2.17 floor. For older floors pin .symver clock_settime,clock_settime@GLIBC_2.2.5 and link -lrt (DT_NEEDED librt.so.1).","source":"sysroot-2.17"},"close_range":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"syscall","note":"syscall(SYS_close_range, first, last, flags) (kernel >= 5.9); on ENOSYS loop close() over /proc/self/fd or up to RLIMIT_NOFILE.","source":"host-glibc-2.36"},"closefrom":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback close_range syscall, then /proc/self/fd loop.","source":"host-glibc-2.36"},"cnd_broadcast":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"cnd_destroy":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"cnd_init":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"cnd_signal":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"cnd_timedwait":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"cnd_wait":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"copy_file_range":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"syscall","note":"syscall(SYS_copy_file_range, ...) (kernel >= 4.5); on ENOSYS/EXDEV fall back to a read/write loop.","source":"host-glibc-2.36"},"__cxa_thread_atexit_impl":{"library":"libc.so.6","introduced":"2.18","versions":["GLIBC_2.18"],"remedy":"wrap-dlsym","note":"Referenced by libstdc++ (GCC >= 4.8 built on glibc >= 2.18) for thread_local destructors. Wrap (compat layer): dlsym(RTLD_NEXT, \\"__cxa_thread_atexit_impl\\") and forward; on 2.17 a libc++abi-style registry (pthread key + per-thread list; dso_symbol is ignored, main-thread destructors run at static-destruction time). Same version (GLIBC_2.18) on aarch64; auditwheel black-lists it even though manylinux2014/aarch64 allows GLIBC_2.18.","source":"host-glibc-2.36 + sysroot-2.17 + auditwheel-647 (absent from both 2.17 sysroots)"},"_dl_find_object":{"library":"libc.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"remedy":"rebuild","note":"Used by the libgcc unwinder (GCC >= 12) when configured against glibc >= 2.35 - appears via libgcc_s or static libgcc_eh. A fallback that just fails breaks C++ exception unwinding: link with a toolchain whose libgcc was built for old glibc (the 2.17 sysroot toolchain), or wrap with a dl_iterate_phdr-based implementation.","source":"host-glibc-2.36"},"dladdr":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dladdr,dladdr@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dladdr1":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dladdr1,dladdr1@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlclose":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlclose,dlclose@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlerror":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlerror,dlerror@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlinfo":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlinfo,dlinfo@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlmopen":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlmopen,dlmopen@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlopen":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlopen,dlopen@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlsym":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlsym,dlsym@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dlvsym":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libdl.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libdl.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver dlvsym,dlvsym@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libdl.so.2 in DT_NEEDED (-Wl,--no-as-needed -ldl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"dn_comp":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__dn_comp","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __dn_comp (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap dn_comp -> dlsym(RTLD_DEFAULT, \\"__dn_comp\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"dn_expand":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__dn_expand","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __dn_expand (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap dn_expand -> dlsym(RTLD_DEFAULT, \\"__dn_expand\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"dn_skipname":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__dn_skipname","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __dn_skipname (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap dn_skipname -> dlsym(RTLD_DEFAULT, \\"__dn_skipname\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"epoll_pwait2":{"library":"libc.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"remedy":"syscall","note":"syscall(SYS_epoll_pwait2, ...) (kernel >= 5.11); ENOSYS -> epoll_pwait with millisecond timeout.","source":"host-glibc-2.36"},"execveat":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"syscall","note":"syscall(SYS_execveat, ...) (kernel >= 3.19); ENOSYS on stock CentOS 7.","source":"host-glibc-2.36"},"exp":{"library":"libm.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.29 added new exp versions (no SVID error wrapper). Pin .symver exp,exp@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"exp10f":{"library":"libm.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.32 added exp10f@@GLIBC_2.32 (no SVID wrapper). Pin .symver exp10f,exp10f@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"exp2":{"library":"libm.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.29 added new exp2 versions (no SVID error wrapper). Pin .symver exp2,exp2@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"exp2f":{"library":"libm.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 added new exp2f versions without the SVID _LIB_VERSION error wrapper. Pin .symver exp2f,exp2f@GLIBC_2.2.5 (aarch64 @GLIBC_2.17, i686 @GLIBC_2.0, armv7l @GLIBC_2.4, s390x @GLIBC_2.2): same results, errno handling via the old wrapper.","source":"host-glibc-2.36 + sysroot-2.17"},"expf":{"library":"libm.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 added new expf versions without the SVID _LIB_VERSION error wrapper. Pin .symver expf,expf@GLIBC_2.2.5 (aarch64 @GLIBC_2.17, i686 @GLIBC_2.0, armv7l @GLIBC_2.4, s390x @GLIBC_2.2): same results, errno handling via the old wrapper.","source":"host-glibc-2.36 + sysroot-2.17","corrected":"The brief listed sinf/cosf too: they were re-implemented in 2.27/2.28 but kept their original versions (sinf@@GLIBC_2.2.5 only on glibc 2.36), so they never need a remedy."},"explicit_bzero":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap: fallback memset() followed by a compiler barrier (__asm__ volatile(\\"\\" ::: \\"memory\\")).","source":"host-glibc-2.36"},"__explicit_bzero_chk":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"_FORTIFY_SOURCE variant of explicit_bzero; wrap like explicit_bzero (check len <= destlen).","source":"host-glibc-2.36"},"fcntl64":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.28 headers when _FILE_OFFSET_BITS=64 (always on 64-bit builds of Node/V8). Wrap: dlsym(RTLD_NEXT,\\"fcntl64\\") else call fcntl(fd, cmd, arg) - on 64-bit targets and for the F_*LK64 commands on 32-bit the old fcntl passes through to the fcntl64 syscall. On 64-bit, .symver fcntl64,fcntl@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) also works.","source":"host-glibc-2.36","olderName":{"name":"fcntl","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libc.so.6"}},"fmemopen":{"library":"libc.so.6","introduced":"2.22","versions":["GLIBC_2.22"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.22 made fmemopen POSIX-conforming; pin .symver fmemopen,fmemopen@GLIBC_2.2.5 (aarch64: @GLIBC_2.17). Old version differs for binary mode/append and zero-size buffers.","source":"host-glibc-2.36 + sysroot-2.17"},"_Fork":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: fallback syscall(SYS_clone, SIGCHLD, 0) / fork() (atfork handlers then run).","source":"host-glibc-2.36"},"forkpty":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver forkpty,forkpty@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"fsconfig":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_fsconfig, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"fsmount":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_fsmount, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"fsopen":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_fsopen, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"fspick":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_fspick, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"fstat":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no fstat: it was a static inline in libc_nonshared.a calling __fxstat(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"fstat\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"fstat64":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no fstat64: it was a static inline in libc_nonshared.a calling __fxstat64(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"fstat64\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"fstatat":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no fstatat: it was a static inline in libc_nonshared.a calling __fxstatat(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"fstatat\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"fstatat64":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no fstatat64: it was a static inline in libc_nonshared.a calling __fxstatat64(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"fstatat64\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"fts64_children":{"library":"libc.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"wrap-dlsym","note":"See fts64_open: wrap to fts_children on 64-bit targets.","source":"host-glibc-2.36"},"fts64_close":{"library":"libc.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"wrap-dlsym","note":"See fts64_open: wrap to fts_close on 64-bit targets.","source":"host-glibc-2.36"},"fts64_open":{"library":"libc.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"wrap-dlsym","note":"fts64_* only exist since 2.23. On 64-bit targets fts_* is identical: wrap __wrap_fts64_open -> fts_open (same for fts64_read/children/set/close). On 32-bit rebuild without _FILE_OFFSET_BITS=64 for fts code.","source":"host-glibc-2.36"},"fts64_read":{"library":"libc.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"wrap-dlsym","note":"See fts64_open: wrap to fts_read on 64-bit targets.","source":"host-glibc-2.36"},"fts64_set":{"library":"libc.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"wrap-dlsym","note":"See fts64_open: wrap to fts_set on 64-bit targets.","source":"host-glibc-2.36"},"gai_cancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libanl.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libanl.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver gai_cancel,gai_cancel@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libanl.so.1 in DT_NEEDED (-Wl,--no-as-needed -lanl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"gai_error":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libanl.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libanl.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver gai_error,gai_error@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libanl.so.1 in DT_NEEDED (-Wl,--no-as-needed -lanl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"gai_suspend":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libanl.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libanl.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver gai_suspend,gai_suspend@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libanl.so.1 in DT_NEEDED (-Wl,--no-as-needed -lanl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"getaddrinfo_a":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libanl.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libanl.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver getaddrinfo_a,getaddrinfo_a@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libanl.so.1 in DT_NEEDED (-Wl,--no-as-needed -lanl) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"getauxval":{"library":"libc.so.6","introduced":"2.16","versions":["GLIBC_2.16"],"arch":{"aarch64":{"versions":["GLIBC_2.17"]}},"remedy":"wrap-dlsym","note":"Fine for the 2.17 floor. For older floors wrap: dlsym first, fallback parses /proc/self/auxv.","source":"sysroot-2.17"},"getcpu":{"library":"libc.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"remedy":"syscall","note":"syscall(SYS_getcpu, &cpu, &node, NULL) (any 2.6.19+ kernel), or sched_getcpu() for the CPU only.","source":"host-glibc-2.36"},"getdents64":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30"],"remedy":"syscall","note":"syscall(SYS_getdents64, fd, buf, len).","source":"host-glibc-2.36"},"getentropy":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap (compat layer): dlsym first; fallback loops over the getrandom syscall, enforces the 256-byte limit (EIO above it) and retries EINTR, as glibc does; ENOSYS reaches the caller on kernels before 3.17.","source":"host-glibc-2.36"},"getrandom":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap (compat layer): dlsym(RTLD_NEXT, \\"getrandom\\") and forward; on glibc 2.17 fall back to syscall(SYS_getrandom), which like glibc returns -1/ENOSYS on kernels before 3.17 and passes EINTR through; callers must handle both.","source":"host-glibc-2.36"},"gettid":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30"],"remedy":"syscall","note":"syscall(SYS_gettid).","source":"host-glibc-2.36"},"glob":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 bumped glob/glob64 (GLOB_ALTDIRFUNC gl_lstat/gl_stat ABI). Pin .symver glob,glob@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) unless GLOB_ALTDIRFUNC is used.","source":"host-glibc-2.36 + sysroot-2.17"},"glob64":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"See glob: pin glob64@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"hypot":{"library":"libm.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.35 added hypot@@GLIBC_2.35 (no SVID wrapper). Pin .symver hypot,hypot@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"hypotf":{"library":"libm.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.35 added hypotf@@GLIBC_2.35 (no SVID wrapper). Pin .symver hypotf,hypotf@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"__isoc23_fscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for fscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_fscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_fwscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for fwscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_fwscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_scanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for scanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_scanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_sscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for sscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_sscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoimax":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoimax when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoimax(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtol":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtol when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtol(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtol_l":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtol_l when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtol_l(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoll":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoll when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoll(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoll_l":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoll_l when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoll_l(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoul":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoul when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoul(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoul_l":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoul_l when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoul_l(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoull":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoull when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoull(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoull_l":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoull_l when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoull_l(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_strtoumax":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for strtoumax when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to strtoumax(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_swscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for swscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_swscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vfscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vfscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vfscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vfwscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vfwscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vfwscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vsscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vsscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vsscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vswscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vswscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vswscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_vwscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for vwscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_vwscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstoimax":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstoimax when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstoimax(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstol":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstol when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstol(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstoll":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstoll when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstoll(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstoul":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstoul when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstoul(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstoull":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstoull when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstoull(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wcstoumax":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wcstoumax when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to wcstoumax(); differs only for \\"0b\\"/\\"0B\\" binary prefixes in base 0/2. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__isoc23_wscanf":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"Emitted by glibc >= 2.38 headers for wscanf when compiling as C2x/C23 or with _GNU_SOURCE (GCC >= 13 defaults, g++ always defines _GNU_SOURCE). Wrap: forward to __isoc99_wscanf@GLIBC_2.7 (for the non-v variants via the matching __isoc99_v* function); differs only for \\"0b\\"/\\"0B\\" binary prefixes with %i/%b. Or rebuild against 2.17 headers.","source":"abilist-2.38"},"__issignaling":{"library":"libm.so.6","introduced":"2.18","versions":["GLIBC_2.18"],"remedy":"wrap-dlsym","note":"From issignaling() (C2x/TS 18661). Wrap: fallback via bit test of the quiet-NaN bit.","source":"host-glibc-2.36"},"lgamma":{"library":"libm.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.23 added lgamma@@GLIBC_2.23: the new version no longer sets the user-namespace signgam variable for ISO C conformance (BZ #15421; sets __signgam). Pin .symver lgamma,lgamma@GLIBC_2.2.5 (aarch64 @GLIBC_2.17); the old version also sets signgam, which is harmless.","source":"host-glibc-2.36 + sysroot-2.17"},"lgammaf":{"library":"libm.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.23 added lgammaf@@GLIBC_2.23: the new version no longer sets the user-namespace signgam variable for ISO C conformance (BZ #15421; sets __signgam). Pin .symver lgammaf,lgammaf@GLIBC_2.2.5 (aarch64 @GLIBC_2.17); the old version also sets signgam, which is harmless.","source":"host-glibc-2.36 + sysroot-2.17"},"lgammal":{"library":"libm.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.23 added lgammal@@GLIBC_2.23: the new version no longer sets the user-namespace signgam variable for ISO C conformance (BZ #15421; sets __signgam). Pin .symver lgammal,lgammal@GLIBC_2.2.5 (aarch64 @GLIBC_2.17); the old version also sets signgam, which is harmless.","source":"host-glibc-2.36 + sysroot-2.17"},"__libc_single_threaded":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"rebuild","note":"Data object (char) read by libstdc++ (GCC >= 11) headers when built on glibc >= 2.32. Cannot be wrapped by a function: rebuild against a 2.17 sysroot (or use -static-libstdc++ from a toolchain configured on old glibc).","source":"host-glibc-2.36"},"__libc_start_main":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"rebuild","note":"Comes from crt1.o/Scrt1.o of a glibc >= 2.34 toolchain (executables only). Link with the glibc 2.17 sysroot (its crt1.o calls __libc_start_main@GLIBC_2.2.5, aarch64 @GLIBC_2.17); a .symver in your own objects cannot fix crt1.o.","source":"host-glibc-2.36 + sysroot-2.17"},"lio_listio":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver lio_listio,lio_listio@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"lio_listio64":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver lio_listio64,lio_listio64@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"log":{"library":"libm.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.29 added new log versions (no SVID error wrapper). Pin .symver log,log@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"log2":{"library":"libm.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.29 added new log2 versions (no SVID error wrapper). Pin .symver log2,log2@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"log2f":{"library":"libm.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 added new log2f versions without the SVID _LIB_VERSION error wrapper. Pin .symver log2f,log2f@GLIBC_2.2.5 (aarch64 @GLIBC_2.17, i686 @GLIBC_2.0, armv7l @GLIBC_2.4, s390x @GLIBC_2.2): same results, errno handling via the old wrapper.","source":"host-glibc-2.36 + sysroot-2.17"},"logf":{"library":"libm.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 added new logf versions without the SVID _LIB_VERSION error wrapper. Pin .symver logf,logf@GLIBC_2.2.5 (aarch64 @GLIBC_2.17, i686 @GLIBC_2.0, armv7l @GLIBC_2.4, s390x @GLIBC_2.2): same results, errno handling via the old wrapper.","source":"host-glibc-2.36 + sysroot-2.17"},"login":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver login,login@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"login_tty":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver login_tty,login_tty@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"logout":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver logout,logout@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"logwtmp":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver logwtmp,logwtmp@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"lstat":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no lstat: it was a static inline in libc_nonshared.a calling __lxstat(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"lstat\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"lstat64":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no lstat64: it was a static inline in libc_nonshared.a calling __lxstat64(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"lstat64\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"mallinfo2":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"Wrap: fallback to mallinfo() and widen its int fields.","source":"host-glibc-2.36"},"mbrtoc8":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"rebuild","note":"C2x/C++20 char8_t conversion added in 2.36; no 2.17 equivalent. Rebuild (e.g. -fno-char8_t) or implement via mbrtowc/UTF-8 manually.","source":"host-glibc-2.36"},"__memcmpeq":{"library":"libc.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"remedy":"wrap-dlsym","note":"Emitted by GCC >= 12 for memcmp()==0 when the configured glibc is >= 2.35. Wrap: fallback memcmp(); or build with -fno-builtin-memcmp / a 2.17 sysroot.","source":"host-glibc-2.36"},"memcpy":{"library":"libc.so.6","introduced":"2.14","versions":["GLIBC_2.14"],"arches":["x86_64"],"olderVersions":{"x86_64":["GLIBC_2.2.5"]},"remedy":"symver","note":"x86_64 only (memcpy@@GLIBC_2.14, memmove-safe memcpy@GLIBC_2.2.5 kept for compat). Fine for floors >= 2.14 (incl. 2.17); for 2.12/2.5 pin .symver memcpy,memcpy@GLIBC_2.2.5. Other arches have a single memcpy version.","source":"sysroot-2.17"},"__memcpy_chk":{"library":"libc.so.6","introduced":"2.3.4","versions":[],"remedy":"none","note":"Not a late symbol: __memcpy_chk@GLIBC_2.3.4 on x86_64 (@GLIBC_2.17 on aarch64) - fine for every floor >= 2.5.","source":"sysroot-2.17"},"memfd_create":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"syscall","note":"syscall(SYS_memfd_create, name, flags) (kernel >= 3.17; returns ENOSYS on stock CentOS 7 3.10 kernels - caller must handle).","source":"host-glibc-2.36"},"mknod":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no mknod: it was a static inline in libc_nonshared.a calling __xmknod(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"mknod\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"mknodat":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no mknodat: it was a static inline in libc_nonshared.a calling __xmknodat(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"mknodat\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"mlock2":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"syscall","note":"If flags == 0 call mlock(); else syscall(SYS_mlock2) (kernel >= 4.4).","source":"host-glibc-2.36"},"mount_setattr":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_mount_setattr, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"move_mount":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_move_mount, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"mq_close":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_close,mq_close@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_getattr":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_getattr,mq_getattr@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_notify":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_notify,mq_notify@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_open":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_open,mq_open@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__mq_open_2":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.7"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __mq_open_2,__mq_open_2@GLIBC_2.7 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_receive":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_receive,mq_receive@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_send":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_send,mq_send@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_setattr":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_setattr,mq_setattr@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_timedreceive":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_timedreceive,mq_timedreceive@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_timedsend":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_timedsend,mq_timedsend@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mq_unlink":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver mq_unlink,mq_unlink@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"mtx_destroy":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"mtx_init":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"mtx_lock":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"mtx_timedlock":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"mtx_trylock":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"mtx_unlock":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"nextdown":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, -INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"nextdownf":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, -INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"nextdownl":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, -INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"nextup":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, +INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"nextupf":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, +INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"nextupl":{"library":"libm.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"remedy":"wrap-dlsym","note":"Wrap: fallback nextafter(x, +INFINITY) (with the matching f/l variant).","source":"host-glibc-2.36"},"ns_name_compress":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_compress,ns_name_compress@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_ntop":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_ntop,ns_name_ntop@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_pack":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_pack,ns_name_pack@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_pton":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_pton,ns_name_pton@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_skip":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_skip,ns_name_skip@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_uncompress":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_uncompress,ns_name_uncompress@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"ns_name_unpack":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.9"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libresolv.so.2","remedy":"symver","note":"Got a GLIBC_2.34 default version when libresolv.so.2 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver ns_name_unpack,ns_name_unpack@GLIBC_2.9 (aarch64 @GLIBC_2.17) and keep libresolv.so.2 in DT_NEEDED (-Wl,--no-as-needed -lresolv) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"open_tree":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_open_tree, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"openpty":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libutil.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when libutil.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver openpty,openpty@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libutil.so.1 in DT_NEEDED (-Wl,--no-as-needed -lutil) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pidfd_getfd":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_pidfd_getfd, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"pidfd_open":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_pidfd_open, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"pidfd_send_signal":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_pidfd_send_signal, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"pkey_alloc":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback syscall(SYS_pkey_alloc) (kernel >= 4.9, x86 PKU hardware) returning -1/ENOSYS when unavailable; V8/Node then disables memory protection keys.","source":"host-glibc-2.36"},"pkey_free":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback syscall(SYS_pkey_free) (kernel >= 4.9, x86 PKU hardware) returning -1/ENOSYS when unavailable; V8/Node then disables memory protection keys.","source":"host-glibc-2.36"},"pkey_get":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"wrap-dlsym","note":"Wrap (compat layer): dlsym first; the x86 fallback reads/writes the PKRU register like glibc 2.27 after checking that the OS enabled it (glibc would die with SIGILL), elsewhere -1/ENOSYS, which V8/Node treat as \\"no protection keys\\".","source":"host-glibc-2.36"},"pkey_mprotect":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback syscall(SYS_pkey_mprotect) (kernel >= 4.9, x86 PKU hardware) returning -1/ENOSYS when unavailable; V8/Node then disables memory protection keys.","source":"host-glibc-2.36"},"pkey_set":{"library":"libc.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"remedy":"wrap-dlsym","note":"Wrap (compat layer): dlsym first; the x86 fallback reads/writes the PKRU register like glibc 2.27 after checking that the OS enabled it (glibc would die with SIGILL), elsewhere -1/ENOSYS, which V8/Node treat as \\"no protection keys\\".","source":"host-glibc-2.36"},"posix_spawn_file_actions_addchdir_np":{"library":"libc.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback returns ENOSYS so callers (Rust std, Go, libuv) fall back to fork+chdir+exec.","source":"host-glibc-2.36"},"posix_spawn_file_actions_addclosefrom_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback returns ENOSYS so callers fall back to closing fds themselves.","source":"host-glibc-2.36"},"posix_spawn_file_actions_addfchdir_np":{"library":"libc.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"remedy":"wrap-dlsym","note":"Wrap: dlsym first; fallback returns ENOSYS (caller falls back to fork+fchdir+exec).","source":"host-glibc-2.36"},"posix_spawn_file_actions_addtcsetpgrp_np":{"library":"libc.so.6","introduced":"2.35","versions":["GLIBC_2.35"],"remedy":"wrap-dlsym","note":"Wrap: fallback returns ENOSYS.","source":"host-glibc-2.36"},"pow":{"library":"libm.so.6","introduced":"2.29","versions":["GLIBC_2.29"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.29 added new pow versions (no SVID error wrapper). Pin .symver pow,pow@GLIBC_2.2.5 (aarch64 @GLIBC_2.17).","source":"host-glibc-2.36 + sysroot-2.17"},"powf":{"library":"libm.so.6","introduced":"2.27","versions":["GLIBC_2.27"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.27 added new powf versions without the SVID _LIB_VERSION error wrapper. Pin .symver powf,powf@GLIBC_2.2.5 (aarch64 @GLIBC_2.17, i686 @GLIBC_2.0, armv7l @GLIBC_2.4, s390x @GLIBC_2.2): same results, errno handling via the old wrapper.","source":"host-glibc-2.36 + sysroot-2.17"},"preadv2":{"library":"libc.so.6","introduced":"2.26","versions":["GLIBC_2.26"],"remedy":"syscall","note":"Fallback: if flags == 0 call preadv(); else syscall(SYS_preadv2) (kernel >= 4.6) or ENOSYS.","source":"host-glibc-2.36"},"process_madvise":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_process_madvise, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"process_mrelease":{"library":"libc.so.6","introduced":"2.36","versions":["GLIBC_2.36"],"remedy":"syscall","note":"syscall(SYS_process_mrelease, ...) - thin syscall wrapper added in 2.36; kernels older than the syscall return ENOSYS (CentOS 7: always).","source":"host-glibc-2.36"},"pthread_attr_getaffinity_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3","GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_getaffinity_np,pthread_attr_getaffinity_np@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_getguardsize":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_getguardsize,pthread_attr_getguardsize@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_getsigmask_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: getter fallback returns PTHREAD_ATTR_NO_SIGMASK_NP (-1), setter fallback returns ENOSYS; block signals in the new thread instead.","source":"host-glibc-2.36"},"pthread_attr_getstack":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_getstack,pthread_attr_getstack@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_getstackaddr":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_getstackaddr,pthread_attr_getstackaddr@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_getstacksize":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_getstacksize,pthread_attr_getstacksize@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_setaffinity_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"olderVersions":{"x86_64":["GLIBC_2.3.3","GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Moved from libpthread.so.0 to libc.so.6 in glibc 2.32 (then default version GLIBC_2.32). Pin .symver pthread_attr_setaffinity_np,pthread_attr_setaffinity_np@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread), because glibc 2.17 defines it there.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_setguardsize":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_setguardsize,pthread_attr_setguardsize@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_setsigmask_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: getter fallback returns PTHREAD_ATTR_NO_SIGMASK_NP (-1), setter fallback returns ENOSYS; block signals in the new thread instead.","source":"host-glibc-2.36"},"pthread_attr_setstack":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_setstack,pthread_attr_setstack@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_setstackaddr":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_setstackaddr,pthread_attr_setstackaddr@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_attr_setstacksize":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_attr_setstacksize,pthread_attr_setstacksize@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrier_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrier_destroy,pthread_barrier_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrier_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrier_init,pthread_barrier_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrier_wait":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrier_wait,pthread_barrier_wait@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrierattr_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrierattr_destroy,pthread_barrierattr_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrierattr_getpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrierattr_getpshared,pthread_barrierattr_getpshared@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrierattr_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrierattr_init,pthread_barrierattr_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_barrierattr_setpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_barrierattr_setpshared,pthread_barrierattr_setpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_cancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_cancel,pthread_cancel@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"_pthread_cleanup_pop":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver _pthread_cleanup_pop,_pthread_cleanup_pop@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"_pthread_cleanup_push":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver _pthread_cleanup_push,_pthread_cleanup_push@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_cleanup_routine":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_cleanup_routine,__pthread_cleanup_routine@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_clockjoin_np":{"library":"libc.so.6","introduced":"2.31","versions":["GLIBC_2.31","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: fallback to pthread_timedjoin_np (CLOCK_REALTIME deadline).","source":"host-glibc-2.36"},"pthread_cond_clockwait":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Emitted inline by libstdc++ (GCC >= 10) std::condition_variable::wait_until(steady_clock) when built on glibc >= 2.30. Wrap: dlsym first; fallback converts the deadline to CLOCK_REALTIME and calls pthread_cond_timedwait (or rebuild against the 2.17 sysroot so _GLIBCXX_USE_PTHREAD_COND_CLOCKWAIT is off).","source":"host-glibc-2.36"},"pthread_condattr_getclock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_condattr_getclock,pthread_condattr_getclock@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_condattr_getpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_condattr_getpshared,pthread_condattr_getpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_condattr_setclock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_condattr_setclock,pthread_condattr_setclock@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_condattr_setpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_condattr_setpshared,pthread_condattr_setpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_create":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_create,pthread_create@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_detach":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_detach,pthread_detach@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getaffinity_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"olderVersions":{"x86_64":["GLIBC_2.3.3","GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Moved from libpthread.so.0 to libc.so.6 in glibc 2.32 (then default version GLIBC_2.32). Pin .symver pthread_getaffinity_np,pthread_getaffinity_np@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread), because glibc 2.17 defines it there.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getattr_default_np":{"library":"libc.so.6","introduced":"2.18","versions":["GLIBC_2.18","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"New in 2.18 (libpthread), libc since 2.34. Wrap: fall back to pthread_attr_init() defaults (return 0).","source":"host-glibc-2.36"},"pthread_getattr_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Moved from libpthread.so.0 to libc.so.6 in glibc 2.32 (then default version GLIBC_2.32). Pin .symver pthread_getattr_np,pthread_getattr_np@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread), because glibc 2.17 defines it there.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getconcurrency":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_getconcurrency,pthread_getconcurrency@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getcpuclockid":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_getcpuclockid,pthread_getcpuclockid@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getname_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.12"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_getname_np,pthread_getname_np@GLIBC_2.12 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_getspecific":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_getspecific,pthread_getspecific@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_join":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_join,pthread_join@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_key_create":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_key_create,__pthread_key_create@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_key_create":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_key_create,pthread_key_create@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_key_delete":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_key_delete,pthread_key_delete@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_kill":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_kill,pthread_kill@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutex_clocklock":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Emitted by libstdc++ std::timed_mutex (GCC >= 10 on glibc >= 2.30). Wrap: fallback to pthread_mutex_timedlock with the deadline converted to CLOCK_REALTIME.","source":"host-glibc-2.36"},"pthread_mutex_consistent":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.12"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutex_consistent,pthread_mutex_consistent@GLIBC_2.12 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutex_getprioceiling":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutex_getprioceiling,pthread_mutex_getprioceiling@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutex_setprioceiling":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutex_setprioceiling,pthread_mutex_setprioceiling@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutex_timedlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutex_timedlock,pthread_mutex_timedlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutex_trylock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutex_trylock,pthread_mutex_trylock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_destroy,pthread_mutexattr_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_getprioceiling":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_getprioceiling,pthread_mutexattr_getprioceiling@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_getprotocol":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_getprotocol,pthread_mutexattr_getprotocol@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_getpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_getpshared,pthread_mutexattr_getpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_getrobust":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.12"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_getrobust,pthread_mutexattr_getrobust@GLIBC_2.12 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_gettype":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_gettype,pthread_mutexattr_gettype@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_init,pthread_mutexattr_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_setprioceiling":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_setprioceiling,pthread_mutexattr_setprioceiling@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_setprotocol":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_setprotocol,pthread_mutexattr_setprotocol@GLIBC_2.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_setpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_setpshared,pthread_mutexattr_setpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_setrobust":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.12"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_setrobust,pthread_mutexattr_setrobust@GLIBC_2.12 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_mutexattr_settype":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_mutexattr_settype,pthread_mutexattr_settype@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_once":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_once,pthread_once@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_register_cancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_register_cancel,__pthread_register_cancel@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_register_cancel_defer":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_register_cancel_defer,__pthread_register_cancel_defer@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_clockrdlock":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Emitted by libstdc++ std::shared_timed_mutex (GCC >= 10 on glibc >= 2.30). Wrap: fallback to pthread_rwlock_timedrdlock (CLOCK_REALTIME deadline).","source":"host-glibc-2.36"},"pthread_rwlock_clockwrlock":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: fallback to pthread_rwlock_timedwrlock (CLOCK_REALTIME deadline).","source":"host-glibc-2.36"},"pthread_rwlock_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_destroy,pthread_rwlock_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_init,pthread_rwlock_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_rdlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_rdlock,pthread_rwlock_rdlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_timedrdlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_timedrdlock,pthread_rwlock_timedrdlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_timedwrlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_timedwrlock,pthread_rwlock_timedwrlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_tryrdlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_tryrdlock,pthread_rwlock_tryrdlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_trywrlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_trywrlock,pthread_rwlock_trywrlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_unlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_unlock,pthread_rwlock_unlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlock_wrlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlock_wrlock,pthread_rwlock_wrlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_destroy,pthread_rwlockattr_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_getkind_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_getkind_np,pthread_rwlockattr_getkind_np@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_getpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_getpshared,pthread_rwlockattr_getpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_init,pthread_rwlockattr_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_setkind_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_setkind_np,pthread_rwlockattr_setkind_np@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_rwlockattr_setpshared":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_rwlockattr_setpshared,pthread_rwlockattr_setpshared@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_setaffinity_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3","GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_setaffinity_np,pthread_setaffinity_np@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_setattr_default_np":{"library":"libc.so.6","introduced":"2.18","versions":["GLIBC_2.18","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"New in 2.18 (libpthread), libc since 2.34. Wrap: fall back to a no-op returning 0, or set stack size on each pthread_create.","source":"host-glibc-2.36"},"pthread_setconcurrency":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_setconcurrency,pthread_setconcurrency@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_setname_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.12"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_setname_np,pthread_setname_np@GLIBC_2.12 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_setschedprio":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.4"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_setschedprio,pthread_setschedprio@GLIBC_2.3.4 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_setspecific":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_setspecific,pthread_setspecific@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_sigmask":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Moved from libpthread.so.0 to libc.so.6 in glibc 2.32 (then default version GLIBC_2.32). Pin .symver pthread_sigmask,pthread_sigmask@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread), because glibc 2.17 defines it there.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_sigqueue":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.11"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_sigqueue,pthread_sigqueue@GLIBC_2.11 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_spin_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_spin_destroy,pthread_spin_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_spin_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_spin_init,pthread_spin_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_spin_lock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_spin_lock,pthread_spin_lock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_spin_trylock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_spin_trylock,pthread_spin_trylock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_spin_unlock":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_spin_unlock,pthread_spin_unlock@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_testcancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_testcancel,pthread_testcancel@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_timedjoin_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_timedjoin_np,pthread_timedjoin_np@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pthread_tryjoin_np":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver pthread_tryjoin_np,pthread_tryjoin_np@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_unregister_cancel":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_unregister_cancel,__pthread_unregister_cancel@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_unregister_cancel_restore":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_unregister_cancel_restore,__pthread_unregister_cancel_restore@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"__pthread_unwind_next":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver __pthread_unwind_next,__pthread_unwind_next@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"pwritev2":{"library":"libc.so.6","introduced":"2.26","versions":["GLIBC_2.26"],"remedy":"syscall","note":"Fallback: if flags == 0 call pwritev(); else syscall(SYS_pwritev2) (kernel >= 4.6) or ENOSYS.","source":"host-glibc-2.36"},"quick_exit":{"library":"libc.so.6","introduced":"2.24","versions":["GLIBC_2.24"],"olderVersions":{"x86_64":["GLIBC_2.10"],"aarch64":["GLIBC_2.17"]},"remedy":"symver","note":"glibc 2.24 added quick_exit@@GLIBC_2.24 so that quick_exit no longer runs thread_local destructors (BZ #20198, C++11 conformance). The compat layer wraps it and forwards to the default version, or on 2.17 to quick_exit@GLIBC_2.10 (x86_64; @GLIBC_2.17 on aarch64); a .symver pin to that version also works.","source":"host-glibc-2.36 + sysroot-2.17","corrected":"The brief described BZ #20198 as being about handlers of dlclose()d DSOs; it is about thread_local destructors run by the old quick_exit."},"reallocarray":{"library":"libc.so.6","introduced":"2.26","versions":["GLIBC_2.26"],"remedy":"wrap-dlsym","note":"Wrap: fallback checks nmemb*size overflow (ENOMEM) then realloc().","source":"host-glibc-2.36"},"renameat2":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"syscall","note":"If flags == 0 call renameat(); else syscall(SYS_renameat2) (kernel >= 3.15).","source":"host-glibc-2.36"},"res_dnok":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_dnok","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_dnok (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_dnok -> dlsym(RTLD_DEFAULT, \\"__res_dnok\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_hnok":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_hnok","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_hnok (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_hnok -> dlsym(RTLD_DEFAULT, \\"__res_hnok\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_mailok":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_mailok","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_mailok (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_mailok -> dlsym(RTLD_DEFAULT, \\"__res_mailok\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_mkquery":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_mkquery","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_mkquery (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_mkquery -> dlsym(RTLD_DEFAULT, \\"__res_mkquery\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_nmkquery":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_nmkquery","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_nmkquery (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_nmkquery -> dlsym(RTLD_DEFAULT, \\"__res_nmkquery\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_nquery":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_nquery","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_nquery (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_nquery -> dlsym(RTLD_DEFAULT, \\"__res_nquery\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_nquerydomain":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_nquerydomain","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_nquerydomain (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_nquerydomain -> dlsym(RTLD_DEFAULT, \\"__res_nquerydomain\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_nsearch":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_nsearch","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_nsearch (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_nsearch -> dlsym(RTLD_DEFAULT, \\"__res_nsearch\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_nsend":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_nsend","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_nsend (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_nsend -> dlsym(RTLD_DEFAULT, \\"__res_nsend\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_ownok":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_ownok","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_ownok (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_ownok -> dlsym(RTLD_DEFAULT, \\"__res_ownok\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_query":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_query","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_query (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_query -> dlsym(RTLD_DEFAULT, \\"__res_query\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_querydomain":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_querydomain","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_querydomain (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_querydomain -> dlsym(RTLD_DEFAULT, \\"__res_querydomain\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_search":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_search","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_search (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_search -> dlsym(RTLD_DEFAULT, \\"__res_search\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"res_send":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderName":{"name":"__res_send","versions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"library":"libresolv.so.2"},"remedy":"wrap-dlsym","note":"glibc <= 2.33 exports this only as __res_send (a <resolv.h> macro renames the call) in libresolv.so.2. Rebuild against 2.17 headers, or wrap res_send -> dlsym(RTLD_DEFAULT, \\"__res_send\\") and link -lresolv.","source":"host-glibc-2.36 + sysroot-2.17"},"secure_getenv":{"library":"libc.so.6","introduced":"2.17","versions":["GLIBC_2.17"],"olderName":{"name":"__secure_getenv","versions":{"x86_64":["GLIBC_2.2.5"]},"library":"libc.so.6"},"remedy":"wrap-dlsym","note":"Fine for the 2.17 floor. For older floors wrap to __secure_getenv@GLIBC_2.2.5 (x86_64); aarch64 has secure_getenv@GLIBC_2.17 as its base.","source":"sysroot-2.17"},"sem_clockwait":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30","GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Emitted by libstdc++ std::counting_semaphore (GCC >= 11). Wrap: fallback to sem_timedwait (CLOCK_REALTIME deadline).","source":"host-glibc-2.36"},"sem_close":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_close,sem_close@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_destroy":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_destroy,sem_destroy@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_getvalue":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_getvalue,sem_getvalue@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_init":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_init,sem_init@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_open":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_open,sem_open@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_post":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_post,sem_post@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_timedwait":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_timedwait,sem_timedwait@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_trywait":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_trywait,sem_trywait@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_unlink":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_unlink,sem_unlink@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sem_wait":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"libpthread.so.0","remedy":"symver","note":"Got a GLIBC_2.34 default version when libpthread.so.0 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver sem_wait,sem_wait@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep libpthread.so.0 in DT_NEEDED (-Wl,--no-as-needed -lpthread) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"shm_open":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver shm_open,shm_open@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"shm_unlink":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver shm_unlink,shm_unlink@GLIBC_2.2.5 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"sigabbrev_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: fallback to strsignal()/sys_siglist-based lookup.","source":"host-glibc-2.36"},"sigdescr_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: fallback to strsignal()/sys_siglist-based lookup.","source":"host-glibc-2.36"},"__signgam":{"library":"libm.so.6","introduced":"2.23","versions":["GLIBC_2.23"],"remedy":"rebuild","note":"Data object added in 2.23; referenced when code reads signgam with >= 2.23 headers. Rebuild against 2.17 headers (or avoid signgam; use lgamma_r).","source":"host-glibc-2.36"},"stat":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no stat: it was a static inline in libc_nonshared.a calling __xstat(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"stat\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"stat64":{"library":"libc.so.6","introduced":"2.33","versions":["GLIBC_2.33"],"remedy":"wrap-dlsym","note":"glibc < 2.33 exports no stat64: it was a static inline in libc_nonshared.a calling __xstat64(_STAT_VER, ...) (_STAT_VER is 1 on x86_64, 0 on aarch64). Wrap: dlsym(RTLD_NEXT,\\"stat64\\") else call that __x* function, or rebuild against 2.17 headers.","source":"host-glibc-2.36 + nonshared-2.17"},"statx":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"syscall","note":"syscall(SYS_statx, ...) (kernel >= 4.11); on ENOSYS fall back to fstatat() and fill struct statx.","source":"host-glibc-2.36"},"strerrordesc_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: fallback to strerror() (description) or a small errno->name table.","source":"host-glibc-2.36"},"strerrorname_np":{"library":"libc.so.6","introduced":"2.32","versions":["GLIBC_2.32"],"remedy":"wrap-dlsym","note":"New in 2.32. Wrap: fallback to strerror() (description) or a small errno->name table.","source":"host-glibc-2.36"},"strfromd":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap: fallback snprintf(str, n, format, value) (format is a single %[.prec]{a,e,f,g} conversion).","source":"host-glibc-2.36"},"strfromf":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap: fallback snprintf(str, n, format, value) (format is a single %[.prec]{a,e,f,g} conversion).","source":"host-glibc-2.36"},"strfroml":{"library":"libc.so.6","introduced":"2.25","versions":["GLIBC_2.25"],"remedy":"wrap-dlsym","note":"Wrap: fallback snprintf(str, n, format, value) (format is a single %[.prec]{a,e,f,g} conversion).","source":"host-glibc-2.36"},"strlcat":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"New in 2.38. Wrap: dlsym first; fallback to a local strlcat implementation (return length of src / dst+src).","source":"abilist-2.38"},"__strlcat_chk":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"_FORTIFY_SOURCE variant (2.38); wrap: check size against destlen, then the fallback implementation.","source":"abilist-2.38"},"strlcpy":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"New in 2.38. Wrap: dlsym first; fallback to a local strlcpy implementation (return length of src / dst+src).","source":"abilist-2.38"},"__strlcpy_chk":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"_FORTIFY_SOURCE variant (2.38); wrap: check size against destlen, then the fallback implementation.","source":"abilist-2.38"},"tgkill":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30"],"remedy":"syscall","note":"syscall(SYS_tgkill, tgid, tid, sig).","source":"host-glibc-2.36"},"thrd_create":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_current":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_detach":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_equal":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_exit":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_join":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_sleep":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"thrd_yield":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"timer_create":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver timer_create,timer_create@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"timer_delete":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver timer_delete,timer_delete@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"timer_getoverrun":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver timer_getoverrun,timer_getoverrun@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"timer_gettime":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver timer_gettime,timer_gettime@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"timer_settime":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"olderVersions":{"x86_64":["GLIBC_2.2.5","GLIBC_2.3.3"],"aarch64":["GLIBC_2.17"]},"olderLibrary":"librt.so.1","remedy":"symver","note":"Got a GLIBC_2.34 default version when librt.so.1 was merged into libc.so.6 (old versions remain as compat symbols). Pin .symver timer_settime,timer_settime@GLIBC_2.3.3 (aarch64 @GLIBC_2.17) and keep librt.so.1 in DT_NEEDED (-Wl,--no-as-needed -lrt) - glibc 2.17 defines it there, the loader matches the version by name in any loaded object; or simply build against the 2.17 sysroot.","source":"host-glibc-2.36 + sysroot-2.17"},"timespec_get":{"library":"libc.so.6","introduced":"2.16","versions":["GLIBC_2.16"],"arch":{"aarch64":{"versions":["GLIBC_2.17"]}},"remedy":"wrap-dlsym","note":"Fine for the 2.17 floor. For older floors wrap: clock_gettime(CLOCK_REALTIME) when base == TIME_UTC.","source":"sysroot-2.17"},"timespec_getres":{"library":"libc.so.6","introduced":"2.34","versions":["GLIBC_2.34"],"remedy":"wrap-dlsym","note":"Wrap: fallback clock_getres(CLOCK_REALTIME, ts) when base == TIME_UTC.","source":"host-glibc-2.36"},"tss_create":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"tss_delete":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"tss_get":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"tss_set":{"library":"libc.so.6","introduced":"2.28","versions":["GLIBC_2.28","GLIBC_2.34"],"remedy":"rebuild","note":"C11 <threads.h> arrived in glibc 2.28 (libpthread, moved to libc.so.6 @GLIBC_2.34 for most names). glibc 2.17 has no implementation: use pthreads or a header-only threads.h shim, then rebuild. Built against glibc 2.28-2.33 the reference is @GLIBC_2.28 in libpthread.so.0.","source":"host-glibc-2.36"},"twalk_r":{"library":"libc.so.6","introduced":"2.30","versions":["GLIBC_2.30"],"remedy":"rebuild","note":"No equivalent in 2.17 (twalk without closure); use twalk with a thread-local context and rebuild.","source":"host-glibc-2.36"},"wcslcat":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"New in 2.38. Wrap: dlsym first; fallback to a local wcslcat implementation (return length of src / dst+src).","source":"abilist-2.38"},"__wcslcat_chk":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"_FORTIFY_SOURCE variant (2.38); wrap: check size against destlen, then the fallback implementation.","source":"abilist-2.38"},"wcslcpy":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"New in 2.38. Wrap: dlsym first; fallback to a local wcslcpy implementation (return length of src / dst+src).","source":"abilist-2.38"},"__wcslcpy_chk":{"library":"libc.so.6","introduced":"2.38","versions":["GLIBC_2.38"],"remedy":"wrap-dlsym","note":"_FORTIFY_SOURCE variant (2.38); wrap: check size against destlen, then the fallback implementation.","source":"abilist-2.38"}}}');
;// CONCATENATED MODULE: ./src/audit/errors.ts
/** The one error type of the audit-policy layer: messages are meant to be shown to the user as they are. */
class AuditError extends Error {
    code;
    name = 'AuditError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./src/audit/data.ts
// Loads the knowledge files in data/ (bundled into dist/ as JSON) and answers the audit's questions from them.








/** Locates a file shipped with the tool (compat/, data/) from src/ or from the bundled dist/. */
function repoFile(rel) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, rel);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
        const pkg = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(pkg) && /"name":\s*"glibc-floor-action"/.test((0,external_node_fs_namespaceObject.readFileSync)(pkg, 'utf8')))
            return null;
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
    return null;
}
function buildKnowledge(data) {
    const defined = Object.keys(data.floors).sort(compareDotted);
    if (defined.length === 0)
        throw new AuditError('bad-data', 'data/floors.json defines no floor');
    const alias = new Map();
    for (const [name, a] of Object.entries(data.arches)) {
        alias.set(name, name);
        for (const x of a.aliases ?? [])
            alias.set(x, name);
    }
    const archOf = (machine) => alias.get(machine) ?? machine;
    const policy = (glibc, machine, overrides = {}) => {
        const arch = archOf(machine);
        // An undefined floor takes libstdc++/libgcc ceilings and extras from the nearest defined floor below it.
        const below = defined.filter(f => compareDotted(f, glibc) <= 0);
        const entry = data.floors[below[below.length - 1] ?? defined[0]];
        const archFloor = entry.arch[arch] ?? entry.arch.x86_64 ?? { ceilings: entry.ceilings };
        const own = entry.arch[arch] !== undefined;
        const minFloor = data.arches[arch]?.minFloor;
        return {
            glibc,
            arch,
            ceilings: { ...archFloor.ceilings, GLIBC: glibc, ...overrides },
            extraAllowed: new Set(own ? (archFloor.extraAllowed ?? []) : []),
            deniedSymbols: own ? (archFloor.deniedSymbols ?? {}) : {},
            unreachable: minFloor && compareDotted(glibc, minFloor) < 0
                ? `${arch} glibc starts at ${minFloor}: the lowest floor reachable there`
                : null
        };
    };
    const distros = data.distros.map(d => ({
        id: d.id,
        name: d.name,
        glibc: d.glibc,
        ceilings: { GLIBCXX: d.GLIBCXX, CXXABI: d.CXXABI, GCC: d.GCC }
    }));
    const namespaceDefault = (version) => {
        if (data.namespaceDefaults[version])
            return data.namespaceDefaults[version];
        const ns = parseVersionName(version).namespace;
        const key = Object.keys(data.namespaceDefaults)
            .filter(k => ns === k || ns.startsWith(`${k}_`))
            .sort((a, b) => b.length - a.length)[0];
        return (data.namespaceDefaults[key ?? '*'] ?? {
            kind: 'rebuild',
            note: 'rebuild on a host with the floor glibc'
        });
    };
    return {
        floors: defined,
        distros,
        policy,
        distroPolicy: (d, machine) => policy(d.glibc, machine, d.ceilings),
        remedy(symbol, version, machine) {
            const s = symbol === null ? undefined : data.symbols[symbol];
            if (!s) {
                const d = namespaceDefault(version);
                return { kind: d.kind, note: d.note, scope: 'namespace' };
            }
            const older = s.olderVersions?.[archOf(machine)];
            return {
                kind: s.remedy,
                ...(s.introduced ? { introduced: s.introduced } : {}),
                note: s.note,
                ...(s.remedy === 'symver' && older?.length ? { pinTo: `${symbol}@${older[older.length - 1]}` } : {}),
                scope: 'symbol'
            };
        }
    };
}
let cached = null;
function defaultKnowledge() {
    cached ??= buildKnowledge({
        floors: floors_namespaceObject.yX,
        arches: floors_namespaceObject.tI,
        symbols: data_symbols_namespaceObject.Iq,
        namespaceDefaults: data_symbols_namespaceObject.KV,
        distros: distros_namespaceObject.VZ
    });
    return cached;
}

;// CONCATENATED MODULE: ./src/audit/glob.ts
// One glob dialect for input paths and release asset names: *, ?, [...] / [!...], {a,b}, \-escapes, and **
// (any depth) in paths. In a path `*` stops at '/'; asset names have no '/', so the same rules serve both.

const SPECIAL = /[*?[{]/;
function isGlob(pattern) {
    return SPECIAL.test(pattern);
}
const escapeRe = (c) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);
function globToRegExp(pattern, opts = {}) {
    let re = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
                const slash = pattern[i + 2] === '/';
                re += slash ? '(?:[^/]*/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                re += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                const negate = body.startsWith('!') || body.startsWith('^');
                if (negate)
                    body = body.slice(1);
                re += `[${negate ? '^' : ''}${body.replace(/[\\\]]/g, m => `\\${m}`)}]`;
                i = end;
            }
        }
        else if (c === '{') {
            braces++;
            re += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            re += ')';
        }
        else if (c === ',' && braces > 0)
            re += '|';
        else if (c === '\\' && i + 1 < pattern.length)
            re += escapeRe(pattern[++i]);
        else
            re += escapeRe(c);
    }
    if (braces > 0)
        throw new AuditError('bad-glob', `unbalanced '{' in pattern ${JSON.stringify(pattern)}`);
    return new RegExp(`^${re}$`, opts.ignoreCase ? 'i' : '');
}
/** The directory part of a pattern before its first wildcard: where a walk has to start. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const p of parts) {
        if (isGlob(p))
            break;
        fixed.push(p);
    }
    if (fixed.length === parts.length)
        fixed.pop();
    const base = fixed.join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

;// CONCATENATED MODULE: ./src/audit/discover.ts




/** Directories that never hold build output worth auditing and can be huge. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function isElfFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        const b = Buffer.alloc(4);
        return (0,external_node_fs_namespaceObject.readSync)(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 0x7f454c46;
    }
    catch {
        return false;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function walk(dir, visit, onSymlink) {
    const stack = [dir];
    while (stack.length > 0) {
        const d = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(d, { withFileTypes: true });
        }
        catch {
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
        for (const e of entries) {
            const p = (0,external_node_path_namespaceObject.join)(d, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    stack.push(p);
            }
            else if (e.isSymbolicLink())
                onSymlink();
            else if (e.isFile())
                visit(p);
        }
    }
}
/**
 * Expands files, directories and globs into the files to audit, in a stable order. A path that does not
 * exist, or a glob that matches nothing, is an error: silently auditing nothing would pass a broken build.
 */
function discoverFiles(patterns, cwd = process.cwd()) {
    const out = { files: [], nonElf: 0, symlinks: 0 };
    const seen = new Set();
    const add = (p) => {
        if (!seen.has(p)) {
            seen.add(p);
            out.files.push(p);
        }
    };
    const addIfElf = (p) => {
        if (isElfFile(p))
            add(p);
        else
            out.nonElf++;
    };
    for (const raw of patterns.map(p => p.trim()).filter(Boolean)) {
        if (isGlob(raw)) {
            const abs = (0,external_node_path_namespaceObject.isAbsolute)(raw) ? raw : (0,external_node_path_namespaceObject.join)(cwd, raw);
            const re = globToRegExp(abs);
            const base = globBase(abs);
            const before = out.files.length;
            const matchedNonElf = out.nonElf;
            walk(base, f => {
                if (re.test(f))
                    addIfElf(f);
            }, () => out.symlinks++);
            if (out.files.length === before && out.nonElf === matchedNonElf)
                throw new AuditError('missing-path', `pattern ${raw} matches no file`);
            continue;
        }
        const abs = (0,external_node_path_namespaceObject.resolve)(cwd, raw);
        let st;
        try {
            st = (0,external_node_fs_namespaceObject.lstatSync)(abs).isSymbolicLink() ? (0,external_node_fs_namespaceObject.statSync)(abs) : (0,external_node_fs_namespaceObject.lstatSync)(abs);
        }
        catch {
            throw new AuditError('missing-path', `no such file or directory: ${raw}`);
        }
        if (st.isDirectory())
            walk(abs, addIfElf, () => out.symlinks++);
        else
            add(abs);
    }
    return out;
}
/** A path as reports show it: relative to the working directory when inside it. */
function displayPath(path, cwd = process.cwd()) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel) ? rel : path;
}

;// CONCATENATED MODULE: ./src/audit/wrapped.ts



// A declaration or definition of a wrapper: `__wrap_getrandom(` with any return type before it.
const WRAP = /\b__wrap_([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
/** The symbols a compat header wraps, i.e. every `__wrap_<symbol>(` it declares (comments excluded). */
function wrappedSymbols(headerText) {
    const code = headerText.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
    const out = new Set();
    for (const m of code.matchAll(WRAP))
        out.add(m[1]);
    return out;
}
/**
 * symver-pins.txt: `symbol library newer-version <per-arch old versions...>` per line. Returns symbol → the
 * newer version the pin removes, so a violation at exactly that version counts as pinned.
 */
function pinnedSymbols(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const [symbol, , newer] = line.replace(/#.*/, '').trim().split(/\s+/);
        if (symbol && newer)
            out.set(symbol, newer);
    }
    return out;
}
/** What a compat layer covers: its header's __wrap_ functions and the pins listed beside it. */
function readCompatCoverage(headerPath) {
    const pins = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(headerPath), 'symver-pins.txt');
    return {
        wrapped: readWrappedSymbols(headerPath),
        pinned: (0,external_node_fs_namespaceObject.existsSync)(pins) ? pinnedSymbols((0,external_node_fs_namespaceObject.readFileSync)(pins, 'utf8')) : new Map()
    };
}
function readWrappedSymbols(headerPath) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(headerPath, 'utf8');
    }
    catch (e) {
        throw new AuditError('bad-header', `cannot read compat header ${headerPath}: ${e.code ?? String(e)}`);
    }
    return wrappedSymbols(text);
}

;// CONCATENATED MODULE: ./src/audit/index.ts











const TOOL_VERSION = '1.0.0';
/** "2.17" → "2.17"; anything that is not a glibc 2.x version is a clear error. */
function parseFloor(floor) {
    const f = floor.trim();
    if (!/^2\.\d{1,2}(\.\d+)?$/.test(f))
        throw new AuditError('bad-floor', `floor "${floor}" is not a glibc version such as 2.17 or 2.28`);
    return f;
}
function parseOverrides(spec) {
    const out = {};
    for (const part of spec.split(/[,\s]+/).filter(Boolean)) {
        const m = /^([A-Z][A-Z0-9_]*)=(\d+(?:\.\d+)*)$/.exec(part);
        if (!m)
            throw new AuditError('bad-override', `override "${part}" is not NAMESPACE=VERSION, e.g. GLIBCXX=3.4.21`);
        out[m[1]] = m[2];
    }
    return out;
}
function summarize(audits, knowledge) {
    const files = audits.map(a => a.report);
    const audited = files.filter(f => f.status === 'audited');
    const violations = audited.flatMap(f => f.violations ?? []);
    const distros = knowledge.distros.map(d => {
        const missing = new Set();
        for (const a of audits)
            for (const m of a.distroMissing[d.id] ?? [])
                missing.add(m);
        return {
            id: d.id,
            name: d.name,
            glibc: d.glibc,
            loads: missing.size === 0,
            missing: [...missing].sort(version_versionOrder)
        };
    });
    return {
        audited: audited.length,
        skipped: files.filter(f => f.status === 'skipped').length,
        errors: files.filter(f => f.status === 'error').length,
        violations: violations.length,
        unwrapped: violations.filter(v => !v.wrapped).length,
        loadsOnFloor: audited.every(f => f.loadsOnFloor),
        maxVersions: maxVersions(audited.flatMap(f => Object.entries(f.maxVersions ?? {}).map(([ns, v]) => `${ns}_${v}`))),
        distros
    };
}
/** Audits files, directories and globs against a glibc floor. The engine of the CLI and the action. */
function auditPaths(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const floor = parseFloor(options.floor);
    const knowledge = options.knowledge ?? defaultKnowledge();
    const coverage = options.compatHeader
        ? readCompatCoverage(options.compatHeader)
        : { wrapped: new Set(), pinned: new Map() };
    const policies = new Map();
    const ctx = {
        knowledge,
        wrapped: coverage.wrapped,
        pinned: coverage.pinned,
        display: p => displayPath(p, cwd),
        policyFor(arch) {
            const known = policies.get(arch);
            if (known)
                return known;
            const p = knowledge.policy(floor, arch, options.overrides);
            policies.set(arch, p);
            return p;
        }
    };
    const found = discoverFiles(paths, cwd);
    const audits = found.files.map(p => auditPath(p, ctx));
    const files = audits.map(a => a.report);
    const primary = ctx.policyFor(files.find(f => f.machine)?.machine ?? 'x86_64');
    return {
        tool: { name: 'glibc-floor', version: TOOL_VERSION },
        floor: { glibc: floor, ceilings: primary.ceilings },
        files,
        summary: summarize(audits, knowledge)
    };
}


;// CONCATENATED MODULE: ./src/report/late-symbols.ts

/** The Wrapped column: ✓ for a __wrap_, and a pointer to the pins header where that is what covers it. */
function coverageText(v) {
    return v.wrapped ? '✓ yes' : v.pinned ? '✗ NO (pinned by the pins header)' : '✗ NO';
}
function lateSymbols(report) {
    const byKey = new Map();
    for (const f of report.files) {
        for (const v of f.violations ?? []) {
            const key = `${v.symbol ?? ''}@${v.version}`;
            const cur = byKey.get(key);
            if (cur) {
                if (!cur.files.includes(f.path))
                    cur.files.push(f.path);
            }
            else
                byKey.set(key, {
                    symbol: v.symbol,
                    version: v.version,
                    library: v.library,
                    wrapped: v.wrapped,
                    pinned: v.pinned,
                    remedy: v.remedy,
                    files: [f.path]
                });
        }
    }
    return [...byKey.values()];
}
function violationRows(items) {
    const rows = [];
    const folded = new Map();
    for (const v of items) {
        const files = 'files' in v ? v.files : [];
        if (v.remedy.scope === 'symbol' || v.symbol === null || v.wrapped || v.pinned) {
            rows.push({
                label: v.symbol ?? '(no symbol)',
                symbols: v.symbol ? [v.symbol] : [],
                version: v.version,
                library: v.library,
                wrapped: v.wrapped,
                pinned: v.pinned,
                remedy: v.remedy,
                files
            });
            continue;
        }
        const key = `${v.version}\0${v.library}`;
        const row = folded.get(key);
        if (row) {
            row.symbols.push(v.symbol);
            for (const f of files)
                if (!row.files.includes(f))
                    row.files.push(f);
        }
        else {
            const r = {
                label: '',
                symbols: [v.symbol],
                version: v.version,
                library: v.library,
                wrapped: false,
                pinned: false,
                remedy: v.remedy,
                files: [...files]
            };
            folded.set(key, r);
            rows.push(r);
        }
    }
    for (const r of folded.values())
        r.label = r.symbols.length === 1 ? r.symbols[0] : `${r.symbols.length} symbols, e.g. ${r.symbols[0]}`;
    return rows.sort((a, b) => version_versionOrder(b.version, a.version) || byCodeUnit(a.label, b.label));
}
/** Remedy notes are long: tables show the kind and a numbered note listed once below them. */
class RemedyNotes {
    notes = [];
    ref(r) {
        let i = this.notes.indexOf(r.note);
        if (i < 0)
            i = this.notes.push(r.note) - 1;
        return `${r.kind}${r.pinTo ? ` → ${r.pinTo}` : ''} [${i + 1}]`;
    }
    list() {
        return this.notes.map((n, i) => `[${i + 1}] ${n}`);
    }
}
function ceilingsText(report) {
    return Object.entries(report.floor.ceilings)
        .map(([ns, v]) => `${ns} ≤ ${v}`)
        .join(', ');
}
/** Aggregate count-per-version table over audited files. */
function totalCounts(report) {
    const total = new Map();
    for (const f of report.files)
        for (const [v, n] of Object.entries(f.versionCounts ?? {}))
            total.set(v, (total.get(v) ?? 0) + n);
    return [...total].sort(([a], [b]) => version_versionOrder(a, b));
}

;// CONCATENATED MODULE: ./src/report/text.ts

function text_table(rows, indent = '  ') {
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => [...(r[i] ?? '')].length)));
    return rows.map(r => indent +
        r
            .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
            .join('  ')
            .trimEnd());
}
function fileHeader(f) {
    if (f.status !== 'audited')
        return `${f.path}: ${f.status} — ${f.reason}`;
    const facts = [f.machine, `ELF${f.class} ${f.endian}-endian`, f.libc];
    if (f.minKernel)
        facts.push(`min kernel ${f.minKernel}`);
    return `${f.path} (${facts.join(', ')})`;
}
/** One file's part of the text report: header, verdict, count table, violations with remedies. */
function renderFileText(f, report, maxRows = 200) {
    return fileSection(f, report, maxRows).join('\n') + '\n';
}
function fileSection(f, report, maxRows) {
    const out = [fileHeader(f)];
    if (f.status !== 'audited')
        return out;
    out.push(`  ${f.loadsOnFloor ? '✓' : '✗'} ${f.reason}`, '');
    const late = new Set((f.violations ?? []).map(v => v.version));
    const counts = Object.entries(f.versionCounts ?? {});
    if (counts.length > 0) {
        out.push(...text_table([
            ['Version', 'Symbols', ''],
            ...counts.map(([v, n]) => [v, String(n), late.has(v) ? '✗ above floor' : ''])
        ]));
        out.push('');
    }
    const vs = f.violations ?? [];
    if (vs.length > 0) {
        out.push(`  Violations (${vs.length}) against glibc ${report.floor.glibc}:`);
        const all = violationRows(vs);
        const notes = new RemedyNotes();
        const rows = all
            .slice(0, maxRows)
            .map(r => [r.label, r.version, r.library, coverageText(r), notes.ref(r.remedy)]);
        out.push(...text_table([['Symbol', 'Version', 'Library', 'Wrapped', 'Remedy'], ...rows], '    '));
        if (all.length > maxRows)
            out.push(`    … ${all.length - maxRows} more rows not shown (see --format json)`);
        const weak = vs.filter(v => v.weakBinding).map(v => v.symbol);
        if (weak.length > 0)
            out.push(`    Weak references (the loader still requires their version): ${weak.join(', ')}`);
        out.push('', '  Remedies:', ...notes.list().map(n => `    ${n}`), '');
    }
    return out;
}
function distroSection(report) {
    if (report.summary.audited === 0)
        return [];
    const rows = report.summary.distros.map(d => [
        d.name,
        `glibc ${d.glibc}`,
        d.loads ? '✓ loads' : '✗ fails',
        d.missing.length > 0 ? `needs ${d.missing.join(', ')}` : ''
    ]);
    return ['Distro matrix (every audited file):', ...text_table(rows), ''];
}
function fallbackSection(report) {
    const late = lateSymbols(report).filter(l => l.symbol !== null);
    if (late.length === 0)
        return ['Fallback report: no late symbols.', ''];
    const wrapped = late.filter(l => l.wrapped);
    const out = [
        `Fallback report: ${wrapped.length} of ${late.length} late symbols are wrapped by the compat header.`
    ];
    const rows = violationRows(late).map(r => [r.label, r.version, coverageText(r), r.remedy.kind]);
    out.push(...text_table([['Symbol', 'Version', 'Wrapped', 'Remedy'], ...rows]));
    if (wrapped.length > 0)
        out.push('', `  Link with: ${[...new Set(wrapped.map(l => `-Wl,--wrap=${l.symbol}`))].join(' ')}`);
    out.push('');
    return out;
}
function renderText(report, opts = {}) {
    const s = report.summary;
    const out = [
        `glibc-floor ${report.tool.version}: floor glibc ${report.floor.glibc} (${ceilingsText(report)})`,
        ''
    ];
    for (const f of report.files)
        out.push(...fileSection(f, report, opts.maxRows ?? 200));
    if (report.files.length > 1 && s.audited > 0) {
        out.push('Symbols per version, all audited files:');
        out.push(...text_table([['Version', 'Symbols'], ...totalCounts(report).map(([v, n]) => [v, String(n)])]), '');
    }
    out.push(...distroSection(report));
    if (opts.fallbackReport)
        out.push(...fallbackSection(report));
    const verdict = s.audited === 0
        ? `No ELF file audited (${s.skipped} skipped, ${s.errors} errors).`
        : s.loadsOnFloor && s.violations === 0
            ? `PASS: ${s.audited} file(s) load on glibc ${report.floor.glibc}.`
            : `FAIL: ${s.violations} late symbol reference(s), ${s.unwrapped} not wrapped, in ${s.audited} audited file(s).`;
    out.push(verdict + (s.errors > 0 ? ` ${s.errors} file(s) could not be read.` : ''));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts

/** GitHub caps a step summary at 1 MiB; stay well inside it so other steps still have room. */
const SUMMARY_LIMIT = 1024 * 1024;
const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function mdTable(head, rows) {
    return [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map(r => `| ${r.map(esc).join(' | ')} |`)
    ];
}
/** Keeps adding rows while they fit; the last line says how many did not. */
class Budget {
    max;
    used = 0;
    constructor(max) {
        this.max = max;
    }
    fits(text) {
        const n = Buffer.byteLength(text) + 1;
        if (this.used + n > this.max)
            return false;
        this.used += n;
        return true;
    }
    /** Header lines are reserved unconditionally: they are small and the summary is useless without them. */
    take(text) {
        this.used += Buffer.byteLength(text) + 1;
    }
}
function capped(b, head, rows, noun) {
    const lines = mdTable(head, []);
    lines.forEach(l => b.take(l));
    let shown = 0;
    for (const r of rows) {
        const line = `| ${r.map(esc).join(' | ')} |`;
        if (!b.fits(line + '\n\n_999999 more ' + noun + ' not shown (see the JSON report)._'))
            break;
        lines.push(line);
        shown++;
    }
    if (shown < rows.length)
        lines.push('', `_${rows.length - shown} more ${noun} not shown (see the JSON report)._`);
    return lines;
}
function verdictLine(report) {
    const s = report.summary;
    const floor = `glibc ${report.floor.glibc}`;
    if (s.audited === 0)
        return `⚪ **No ELF file audited** against ${floor} (${s.skipped} skipped, ${s.errors} unreadable).`;
    if (s.violations === 0 && s.errors === 0)
        return `✅ **PASS**: ${s.audited} file(s) load on ${floor} — highest GLIBC required: ${s.maxVersions.GLIBC ?? 'none'}.`;
    if (s.violations === 0)
        return `⚠️ **INCOMPLETE**: ${s.audited} file(s) pass, ${s.errors} could not be read.`;
    return `❌ **FAIL**: ${s.violations} late symbol reference(s) above ${floor}, ${s.unwrapped} not wrapped, highest GLIBC required ${s.maxVersions.GLIBC ?? '?'}.`;
}
function renderMarkdown(report, opts = {}) {
    const b = new Budget((opts.maxBytes ?? SUMMARY_LIMIT) - 512);
    const out = [];
    const add = (...lines) => {
        lines.forEach(l => b.take(l));
        out.push(...lines);
    };
    add('## glibc floor audit', '', opts.verdict ?? verdictLine(report), '', `Floor: ${ceilingsText(report)}`, ...(opts.context ?? []), '');
    const late = lateSymbols(report);
    if (late.length > 0) {
        const notes = new RemedyNotes();
        add('### Late symbols', '');
        out.push(...capped(b, ['Symbol', 'Version', 'Library', 'Wrapped', 'Remedy', 'Files'], violationRows(late).map(r => [
            r.symbols.length === 1 ? `\`${r.label}\`` : r.label,
            r.version,
            r.library,
            coverageText(r),
            notes.ref(r.remedy),
            r.files.length === 1 ? r.files[0] : `${r.files.length} files`
        ]), 'late symbols'), '');
        for (const n of notes.list())
            if (b.fits(n))
                out.push(`${n}  `);
        out.push('');
    }
    if (report.summary.audited > 0) {
        const lateVersions = new Set(late.map(l => l.version));
        add('### Symbols per version', '');
        out.push(...capped(b, ['Version', 'Symbols', ''], totalCounts(report).map(([v, n]) => [v, String(n), lateVersions.has(v) ? '❌ above floor' : '']), 'versions'), '');
        add('### Distro matrix', '');
        out.push(...capped(b, ['Distro', 'glibc', 'Loads', 'Missing'], report.summary.distros.map(d => [d.name, d.glibc, d.loads ? '✅' : '❌', d.missing.join(', ')]), 'distros'), '');
    }
    if (report.files.length > 1) {
        add('### Files', '');
        out.push(...capped(b, ['File', 'Arch', 'Max GLIBC', 'Late symbols', 'Verdict'], report.files.map(f => [
            f.path,
            f.machine ?? '',
            f.maxVersions?.GLIBC ?? '',
            String(f.violations?.length ?? 0),
            f.status === 'audited'
                ? (f.loadsOnFloor ? '✅' : '❌') + ' ' + f.reason
                : `${f.status}: ${f.reason}`
        ]), 'files'), '');
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

/** GitHub shows at most 10 annotations of each type per step. */
const MAX_PER_LEVEL = 10;
/**
 * One error per (file, late version), with the symbols in the message; when there are more groups than
 * GitHub shows, the last slot says how many were folded, so nothing disappears silently.
 */
function annotations(report) {
    const errors = [];
    const warnings = [];
    for (const f of report.files) {
        if (f.status === 'error')
            warnings.push({ level: 'warning', title: `Unreadable ELF: ${f.path}`, message: f.reason, file: f.path });
        const byVersion = new Map();
        for (const v of f.violations ?? []) {
            const list = byVersion.get(v.version) ?? [];
            list.push(`${v.symbol ?? '(no symbol)'}${v.wrapped ? ' (✓ wrapped)' : ' (✗ not wrapped)'}`);
            byVersion.set(v.version, list);
        }
        for (const [version, syms] of [...byVersion].sort(([a], [b]) => versionOrder(b, a))) {
            const shown = syms.slice(0, 20).join(', ') + (syms.length > 20 ? `, … ${syms.length - 20} more` : '');
            const item = {
                level: f.loadsOnFloor ? 'warning' : 'error',
                title: `${f.path} needs ${version} (floor glibc ${report.floor.glibc})`,
                message: `${syms.length} symbol(s): ${shown}`,
                file: f.path
            };
            (item.level === 'error' ? errors : warnings).push(item);
        }
    }
    const fold = (list, level) => {
        if (list.length <= MAX_PER_LEVEL)
            return list;
        const rest = list.length - (MAX_PER_LEVEL - 1);
        return [
            ...list.slice(0, MAX_PER_LEVEL - 1),
            {
                level,
                title: `${rest} more late-version groups`,
                message: `${rest} more (file, version) groups are listed in the job summary and the JSON report.`
            }
        ];
    };
    const out = [...fold(errors, 'error'), ...fold(warnings, 'warning')];
    const s = report.summary;
    if (s.audited > 0 && s.violations === 0)
        out.push({
            level: 'notice',
            title: `glibc ${report.floor.glibc} floor holds`,
            message: `${s.audited} file(s) audited; highest GLIBC required ${s.maxVersions.GLIBC ?? 'none'}; loads on ${s.distros
                .filter(d => d.loads)
                .map(d => d.name)
                .join(', ')}.`
        });
    return out;
}

;// CONCATENATED MODULE: ./src/report/index.ts




function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/runners/errors.ts
// The one error type of the runners layer. Its message says what failed; `hint` says what the user can do about it.
class RunnerError extends Error {
    hint;
    constructor(message, hint) {
        super(hint ? `${message}\n${hint}` : message);
        this.name = 'RunnerError';
        this.hint = hint;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/runners/exec.ts
// Running external programs. Runners take an ExecFn so the action, the CLI and tests can each supply theirs;
// spawnExec is the default. Unlike @actions/exec it reports the terminating signal, which the sysroot runtime
// needs to tell a crashed loader from a program that exited non-zero.




// Captured output is capped so a chatty build cannot exhaust memory; the tail is what error messages need.
const MAX_CAPTURE = 8 * 1024 * 1024;
function exec_capped(previous, chunk) {
    const next = previous + chunk;
    return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
}
const spawnExec = (file, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const pending = { out: '', err: '' };
    const streamLines = (key, chunk, flush = false) => {
        if (!options.logger)
            return;
        const text = pending[key] + chunk;
        const lines = text.split('\n');
        pending[key] = flush ? '' : (lines.pop() ?? '');
        for (const line of flush ? lines.filter(l => l !== '') : lines)
            options.logger.info(line);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout = exec_capped(stdout, chunk);
        streamLines('out', chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr = exec_capped(stderr, chunk);
        streamLines('err', chunk);
    });
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs);
    child.on('error', error => {
        if (timer)
            clearTimeout(timer);
        const code = error.code;
        reject(code === 'ENOENT'
            ? new RunnerError(`cannot run ${file}: not found on PATH`)
            : new RunnerError(`cannot run ${file}: ${error.message}`));
    });
    child.on('close', (exitCode, signal) => {
        if (timer)
            clearTimeout(timer);
        streamLines('out', '', true);
        streamLines('err', '', true);
        resolve({ exitCode, signal, stdout, stderr, timedOut });
    });
    // A child that exits without reading its stdin closes the pipe under us: that is not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});
/** The absolute path of an executable named `name` on PATH, or null. */
function findOnPath(name, env = process.env) {
    const candidates = isAbsolute(name) ? [name] : (env.PATH ?? '').split(delimiter).map(dir => join(dir, name));
    for (const candidate of candidates) {
        try {
            if (!statSync(candidate).isFile())
                continue;
            accessSync(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return null;
}
/** The last `count` non-empty lines of a log, for error messages. */
function tail(text, count = 20) {
    return text
        .split('\n')
        .filter(line => line.trim() !== '')
        .slice(-count)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/runners/wrap-flags.ts
// wrap-flags mode: the flags that compile the glibc 2.17 compat layer into a binary. They come from the compat
// layer's own compat/flags.sh, which reads compat/wrap-symbols.txt (the one list of wrapped symbols), so this
// mode cannot drift from what patches/021 and the compat tests use. The --wrap flags only take effect on the
// link of the final executable or shared object, never on a static library (see patches/021).




const KINDS = ['wrap', 'ldflags', 'cflags', 'sources'];
/** `-Wl,--wrap=a,--wrap=b` → ['a', 'b'] */
function symbolsFromWrapFlag(wrap) {
    return wrap
        .trim()
        .split(/\s+/)
        .filter(word => word.startsWith('-Wl,'))
        .flatMap(word => word.slice(4).split(','))
        .filter(part => part.startsWith('--wrap='))
        .map(part => part.slice('--wrap='.length));
}
async function runWrapFlags(compatDir, deps = {}) {
    const exec = deps.exec ?? spawnExec;
    const script = (0,external_node_path_namespaceObject.join)(compatDir, 'flags.sh');
    if (!(0,external_node_fs_namespaceObject.existsSync)(script)) {
        throw new RunnerError(`${script} is missing`, 'compat-dir must be the compat/ directory of glibc-floor-action.');
    }
    const out = {};
    for (const kind of KINDS) {
        const result = await exec('sh', [script, kind]);
        if (result.exitCode !== 0) {
            throw new RunnerError(`sh ${script} ${kind} failed (exit code ${result.exitCode})`, tail(result.stderr, 5));
        }
        out[kind] = result.stdout.trim();
    }
    const symbols = symbolsFromWrapFlag(out.wrap ?? '');
    if (symbols.length === 0)
        throw new RunnerError(`${compatDir}/wrap-symbols.txt lists no symbols to wrap`);
    return {
        symbols,
        wrap: out.wrap ?? '',
        ldflags: out.ldflags ?? '',
        cflags: out.cflags ?? '',
        sources: out.sources ?? ''
    };
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Argument parsing for `glibc-floor`: both `--floor 2.17` and `--floor=2.17`, as users type them.
class UsageError extends Error {
    name = 'UsageError';
}
const FLAG_KINDS = ['ldflags', 'wrap', 'cflags', 'sources'];
const VALUE_FLAGS = new Set([
    '--floor',
    '--compat-header',
    '--compat-dir',
    '--kind',
    '--format',
    '--override',
    '--output',
    '-o'
]);
function splitFlags(argv) {
    const flags = new Map();
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (!a.startsWith('-') || a === '-') {
            positional.push(a);
            continue;
        }
        const eq = a.indexOf('=');
        const name = eq > 0 ? a.slice(0, eq) : a;
        if (VALUE_FLAGS.has(name)) {
            const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
            if (value === undefined || value === '')
                throw new UsageError(`${name} needs a value`);
            flags.set(name, value);
        }
        else if (eq > 0)
            throw new UsageError(`${name} takes no value`);
        else
            flags.set(name, true);
    }
    return { flags, positional };
}
function takeKnown(flags, known) {
    for (const f of flags.keys())
        if (!known.includes(f))
            throw new UsageError(`unknown option ${f}`);
}
function parseArgs(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h')
        return { command: 'help' };
    if (command === '--version' || command === 'version')
        return { command: 'version' };
    const { flags, positional } = splitFlags(rest);
    if (flags.has('--help') || flags.has('-h'))
        return { command: 'help' };
    const str = (k) => {
        const v = flags.get(k);
        return typeof v === 'string' ? v : null;
    };
    if (command === 'audit') {
        takeKnown(flags, [
            '--floor',
            '--compat-header',
            '--no-compat-header',
            '--fallback-report',
            '--format',
            '--override',
            '--output',
            '-o',
            '--json'
        ]);
        const format = flags.has('--json') ? 'json' : (str('--format') ?? 'text');
        if (format !== 'text' && format !== 'json' && format !== 'markdown')
            throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
        return {
            command: 'audit',
            paths: positional,
            floor: str('--floor') ?? '2.17',
            overrides: str('--override'),
            compatHeader: str('--compat-header'),
            noCompatHeader: flags.has('--no-compat-header'),
            fallbackReport: flags.has('--fallback-report'),
            format,
            output: str('--output') ?? str('-o')
        };
    }
    if (command === 'wrap-flags') {
        takeKnown(flags, ['--compat-dir', '--kind', '--lines']);
        if (positional.length > 0)
            throw new UsageError(`wrap-flags takes no paths`);
        const kind = str('--kind') ?? 'ldflags';
        if (!FLAG_KINDS.includes(kind))
            throw new UsageError(`--kind must be one of ${FLAG_KINDS.join(', ')}, not "${kind}"`);
        return {
            command: 'wrap-flags',
            compatDir: str('--compat-dir'),
            kind: kind,
            lines: flags.has('--lines')
        };
    }
    throw new UsageError(`unknown command "${command}"`);
}
const USAGE = `Usage:
  glibc-floor audit [PATH...] [options]   audit ELF files, directories or globs (default: the running node)
  glibc-floor wrap-flags [--kind ldflags|wrap|cflags|sources] [--compat-dir DIR] [--lines]
                                          print the flags that compile the compat layer in
                                          (ldflags: the --wrap flags plus libdl/libpthread kept needed;
                                          cflags: -include of the .symver pins header)

Audit options:
  --floor VERSION          glibc floor, e.g. 2.17 (default) or 2.28
  --override NS=V[,NS=V]   replace a namespace ceiling, e.g. GLIBCXX=3.4.21 when libstdc++ ships along
  --compat-header FILE     compat header whose __wrap_ declarations count as covered
                           (default: compat/glibc_2_17_compat.h shipped with this tool)
  --no-compat-header       mark nothing as wrapped
  --fallback-report        list every late symbol with ✓ wrapped / ✗ not wrapped and the link flags
  --format text|json|markdown, --json
  --output FILE, -o FILE   write the report to FILE instead of standard output

Exit status: 0 within the floor, 2 violations, 1 usage or I/O error (or an unreadable ELF file).
`;

;// CONCATENATED MODULE: ./src/cli/main.ts






const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_VIOLATIONS = 2;
function defaultCompatHeader() {
    const p = repoFile('compat/glibc_2_17_compat.h');
    return p && (0,external_node_fs_namespaceObject.existsSync)(p) ? p : null;
}
/** Violations win; otherwise an unreadable file, or nothing audited at all, is not a pass. */
function exitCodeFor(report) {
    if (report.summary.violations > 0)
        return EXIT_VIOLATIONS;
    return report.summary.errors > 0 || report.summary.audited === 0 ? EXIT_ERROR : EXIT_OK;
}
function audit(args, io) {
    const compatHeader = args.noCompatHeader ? null : (args.compatHeader ?? defaultCompatHeader());
    const report = auditPaths(args.paths.length > 0 ? args.paths : [process.execPath], {
        floor: args.floor,
        overrides: args.overrides ? parseOverrides(args.overrides) : undefined,
        compatHeader,
        cwd: io.cwd
    });
    const text = args.format === 'json'
        ? renderJson(report)
        : args.format === 'markdown'
            ? renderMarkdown(report)
            : renderText(report, { fallbackReport: args.fallbackReport });
    if (args.output)
        (0,external_node_fs_namespaceObject.writeFileSync)(args.output, text);
    else
        io.stdout(text);
    if (report.summary.audited === 0)
        io.stderr('glibc-floor: no ELF file was audited\n');
    return exitCodeFor(report);
}
async function wrapFlags(args, io) {
    const dir = args.compatDir ?? repoFile('compat');
    if (!dir)
        throw new AuditError('bad-header', 'no compat directory found; pass --compat-dir DIR');
    const flags = await runWrapFlags(dir);
    io.stdout((args.lines ? flags.symbols.map(s => `-Wl,--wrap=${s}`).join('\n') : flags[args.kind]) + '\n');
    return EXIT_OK;
}
/** Runs the CLI and returns its exit status; never throws for anything a user can cause. */
async function main(argv, io) {
    try {
        const args = parseArgs(argv);
        switch (args.command) {
            case 'help':
                io.stdout(USAGE);
                return EXIT_OK;
            case 'version':
                io.stdout(`glibc-floor ${TOOL_VERSION}\n`);
                return EXIT_OK;
            case 'wrap-flags':
                return await wrapFlags(args, io);
            case 'audit':
                return audit(args, io);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`glibc-floor: ${e.message}\n\n${USAGE}`);
            return EXIT_ERROR;
        }
        if (e instanceof AuditError || e instanceof RunnerError) {
            io.stderr(`glibc-floor: ${e.message}\n`);
            return EXIT_ERROR;
        }
        const err = e;
        io.stderr(`glibc-floor: ${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}\n`);
        if (process.env.GLIBC_FLOOR_DEBUG)
            io.stderr(`${err.stack}\n`);
        return EXIT_ERROR;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
