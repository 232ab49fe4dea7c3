import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({});
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M_: () => (/* reexport */ AuditError),
  QH: () => (/* reexport */ ElfError),
  wr: () => (/* reexport */ TOOL_VERSION),
  hk: () => (/* reexport */ annotations),
  kB: () => (/* reexport */ auditPaths),
  nH: () => (/* reexport */ findings_buildFindings),
  Q2: () => (/* reexport */ defaultKnowledge),
  cv: () => (/* reexport */ demangle),
  ZO: () => (/* reexport */ discoverFiles),
  Kk: () => (/* reexport */ isElfFile),
  cI: () => (/* reexport */ parseFloor),
  f$: () => (/* reexport */ parseOverrides),
  oU: () => (/* reexport */ readElf),
  h5: () => (/* reexport */ readWrappedSymbols),
  hF: () => (/* reexport */ renderJson),
  Gc: () => (/* reexport */ renderMarkdown),
  S5: () => (/* reexport */ renderText),
  MT: () => (/* reexport */ verdictLine),
  $0: () => (/* reexport */ wrappedSymbols)
});

// NAMESPACE OBJECT: ./node_modules/gecko-profiler-demangle/index_bg.js
var index_bg_namespaceObject = {};
__nccwpck_require__.r(index_bg_namespaceObject);
__nccwpck_require__.d(index_bg_namespaceObject, {
  __wbg_set_wasm: () => (__wbg_set_wasm),
  __wbindgen_init_externref_table: () => (__wbindgen_init_externref_table),
  demangle_any: () => (demangle_any)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
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
const SHT_NOBITS = 8;
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
const DT_RPATH = 15;
const DT_REL = 17;
const DT_RELSZ = 18;
const DT_RELENT = 19;
const DT_PLTREL = 20;
const DT_BIND_NOW = 24;
const DT_JMPREL = 23;
const DT_RUNPATH = 29;
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
const STB_LOCAL = 0;
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
// stays huge after conversion, so bounds checks reject it. Two 32-bit halves, not readBigUInt64: no BigInt
// per field (headers of a few hundred files are read cold), and hi * 2^32 + lo rounds once, as Number(BigInt).
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
                ? (b, base) => b.readUInt32LE(base + at + 4) * 2 ** 32 + b.readUInt32LE(base + at)
                : (b, base) => b.readUInt32BE(base + at) * 2 ** 32 + b.readUInt32BE(base + at + 4);
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

;// CONCATENATED MODULE: ./src/elf/window.ts
/**
 * One read of a stretch of the file that serves the small reads falling inside it; any other read goes to the
 * file, which checks it and says what and where. Headers and version tables are many 16-64 byte records
 * close together: one read instead of one per record.
 */
class Window {
    src;
    offset;
    bytes;
    constructor(src, offset, bytes) {
        this.src = src;
        this.offset = offset;
        this.bytes = bytes;
    }
    static open(src, offset, length, structure) {
        return new Window(src, offset, src.read(offset, length, structure));
    }
    covers(at, length) {
        return (Number.isSafeInteger(at) &&
            at >= this.offset &&
            length >= 0 &&
            at + length <= this.offset + this.bytes.length);
    }
    read(at, length, structure) {
        if (!this.covers(at, length))
            return this.src.read(at, length, structure);
        return this.bytes.subarray(at - this.offset, at - this.offset + length);
    }
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
/** The ELF header and, in every real file, the program headers lie in the file's first bytes: one read for them. */
const HEAD = 4096;
/** A table of `count` entries of `entsize` bytes, checked against the file before it is read. */
function table(head, offset, count, entsize, what) {
    if (count === 0)
        return Buffer.alloc(0);
    return head.read(offset, count * entsize, what);
}
function header_readHeader(src) {
    if (src.size < 16) {
        if (src.size >= 4 && hasElfMagic(src.read(0, 4, 'e_ident')))
            throw new ElfError('truncated', `file is ${src.size} bytes, shorter than e_ident`, 'Elf_Ehdr', 0);
        throw new ElfError('not-elf', 'no ELF magic (\\x7fELF)');
    }
    const head = Window.open(src, 0, Math.min(HEAD, src.size), 'e_ident');
    const ident = head.read(0, 16, 'e_ident');
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
    const eh = L.Ehdr.read(head.read(0, L.Ehdr.size, L.Ehdr.name), 0);
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
            const s0 = L.Shdr.read(head.read(eh.e_shoff, L.Shdr.size, 'section header 0'), 0);
            if (shnum === 0)
                shnum = s0.sh_size;
            if (phnum === PN_XNUM)
                phnum = s0.sh_info;
            const raw = table(head, eh.e_shoff, shnum, L.Shdr.size, 'section header table');
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
        const raw = table(head, eh.e_phoff, phnum, L.Phdr.size, 'program header table');
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
    const secs = h.sections.filter(s => s.sh_addr !== 0 && s.sh_type !== SHT_NOBITS);
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
            // O_NONBLOCK: opening a FIFO must not wait for a writer; for regular files it changes nothing.
            fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
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
    /** Fails like read() would when [offset, offset+length) cannot be a table of this file. */
    check(offset, length, structure) {
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_TABLE_BYTES)
            throw new ElfError('malformed', `implausible size ${length} bytes`, structure, offset);
        if (!this.contains(offset, length))
            throw new ElfError('truncated', `needs ${length} bytes but the file ends at 0x${this.size.toString(16)}`, structure, offset);
    }
    read(offset, length, structure) {
        // Checked before the allocation: a hostile (or NaN) length must fail as an ElfError, never size a buffer.
        this.check(offset, length, structure);
        return this.readInto(Buffer.allocUnsafe(length), offset, length, structure);
    }
    /** Reads into a caller's buffer (reused across the chunks of a big table) and returns the filled part. */
    readInto(buf, offset, length, structure) {
        this.check(offset, length, structure);
        this.bytesRead += length;
        let done = 0;
        while (done < length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(this.fd, buf, done, length - done, offset + done);
            if (n === 0)
                throw new ElfError('truncated', 'file shrank while reading', structure, offset + done);
            done += n;
        }
        return length === buf.length ? buf : buf.subarray(0, length);
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

const PAGE = 64 * 1024;
/**
 * A string table read page by page on demand: an audit needs a few hundred names out of a dynstr that is
 * megabytes long in big binaries, so only the pages holding them are read. 64 KiB pages: the imported names of
 * a big binary are spread over its whole dynstr, and one read per 64 KiB costs less than one per 4 KiB.
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/elf/symbols.ts



/** Symbols scanned per read: 64 KiB of Elf64_Sym. */
const CHUNK = 2730;
/** Number of dynamic symbols from DT_HASH: its nchain word. */
function countFromSysvHash(src, offset, le) {
    const head = src.read(offset, 8, 'DT_HASH');
    return le ? head.readUInt32LE(4) : head.readUInt32BE(4);
}
const HOST_LE = (0,external_node_os_namespaceObject.endianness)() === 'LE';
/**
 * A view of `bytes` as `width`-byte words in host order (the file's order swapped when it differs): typed-array
 * loops are what a cold, interpreted run can afford. Buffer.allocUnsafe's pool keeps 8-byte alignment, so
 * this is a view, not a copy; the copy is there for any other buffer.
 */
function words(bytes, le, Type) {
    const width = Type.BYTES_PER_ELEMENT;
    if (le !== HOST_LE) {
        if (width === 2)
            bytes.swap16();
        else
            bytes.swap32();
    }
    const aligned = bytes.byteOffset % width === 0 ? bytes : Buffer.from(bytes);
    return new Type(aligned.buffer, aligned.byteOffset, bytes.length / width);
}
function readWords(src, offset, count, le, what) {
    return words(src.read(offset, count * 4, what), le, Uint32Array);
}
/**
 * Number of dynamic symbols from DT_GNU_HASH. The table does not store it: the last hashed symbol is found by
 * following the chain of the highest bucket to its end marker (low bit set), as readelf and lld do. With no
 * hashed symbol at all (an executable whose symbols are all undefined) it cannot tell: `hashed` is false.
 */
function countFromGnuHash(src, offset, is64, le) {
    const head = readWords(src, offset, 4, le, 'DT_GNU_HASH');
    const nbuckets = head[0];
    const symoffset = head[1];
    const bloomSize = head[2];
    const bucketsAt = offset + 16 + bloomSize * (is64 ? 8 : 4);
    const buckets = readWords(src, bucketsAt, nbuckets, le, 'DT_GNU_HASH buckets');
    let max = 0;
    for (let i = 0; i < nbuckets; i++)
        if (buckets[i] > max)
            max = buckets[i];
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
        const block = readWords(src, at, n, le, 'DT_GNU_HASH chains');
        for (let k = 0; k < n; k++, idx++)
            if (block[k] & 1)
                return { count: idx + 1, hashed: true };
    }
}
/** Bounds of the symbol table and its versym array, checked before any chunk is read. */
function checkTables(src, L, t) {
    if (t.entsize !== L.Sym.size)
        throw new ElfError('malformed', `symbol entry size ${t.entsize}, expected ${L.Sym.size}`, 'dynamic symbol table');
    src.check(t.symtab, t.count * L.Sym.size, 'dynamic symbol table');
    if (t.versym !== null)
        src.check(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)');
}
/** versym entry k of a chunk (hidden bit included); 1 (global) without a versym table. */
function versymAt(vers, k, le) {
    if (vers === null)
        return 1;
    return le ? vers[2 * k] | (vers[2 * k + 1] << 8) : (vers[2 * k] << 8) | vers[2 * k + 1];
}
/**
 * Reads the undefined entries of the dynamic symbol table with their versym indices. Names are decoded
 * only for undefined symbols, which keeps a 40k-symbol binary in the low milliseconds.
 */
function readImports(src, L, t, name, le, 
/** versym indices that belong to verneed entries. */
needed) {
    checkTables(src, L, t);
    // The hot loop of a 40k-symbol table, run once per process (so mostly interpreted): fixed-size chunks
    // into reused buffers, versym as 16-bit words, a byte mask for the needed indices, no per-symbol call.
    const S = L.Sym;
    const wanted = WANTED;
    for (const v of needed)
        if (v >= 0 && v < 0x8000)
            wanted[v] = 1;
    try {
        return scanImports(src, S, t, name, le, wanted);
    }
    finally {
        for (const v of needed)
            if (v >= 0 && v < 0x8000)
                wanted[v] = 0;
    }
}
/** versym indices wanted by readImports: one mask for the process, set and cleared around each scan. */
const WANTED = new Uint8Array(0x8000);
// One chunk buffer of each kind for the process (scans are synchronous): a directory of files reuses them
// instead of allocating 64 KiB per file for the garbage collector to chase.
const SYM_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 24);
const VER_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 2);
function scanImports(src, S, t, name, le, wanted) {
    const nameAt = S.offsetOf.st_name;
    const infoAt = S.offsetOf.st_info;
    const shndxAt = S.offsetOf.st_shndx;
    const symBuf = SYM_CHUNK.subarray(0, Math.min(CHUNK, t.count) * S.size);
    const verBuf = VER_CHUNK.subarray(0, t.versym === null ? 0 : Math.min(CHUNK, t.count) * 2);
    const out = [];
    for (let first = 0; first < t.count; first += CHUNK) {
        const n = Math.min(CHUNK, t.count - first);
        const syms = src.readInto(symBuf, t.symtab + first * S.size, n * S.size, 'dynamic symbol table');
        const vers = t.versym === null
            ? null
            : words(src.readInto(verBuf, t.versym + first * 2, n * 2, 'DT_VERSYM (.gnu.version)'), le, Uint16Array);
        for (let k = first === 0 ? 1 : 0, base = k * S.size; k < n; k++, base += S.size) {
            // versym 1 (global) without a versym table; the hidden bit is not part of the index.
            const v = vers === null ? 1 : vers[k] & ~VERSYM_HIDDEN;
            if ((syms[base + shndxAt] | syms[base + shndxAt + 1]) !== 0 && wanted[v] === 0)
                continue;
            const nm = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt);
            if (nm === 0)
                continue;
            out.push({
                index: first + k,
                name: name(nm),
                versionIndex: v,
                weakBinding: syms[base + infoAt] >> 4 === STB_WEAK
            });
        }
    }
    return out;
}
/** The defined, non-local dynamic symbols: what other objects can bind to (read by the floor generator). */
function readExports(src, L, t, name, le) {
    checkTables(src, L, t);
    const S = L.Sym;
    const all = src.read(t.symtab, t.count * S.size, 'dynamic symbol table');
    const vers = t.versym === null ? null : src.read(t.versym, t.count * 2, 'DT_VERSYM (.gnu.version)');
    const out = [];
    for (let k = 1; k < t.count; k++) {
        const sym = S.read(all, k * S.size);
        const bind = sym.st_info >> 4;
        if (sym.st_shndx === SHN_UNDEF || bind === STB_LOCAL || sym.st_name === 0)
            continue;
        const raw = versymAt(vers, k, le);
        out.push({
            name: name(sym.st_name),
            versionIndex: raw & ~VERSYM_HIDDEN,
            hidden: (raw & VERSYM_HIDDEN) !== 0,
            weakBinding: bind === STB_WEAK
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/elf/versions.ts



/** vna_other is 15 bits wide: no genuine file needs more versions than versym can name. */
const MAX_VERSIONS = 0x7fff;
// Each record is at least this many bytes, so a count above size/this cannot be genuine.
const MIN_RECORD = 8;
function checkCount(src, count, what, at) {
    if (count > src.size / MIN_RECORD)
        throw new ElfError('malformed', `count ${count} cannot fit in a ${src.size}-byte file`, what, at);
}
/** Bytes read at once from a version table: its records usually follow each other, 16 or 20 bytes apiece. */
const BLOCK = 1024;
/** Reads the records of one version table a block at a time instead of one read per record. */
class Records {
    src;
    window = null;
    constructor(src) {
        this.src = src;
    }
    read(at, length, what) {
        // A record outside the file is left to the source, which says what and where.
        if (!this.window?.covers(at, length) && this.src.contains(at, length))
            this.window = Window.open(this.src, at, Math.max(length, Math.min(BLOCK, this.src.size - at)), what);
        return (this.window ?? this.src).read(at, length, what);
    }
}
/**
 * Walks a vn_next/vna_next style chain, refusing cycles and runaway counts. `seen` is shared by every chain of
 * one table: records of a genuine table never overlap, and a hostile file whose entries all point at one long
 * aux chain would otherwise cost entries × chain length.
 */
function chain(records, start, count, layout, nextField, what, seen, visit) {
    checkCount(records.src, count, what, start);
    let at = start;
    for (let i = 0; i < count; i++) {
        if (seen.has(at))
            throw new ElfError('malformed', 'entries form a cycle or overlap', what, at);
        seen.add(at);
        const rec = layout.read(records.read(at, layout.size, what), 0);
        visit(rec, at);
        const next = rec[nextField];
        if (next === 0)
            break;
        at += next;
    }
}
function readVerneed(src, L, offset, count, strings) {
    const out = [];
    const seen = new Set();
    const records = new Records(src);
    chain(records, offset, count, L.Verneed, 'vn_next', 'Elf_Verneed', seen, (vn, at) => {
        if (vn.vn_version !== 1)
            throw new ElfError('unsupported', `vn_version ${vn.vn_version} (only 1 is defined)`, 'Elf_Verneed', at);
        const library = strings.get(vn.vn_file);
        chain(records, at + vn.vn_aux, vn.vn_cnt, L.Vernaux, 'vna_next', 'Elf_Vernaux', seen, aux => {
            if (out.length >= MAX_VERSIONS)
                throw new ElfError('malformed', `more than ${MAX_VERSIONS} version needs`, 'Elf_Vernaux', at);
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
    const records = new Records(src);
    chain(records, offset, count, L.Verdef, 'vd_next', 'Elf_Verdef', new Set(), (vd, at) => {
        if (vd.vd_version !== 1)
            throw new ElfError('unsupported', `vd_version ${vd.vd_version} (only 1 is defined)`, 'Elf_Verdef', at);
        // The first Verdaux names the version itself; later ones name its parents.
        if (vd.vd_cnt === 0)
            return;
        const aux = L.Verdaux.read(records.read(at + vd.vd_aux, L.Verdaux.size, 'Elf_Verdaux'), 0);
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
/**
 * Symbols bound at load time even without bind-now: those of the non-PLT relocations (GLOB_DAT, COPY,
 * absolute data...). DT_RELA/DT_REL may enclose the PLT relocations (DT_JMPREL); only the parts outside them
 * count, so a symbol with both a PLT slot and a GLOB_DAT stays eager.
 */
function relocatedSymbols(src, h, d) {
    const out = new Set();
    const jmprel = dynValue(d, DT_JMPREL);
    const pltSize = dynValue(d, DT_PLTRELSZ) ?? 0;
    const tables = [
        [DT_RELA, DT_RELASZ, 'DT_RELA'],
        [DT_REL, DT_RELSZ, 'DT_REL']
    ];
    for (const [tag, sizeTag, what] of tables) {
        const addr = dynValue(d, tag);
        const size = dynValue(d, sizeTag);
        if (addr === undefined || size === undefined)
            continue;
        const L = what === 'DT_RELA' ? h.L.Rela : h.L.Rel;
        const ranges = jmprel !== undefined && jmprel >= addr && jmprel < addr + size
            ? [
                [addr, jmprel],
                [jmprel + pltSize, addr + size]
            ]
            : [[addr, addr + size]];
        for (const [from, to] of ranges) {
            if (to <= from)
                continue;
            const buf = src.read(d.toOffset(from, what), to - from, what);
            for (let at = 0; at + L.size <= buf.length; at += L.size) {
                const info = L.field.r_info(buf, at);
                out.add(h.class === 64 ? Math.floor(info / 2 ** 32) : info >>> 8);
            }
        }
    }
    out.delete(0);
    return out;
}
/**
 * PT_DYNAMIC that occupies no bytes of the file while it has a size in memory: what objcopy --only-keep-debug
 * leaves (every allocated section becomes NOBITS, program headers stay).
 */
function isSeparateDebug(h) {
    const dyn = h.segments.find(s => s.p_type === PT_DYNAMIC);
    if (!dyn)
        return false;
    if (dyn.p_filesz === 0 && dyn.p_memsz > 0)
        return true;
    return h.sections.some(s => s.sh_type === SHT_NOBITS && s.sh_addr === dyn.p_vaddr && s.sh_size > 0);
}
/** Reads everything the glibc loader checks. Never reads the whole file: only headers and the tables named. */
function readElf(path, options = {}) {
    const src = source_FileSource.open(path);
    try {
        const info = readFrom(src, path, options);
        info.bytesRead = src.bytesRead;
        return info;
    }
    finally {
        src.close();
    }
}
const NOTHING_DYNAMIC = {
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    bindNow: false,
    requirements: [],
    definitions: [],
    imports: [],
    eagerImports: () => new Set()
};
function readFrom(src, path, options) {
    const h = header_readHeader(src);
    const separateDebug = isSeparateDebug(h);
    // A debug file's PT_INTERP has no bytes either: nothing to read beyond the headers.
    const interp = separateDebug ? null : readInterpreter(src, h);
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
        abiTag: separateDebug ? null : readAbiTag(src, h),
        separateDebug,
        bytesRead: 0
    };
    if (separateDebug)
        return { ...base, ...NOTHING_DYNAMIC, isStatic: false, dynamicSource: 'none' };
    const d = h.type === ET_REL || h.type === ET_CORE ? null : readDynamic(src, h);
    if (!d)
        return { ...base, ...NOTHING_DYNAMIC, isStatic: true, dynamicSource: 'none' };
    const strtab = dynValue(d, DT_STRTAB);
    const strsz = dynValue(d, DT_STRSZ);
    if (strtab === undefined || strsz === undefined)
        throw new ElfError('malformed', 'DT_STRTAB or DT_STRSZ missing', 'dynamic section');
    const strings = new StringTable(src, d.toOffset(strtab, 'DT_STRTAB'), strsz, 'DT_STRTAB');
    const needed = (d.entries.get(DT_NEEDED) ?? []).map(o => strings.get(o));
    const sonameOff = dynValue(d, DT_SONAME);
    const rpathOff = dynValue(d, DT_RPATH);
    const runpathOff = dynValue(d, DT_RUNPATH);
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
    let exports;
    if (symtabAddr !== undefined) {
        const symtab = d.toOffset(symtabAddr, 'DT_SYMTAB');
        const entsize = dynValue(d, DT_SYMENT) ?? h.L.Sym.size;
        if (entsize === 0)
            throw new ElfError('malformed', 'DT_SYMENT is 0', 'dynamic section');
        const count = symbolCount(src, h, d, symtabAddr, symtab, entsize);
        if (count * entsize > src.size)
            throw new ElfError('malformed', `${count} symbols cannot fit in the file`, 'dynamic symbol table', symtab);
        const tables = { symtab, count, entsize, versym: versymAt ?? null };
        const name = (o) => strings.get(o);
        const le = h.endian === 'little';
        imports = readImports(src, h.L, tables, name, le, new Set(requirements.map(r => r.vna_other)));
        if (options.exports)
            exports = readExports(src, h.L, tables, name, le);
    }
    // Relocations matter only for WEAK version needs above the floor (rare): read them on first use.
    let eager = null;
    return {
        ...base,
        needed,
        soname: sonameOff === undefined ? null : strings.get(sonameOff),
        rpath: rpathOff === undefined ? null : strings.get(rpathOff),
        runpath: runpathOff === undefined ? null : strings.get(runpathOff),
        bindNow,
        isStatic: false,
        dynamicSource: d.source,
        requirements,
        definitions,
        imports,
        ...(exports ? { exports } : {}),
        eagerImports() {
            if (!eager) {
                const again = source_FileSource.open(path);
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





;// CONCATENATED MODULE: ./src/audit/floor-symbols.ts
/** Versions that exist in every glibc build and are no floor's business by number (see privateAbi). */
function isPrivateVersion(version) {
    return version === 'GLIBC_PRIVATE';
}
class FloorSymbols {
    load;
    loaded = null;
    /** `load` runs on the first question: a run whose files need nothing from the floor's libraries never parses it. */
    constructor(load) {
        this.load = load;
    }
    get data() {
        return (this.loaded ??= this.load());
    }
    /**
     * Whether the table answers for this requirement under a policy: the library is one of the floor's, and
     * the policy's ceiling for the version's namespace is the one the table was generated at (an override such
     * as GLIBCXX=3.4.21, for a libstdc++ shipped along, falls back to comparing version numbers).
     */
    covers(library, version, ceilings) {
        if (!Object.hasOwn(this.data.libraries, library))
            return false;
        const us = version.indexOf('_');
        const ns = us > 0 ? version.slice(0, us) : version;
        const own = this.data.ceilings[ns];
        return own === undefined || ceilings[ns] === undefined || ceilings[ns] === own;
    }
    hasVersion(library, version) {
        const lib = this.data.libraries[library];
        return lib !== undefined && Object.hasOwn(lib, version);
    }
    sets = new Map();
    names(library, version) {
        let lib = this.sets.get(library);
        if (!lib)
            this.sets.set(library, (lib = new Map()));
        let s = lib.get(version);
        if (!s) {
            const raw = this.data.libraries[library]?.[version];
            lib.set(version, (s = new Set(raw ? raw.split(' ') : [])));
        }
        return s;
    }
    has(library, version, name) {
        if (!Object.hasOwn(this.data.libraries, library))
            return false;
        return this.names(library, version).has(name) || this.names(library, '*').has(name);
    }
    /**
     * Is name@version defined by `library`, or by another floor library in the loader's search scope? The
     * version check is per library (vn_file), the symbol lookup is not: the loader searches every loaded
     * object. Unversioned definitions ("*") satisfy any versioned reference, as in glibc's check_match.
     */
    defines(library, version, name, scope) {
        if (this.has(library, version, name))
            return true;
        for (const lib of scope)
            if (lib !== library && this.has(lib, version, name))
                return true;
        for (const lib of this.alwaysLoaded)
            if (this.has(lib, version, name))
                return true;
        return false;
    }
    always = null;
    /** The floor's loader and libc: loaded into every glibc process whatever a file names in DT_NEEDED. */
    get alwaysLoaded() {
        return (this.always ??= Object.keys(this.data.libraries).filter(l => l === 'libc.so.6' || l.startsWith('ld-')));
    }
}

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
const dotted = new Map();
function parseDotted(s) {
    let v = dotted.get(s);
    if (v === undefined) {
        v = /^\d+(\.\d+)*$/.test(s) ? s.split('.').map(Number) : null;
        if (dotted.size < 10000)
            dotted.set(s, v);
    }
    return v;
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
/** Namespace first, then numeric version: the order readers scan a count table in. */
function versionOrder(a, b) {
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
    const v = parseVersionName(version);
    const ceiling = p.ceilings[v.namespace];
    const numericOk = ceiling !== undefined && v.numbers !== null && compareNumbers(v.numbers, parseDotted(ceiling) ?? []) <= 0;
    if (numericOk)
        return 'ok';
    if (p.extraAllowed.has(version))
        return 'extra';
    if (ceiling !== undefined && v.numbers)
        return 'above';
    const governed = Object.keys(p.ceilings).some(ns => version.startsWith(`${ns}_`));
    return governed ? 'above' : 'ungoverned';
}
/**
 * The imported symbols that make a requirement late under a policy, and whether the floor has the version.
 * With a symbol table for the floor (and the requirement's library and namespace in it): the version must be
 * in the library's verdef, and each user must be defined under it somewhere in `scope` (the file's needed
 * floor libraries). Without one: all users when the version is above the ceiling; when the version is
 * allowed only by name (aarch64's GLIBC_2.18 at 2.17), the denied ones. GLIBC_PRIVATE exists in every glibc:
 * without a table it is never late (privateAbi reports it), with one its missing symbols are.
 */
function lateUsers(req, users, p, scope = []) {
    const table = p.symbols;
    if (table?.covers(req.library, req.version, p.ceilings)) {
        if (!table.hasVersion(req.library, req.version))
            return { users, versionExists: false };
        const late = users.filter(s => !table.defines(req.library, req.version, s.name, scope));
        return late.length > 0 ? { users: late, versionExists: true } : null;
    }
    if (isPrivateVersion(req.version))
        return null;
    const verdict = checkVersion(req.version, p);
    if (verdict === 'above')
        return { users, versionExists: false };
    const denied = p.deniedSymbols[req.version];
    if (verdict === 'extra' && denied) {
        const late = users.filter(s => denied.includes(s.name));
        return late.length > 0 ? { users: late, versionExists: true } : null;
    }
    return null;
}
/**
 * Whether the loader refuses the file because of this requirement. A missing WEAK (VER_FLG_WEAK) version is
 * only a warning at start-up, but a symbol bound to it still fails once it is bound: at start-up under
 * bind-now or for address-taken symbols (non-PLT relocations), otherwise at its first call.
 * When the version exists on the floor and only some of its symbols do not (aarch64's GLIBC_2.18 on CentOS 7),
 * the version check passes; what fails is the lookup of a strongly bound symbol at start-up.
 */
function blocksLoad(req, elf, late, versionExists = false) {
    if (versionExists) {
        const strong = late.filter(s => !s.weakBinding);
        if (strong.length === 0)
            return false;
        if (elf.bindNow)
            return true;
        const eager = elf.eagerImports();
        return strong.some(s => eager.has(s.index));
    }
    if (!req.weak)
        return true;
    if (late.length === 0)
        return false;
    if (elf.bindNow)
        return true;
    const eager = elf.eagerImports();
    return late.some(s => eager.has(s.index));
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
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
// Loads the knowledge files in data/ and answers the audit's questions from them. They are read at run time
// from the tool's own data/ (beside src/ and dist/), not bundled: symbols.json is only parsed when a late
// symbol needs its remedy, which keeps a clean audit's start-up short.






/** Where the last shipped file was found: data/ and compat/ sit side by side, so it is the first place to look. */
let home;
/** Locates a file shipped with the tool (compat/, data/) from src/ or from the bundled dist/. */
function data_repoFile(rel) {
    if (home !== undefined && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(home, rel)))
        return (0,external_node_path_namespaceObject.join)(home, rel);
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, rel);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate)) {
            home = dir;
            return candidate;
        }
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
    // One table per (floor, arch), shared by the floor's policy and every distro policy at that glibc.
    const tables = new Map();
    const policy = (glibc, machine, overrides = {}) => {
        const arch = archOf(machine);
        // An undefined floor takes libstdc++/libgcc ceilings and extras from the nearest defined floor below it.
        const below = defined.filter(f => compareDotted(f, glibc) <= 0);
        const entry = data.floors[below[below.length - 1] ?? defined[0]];
        const archFloor = entry.arch[arch] ?? entry.arch.x86_64 ?? { ceilings: entry.ceilings };
        const own = entry.arch[arch] !== undefined;
        const minFloor = data.arches[arch]?.minFloor;
        const tableKey = `${glibc}\0${arch}`;
        if (!tables.has(tableKey)) {
            const load = data.floorSymbols?.(glibc, arch) ?? null;
            tables.set(tableKey, load ? new FloorSymbols(load) : null);
        }
        return {
            glibc,
            arch,
            ceilings: { ...archFloor.ceilings, GLIBC: glibc, ...overrides },
            extraAllowed: new Set(own ? (archFloor.extraAllowed ?? []) : []),
            deniedSymbols: own ? (archFloor.deniedSymbols ?? {}) : {},
            unreachable: minFloor && compareDotted(glibc, minFloor) < 0
                ? `${arch} glibc starts at ${minFloor}: the lowest floor reachable there`
                : null,
            symbols: tables.get(tableKey) ?? null
        };
    };
    const distros = data.distros.map(d => ({
        id: d.id,
        name: d.name,
        glibc: d.glibc,
        ceilings: { GLIBCXX: d.GLIBCXX, CXXABI: d.CXXABI, GCC: d.GCC },
        arches: d.arches ?? []
    }));
    const distroPolicies = new Map();
    const policyKeys = new Map(distros.map(d => [d.id, `${d.glibc}\0${JSON.stringify(d.ceilings ?? {})}`]));
    let remedies = null;
    const namespaceDefault = (version) => {
        const defaults = (remedies ??= data.remedies()).namespaceDefaults;
        if (defaults[version])
            return defaults[version];
        const ns = parseVersionName(version).namespace;
        const key = Object.keys(defaults)
            .filter(k => ns === k || ns.startsWith(`${k}_`))
            .sort((a, b) => b.length - a.length)[0];
        return defaults[key ?? '*'] ?? { kind: 'rebuild', note: 'rebuild on a host with the floor glibc' };
    };
    const base = data.baseLibraries;
    const baseKeys = Object.keys(base?.policies ?? {}).sort(compareDotted);
    const baseSets = new Map();
    const baseLibraries = (glibc) => {
        if (!base)
            return null;
        const key = baseKeys.filter(k => compareDotted(k, glibc) <= 0).pop() ?? baseKeys[0];
        let set = baseSets.get(key);
        if (!set) {
            const p = base.policies[key];
            set = { policy: p.policy, libraries: new Set([...p.libraries, ...base.loaders.libraries]) };
            baseSets.set(key, set);
        }
        return set;
    };
    return {
        floors: defined,
        distros,
        policy,
        baseLibraries,
        // Every file asks for every distro's policy: build each (distro, arch) pair once.
        // Distros with the same glibc and ceilings (rhel8 and debian10 ...) share one, so a file's answers for
        // one serve the other.
        distroPolicy: (d, machine) => {
            const key = `${policyKeys.get(d.id)}\0${machine}`;
            let p = distroPolicies.get(key);
            if (!p)
                distroPolicies.set(key, (p = policy(d.glibc, machine, d.ceilings)));
            return p;
        },
        remedy(symbol, version, machine) {
            const s = symbol === null ? undefined : (remedies ??= data.remedies()).symbols[symbol];
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
/** A knowledge file of the tool's data/ directory, parsed. */
function readDataFile(name) {
    const path = data_repoFile((0,external_node_path_namespaceObject.join)('data', name));
    if (!path)
        throw new AuditError('bad-data', `data/${name} not found beside the tool (it ships in the repository and the package)`);
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new AuditError('bad-data', `cannot read ${path}: ${e.message}`);
    }
}
let cached = null;
let tableFiles = null;
function readdirSafe(dir) {
    try {
        return dir ? (0,external_node_fs_namespaceObject.readdirSync)(dir) : [];
    }
    catch {
        return [];
    }
}
function defaultKnowledge() {
    if (!cached) {
        const floors = readDataFile('floors.json');
        cached = buildKnowledge({
            floors: floors.floors,
            arches: floors.arches,
            distros: readDataFile('distros.json').distros,
            remedies: () => readDataFile('symbols.json'),
            floorSymbols: (glibc, arch) => {
                const name = `glibc-${glibc}-${arch}.json`;
                // One directory listing answers every (floor, arch) the floor and the distro matrix ask about.
                tableFiles ??= new Set(readdirSafe(data_repoFile((0,external_node_path_namespaceObject.join)('data', 'floor-symbols'))));
                return tableFiles.has(name) ? () => readDataFile((0,external_node_path_namespaceObject.join)('floor-symbols', name)) : null;
            },
            baseLibraries: readDataFile('base-libraries.json')
        });
    }
    return cached;
}

;// CONCATENATED MODULE: ./src/audit/wrapped.ts




/** The compat header shipped with the tool, relative to its root: the CLI's and the action's default. */
const DEFAULT_COMPAT_HEADER = 'compat/glibc_2_17_compat.h';
/** The shipped compat header's path, or null when the tool was copied without compat/. */
function defaultCompatHeader() {
    return repoFile(DEFAULT_COMPAT_HEADER);
}
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
/** The architectures glibc_2_17_pins.h has .symver directives for; elsewhere a pin does nothing. */
const PINS_ARCHES = new Set(['x86_64', 'aarch64']);
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
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => versionOrder(a, b)));
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
const lateCache = new WeakMap();
/**
 * lateUsers for one file, remembered per policy: the floor's verdict, its violations and the distro matrix
 * ask the same questions, and with a symbol table each answer looks up thousands of names.
 */
function lateOf(elf, req, policy) {
    let byPolicy = lateCache.get(elf);
    if (!byPolicy)
        lateCache.set(elf, (byPolicy = new Map()));
    let byReq = byPolicy.get(policy);
    if (!byReq)
        byPolicy.set(policy, (byReq = new Map()));
    let late = byReq.get(req);
    if (late === undefined)
        byReq.set(req, (late = lateUsers(req, usersOf(elf, req), policy, elf.needed)));
    return late;
}
/** Does the file load where `policy` holds? Used for the floor and for every distro of the matrix. */
function loadsUnder(elf, policy, bundled = NONE) {
    const missing = [];
    for (const req of elf.requirements) {
        // GLIBC_PRIVATE exists in every glibc (privateAbi); bundled libraries are judged by their own verdef.
        if (isPrivateVersion(req.version) || bundled.has(req.library))
            continue;
        const late = lateOf(elf, req, policy);
        if (late === null)
            continue;
        if (blocksLoad(req, elf, late.users, late.versionExists) && !missing.includes(req.version))
            missing.push(req.version);
    }
    return { loads: missing.length === 0, missing: missing.sort(versionOrder) };
}
const NONE = new Map();
/** Versions a bundled library's verdef lacks although the file needs them from it. */
function bundledMisses(elf, bundled) {
    return elf.requirements.filter(req => {
        const lib = bundled.get(req.library);
        return lib !== undefined && !lib.definitions.some(d => !d.base && d.version === req.version);
    });
}
function auditElf(elf, ctx, bundled = NONE) {
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
    if (elf.separateDebug)
        return skip(base, 'separate debug information (objcopy --only-keep-debug): its dynamic tables are NOBITS, no loader loads it', 'separate-debug');
    if (libc === 'musl')
        return skip(base, `musl binary (${elf.interpreter ?? 'musl libc'}): no glibc floor applies`, 'musl');
    if (elf.type === 'rel' || elf.type === 'core')
        return skip(base, `${elf.type === 'rel' ? 'relocatable object' : 'core dump'}: nothing is loaded`, elf.type === 'rel' ? 'relocatable' : 'core');
    const violations = [];
    const privateAbi = [];
    let symbolExact = false;
    for (const req of elf.requirements) {
        const users = usersOf(elf, req);
        const table = policy.symbols?.covers(req.library, req.version, policy.ceilings) ? policy.symbols : null;
        if (table)
            symbolExact = true;
        if (isPrivateVersion(req.version)) {
            for (const s of users.length > 0 ? users : [null])
                privateAbi.push({
                    symbol: s ? s.name : null,
                    library: req.library,
                    version: req.version,
                    onFloor: table && s ? table.defines(req.library, req.version, s.name, elf.needed) : null
                });
            continue;
        }
        if (bundled.has(req.library))
            continue;
        const late = lateOf(elf, req, policy);
        if (late === null)
            continue;
        const rows = late.users.length > 0 ? late.users : [null];
        for (const s of rows) {
            const symbol = s ? s.name : null;
            violations.push({
                symbol,
                version: req.version,
                library: req.library,
                weakBinding: s ? s.weakBinding : false,
                // A pinned symbol's __wrap_ calls the old version through .symver, which the compat source (like
                // glibc_2_17_pins.h) only has for x86_64 and aarch64; elsewhere it forwards to the new version.
                wrapped: symbol !== null &&
                    ctx.wrapped.has(symbol) &&
                    (!ctx.pinned.has(symbol) || PINS_ARCHES.has(policy.arch)),
                pinned: symbol !== null && PINS_ARCHES.has(policy.arch) && ctx.pinned.get(symbol) === req.version,
                remedy: ctx.knowledge.remedy(symbol, req.version, elf.machine),
                missing: late.versionExists ? 'symbol' : 'version'
            });
        }
    }
    const misses = bundledMisses(elf, bundled);
    for (const req of misses) {
        const users = usersOf(elf, req);
        for (const s of users.length > 0 ? users : [null])
            violations.push({
                symbol: s ? s.name : null,
                version: req.version,
                library: req.library,
                weakBinding: s ? s.weakBinding : false,
                wrapped: false,
                pinned: false,
                remedy: {
                    kind: 'rebuild',
                    note: `the bundled ${req.library} does not define ${req.version}: bundle the build of it this file was linked against`,
                    scope: 'namespace'
                },
                missing: 'version',
                bundled: ctx.display(bundled.get(req.library).path)
            });
    }
    violations.sort((a, b) => versionOrder(b.version, a.version) || byCodeUnit(a.symbol ?? '', b.symbol ?? ''));
    const own = loadsUnder(elf, policy, bundled);
    // A version the bundled copy lacks stops the loader as surely as one the floor lacks (VER_FLG_WEAK aside).
    const bundleMissing = misses.filter(r => !r.weak).map(r => `${r.version} (bundled ${r.library})`);
    const load = {
        loads: own.loads && bundleMissing.length === 0,
        missing: [...own.missing, ...bundleMissing]
    };
    const distroMissing = {};
    const unsupported = [];
    // Distros that share a glibc share a policy object: one answer per policy.
    const missingUnder = new Map();
    for (const d of ctx.knowledge.distros) {
        if (d.arches.length > 0 && !d.arches.includes(policy.arch))
            unsupported.push(d.id);
        const p = ctx.knowledge.distroPolicy(d, elf.machine);
        let missing = missingUnder.get(p);
        if (!missing)
            missingUnder.set(p, (missing = loadsUnder(elf, p, bundled).missing));
        distroMissing[d.id] = missing;
    }
    const distros = ctx.knowledge.distros
        .filter(d => distroMissing[d.id].length === 0 && !unsupported.includes(d.id))
        .map(d => d.id);
    const floorNote = policy.unreachable;
    let reason;
    if (libc === 'none')
        reason = elf.isStatic
            ? 'statically linked: no version requirements for the loader to check'
            : 'needs no shared library: no version requirements for the loader to check';
    else if (violations.length === 0)
        reason = `loads on glibc ${policy.glibc}`;
    else if (load.loads)
        reason = `${violations.length} late symbol(s) it can start without (weak version needs, weak or lazily bound symbols): calls to them fail on glibc ${policy.glibc}`;
    else
        reason = `needs ${load.missing.join(', ')}: glibc ${policy.glibc} refuses to load it`;
    if (privateAbi.length > 0) {
        const names = new Set(privateAbi.map(p => p.symbol).filter(Boolean)).size;
        reason += `; uses glibc's private ABI (GLIBC_PRIVATE, ${names} symbol(s)): ties it to one glibc build`;
    }
    if (floorNote)
        reason += ` (${floorNote})`;
    return {
        report: {
            ...base,
            reason,
            violations,
            privateAbi,
            symbolExact,
            loadsOnFloor: load.loads,
            distros
        },
        floorMissing: load.missing,
        distroMissing,
        unsupported,
        arch: policy.arch
    };
}
function skip(base, reason, skipKind) {
    return {
        report: { ...base, status: 'skipped', reason, skipKind, loadsOnFloor: undefined, distros: undefined },
        distroMissing: {}
    };
}
/** Reads one path: the ELF, or the row that says why there is none (non-ELF: skipped; ELF problems: error). */
function readPath(path, ctx) {
    try {
        return readElf(path);
    }
    catch (e) {
        if (!(e instanceof ElfError))
            throw e;
        const report = e.code === 'not-elf'
            ? { path: ctx.display(path), status: 'skipped', reason: 'not an ELF file', skipKind: 'not-elf' }
            : { path: ctx.display(path), status: 'error', reason: e.message };
        return { report, distroMissing: {} };
    }
}
/** Audits one path on its own (no tree around it). */
function auditPath(path, ctx) {
    const r = readPath(path, ctx);
    return 'report' in r ? r : auditElf(r, ctx);
}

;// CONCATENATED MODULE: ./src/audit/bundle.ts
// Bundled libraries: each file's DT_NEEDED resolved the way the loader would inside a release tree, and a
// binary's verdict together with the libraries it brings along.


/** The audited tree: ELF files by real path, and every file or link name in it (to skip hopeless lookups). */
class Tree {
    byReal = new Map();
    names = new Set();
    constructor(elfs, links) {
        for (const e of elfs) {
            this.byReal.set(realPath(e.path) ?? e.path, e);
            this.names.add((0,external_node_path_namespaceObject.basename)(e.path));
        }
        for (const l of links)
            this.names.add((0,external_node_path_namespaceObject.basename)(l));
    }
    /** The tree's ELF file at `path` (following links), when the loader could use it for `from`. */
    find(path, from) {
        if (!this.names.has((0,external_node_path_namespaceObject.basename)(path)))
            return null;
        const real = realPath(path);
        const elf = real === null ? undefined : this.byReal.get(real);
        // The loader passes over a library of another machine or class and keeps searching.
        return elf && elf.machineCode === from.machineCode && elf.class === from.class ? elf : null;
    }
}
function realPath(p) {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(p);
    }
    catch {
        return null;
    }
}
const ORIGIN = /\$\{ORIGIN\}|\$ORIGIN\b/g;
/**
 * Directories of a DT_RUNPATH/DT_RPATH list, with $ORIGIN expanded. Entries the tree cannot answer for
 * are dropped: absolute paths of the install location, paths relative to the process's working directory,
 * and $LIB/$PLATFORM (they depend on the running system).
 */
function searchDirs(list, origin) {
    if (!list)
        return [];
    const out = [];
    for (const raw of list.split(':')) {
        if (!/\$(\{ORIGIN\}|ORIGIN\b)/.test(raw) || /\$(\{?)(LIB|PLATFORM)\b/.test(raw))
            continue;
        const dir = raw.replace(ORIGIN, origin);
        if ((0,external_node_path_namespaceObject.isAbsolute)(dir))
            out.push((0,external_node_path_namespaceObject.resolve)(dir));
    }
    return out;
}
/**
 * Resolves a file's DT_NEEDED entries: DT_RUNPATH (or, without it, DT_RPATH) with $ORIGIN inside the tree;
 * then, for libraries the base system lacks, the file's own directory, which the loader only searches when
 * told to (LD_LIBRARY_PATH, a wrapper script) but is where release trees put them; then the floor's base
 * system; else missing.
 */
function resolveNeeded(elf, tree, base) {
    const origin = (0,external_node_path_namespaceObject.dirname)(elf.path);
    const via = elf.runpath !== null ? 'runpath' : 'rpath';
    const dirs = searchDirs(elf.runpath ?? elf.rpath, origin);
    return elf.needed.map((needed) => {
        if (needed.includes('/')) {
            // A DT_NEEDED with a slash is a path, no search; the loader expands $ORIGIN in it too.
            const path = needed.replace(ORIGIN, origin);
            const target = (0,external_node_path_namespaceObject.isAbsolute)(path) ? tree.find((0,external_node_path_namespaceObject.resolve)(path), elf) : null;
            if (target)
                return { needed, resolution: 'bundled', target, via: 'path' };
        }
        else {
            for (const d of dirs) {
                const target = tree.find((0,external_node_path_namespaceObject.join)(d, needed), elf);
                if (target)
                    return { needed, resolution: 'bundled', target, via };
            }
            // Only for what the system lacks: a copy of libc.so.6 lying beside a file does not replace the system's.
            const onBase = base === null || base.has(needed);
            const target = onBase ? null : tree.find((0,external_node_path_namespaceObject.join)(origin, needed), elf);
            if (target)
                return { needed, resolution: 'bundled', target, via: 'directory' };
        }
        if (base === null || base.has((0,external_node_path_namespaceObject.basename)(needed)))
            return { needed, resolution: 'base' };
        return { needed, resolution: 'missing' };
    });
}
/**
 * A file's verdict with every bundled library it loads, breadth-first as the loader maps them. `verdictOf`
 * gives each file's own missing versions (empty when it loads).
 */
function bundleVerdict(root, depsOf, missingOf, display) {
    const seen = new Set([root]);
    const order = [];
    const queue = [root];
    while (queue.length > 0) {
        const e = queue.shift();
        for (const d of depsOf(e))
            if (d.target && !seen.has(d.target)) {
                seen.add(d.target);
                order.push(d.target);
                queue.push(d.target);
            }
    }
    if (order.length === 0)
        return undefined;
    const blockers = [root, ...order]
        .map(e => ({ path: display(e.path), missing: missingOf(e) }))
        .filter(b => b.missing.length > 0);
    return { loadsOnFloor: blockers.length === 0, libraries: order.map(e => display(e.path)), blockers };
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
const errno = (e) => e.code ?? String(e);
/** 'elf' or 'other' by the first four bytes; the error code when the file cannot be read at all. */
function elfMagic(path) {
    let fd;
    try {
        // O_NONBLOCK: a FIFO must not wait for a writer; for regular files it changes nothing.
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (e) {
        return { error: errno(e) };
    }
    try {
        const b = Buffer.alloc(4);
        return (0,external_node_fs_namespaceObject.readSync)(fd, b, 0, 4, 0) === 4 && hasElfMagic(b) ? 'elf' : 'other';
    }
    catch (e) {
        return { error: errno(e) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function isElfFile(path) {
    return elfMagic(path) === 'elf';
}
function walk(dir, out, visit) {
    const stack = [dir];
    while (stack.length > 0) {
        const d = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(d, { withFileTypes: true });
        }
        catch (e) {
            out.unreadable.push({ path: d, reason: `cannot list directory: ${errno(e)}` });
            continue;
        }
        // Ascending, as people read listings: files first, then subdirectories (pushed in reverse, popped in order).
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const dirs = [];
        for (const e of entries) {
            const p = (0,external_node_path_namespaceObject.join)(d, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    dirs.push(p);
            }
            else if (e.isSymbolicLink()) {
                out.symlinks++;
                out.links.push(p);
            }
            else if (e.isFile())
                visit(p);
        }
        stack.push(...dirs.reverse());
    }
}
/**
 * Expands files, directories and globs into the files to audit, in a stable order. A path that does not
 * exist, or a glob that matches nothing, is an error: silently auditing nothing would pass a broken build.
 * A path that exists is taken literally even if it contains glob characters (`app[1]`).
 */
function discoverFiles(patterns, cwd = process.cwd()) {
    const out = { files: [], unreadable: [], nonElf: 0, symlinks: 0, links: [] };
    const seen = new Set();
    const add = (p) => {
        if (!seen.has(p)) {
            seen.add(p);
            out.files.push(p);
        }
    };
    const addIfElf = (p) => {
        const m = elfMagic(p);
        if (m === 'elf')
            add(p);
        else if (m === 'other')
            out.nonElf++;
        else
            out.unreadable.push({ path: p, reason: `cannot read: ${m.error}` });
    };
    for (const raw of patterns.map(p => p.trim()).filter(Boolean)) {
        const abs = (0,external_node_path_namespaceObject.resolve)(cwd, raw);
        let st;
        try {
            st = (0,external_node_fs_namespaceObject.statSync)(abs);
        }
        catch (e) {
            const code = errno(e);
            if (code === 'ENOENT' && isGlob(raw)) {
                expandGlob((0,external_node_path_namespaceObject.isAbsolute)(raw) ? raw : (0,external_node_path_namespaceObject.join)(cwd, raw), raw, out, addIfElf);
                continue;
            }
            if (code === 'ENOENT' && (0,external_node_fs_namespaceObject.lstatSync)(abs, { throwIfNoEntry: false })?.isSymbolicLink())
                throw new AuditError('missing-path', `dangling symbolic link: ${raw}`);
            throw new AuditError('missing-path', code === 'ENOENT' ? `no such file or directory: ${raw}` : `cannot access ${raw}: ${code}`);
        }
        if (st.isDirectory())
            walk(abs, out, addIfElf);
        else
            add(abs);
    }
    return out;
}
function expandGlob(pattern, raw, out, addIfElf) {
    const re = globToRegExp(pattern);
    const before = out.files.length + out.nonElf + out.unreadable.length;
    walk(globBase(pattern), out, f => {
        if (re.test(f))
            addIfElf(f);
    });
    if (out.files.length + out.nonElf + out.unreadable.length === before)
        throw new AuditError('missing-path', `pattern ${raw} matches no file`);
}
/** A path as reports show it: relative to the working directory when inside it. */
function displayPath(path, cwd = process.cwd()) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel) ? rel : path;
}

;// CONCATENATED MODULE: ./src/audit/index.ts













/** The package version, so reports say which knowledge and logic produced them. */
const TOOL_VERSION = package_namespaceObject.rE;
/** "2.17" → "2.17"; anything that is not a released glibc 2.x version is a clear error. */
function parseFloor(floor, knowledge = defaultKnowledge()) {
    const f = floor.trim();
    if (/^2\.\d{1,2}\.\d+$/.test(f))
        throw new AuditError('bad-floor', `floor "${floor}" has a patch level: glibc versions symbols by 2.N only; use ${f.split('.').slice(0, 2).join('.')}`);
    if (!/^2\.\d{1,2}$/.test(f))
        throw new AuditError('bad-floor', `floor "${floor}" is not a glibc version such as 2.17 or 2.28`);
    // The distro table holds the newest glibc this version of the tool knows; a floor above it is a typo.
    const newest = knowledge.distros.map(d => d.glibc).sort(compareDotted)[knowledge.distros.length - 1];
    if (newest && compareDotted(f, newest) > 0)
        throw new AuditError('bad-floor', `floor "${floor}": no such glibc release (the newest known is ${newest})`);
    return f;
}
/** The namespaces a ceiling can be set for; written in any case (glibcxx=3.4.21 works). */
const OVERRIDABLE = ['GLIBC', 'GLIBCXX', 'CXXABI', 'GCC'];
function parseOverrides(spec) {
    const out = {};
    for (const part of spec.split(/[,\s]+/).filter(Boolean)) {
        const m = /^([A-Za-z][A-Za-z0-9_]*)=(\d+(?:\.\d+)*)$/.exec(part);
        if (!m)
            throw new AuditError('bad-override', `override "${part}" is not NAMESPACE=VERSION, e.g. GLIBCXX=3.4.21`);
        const ns = m[1].toUpperCase();
        if (!OVERRIDABLE.includes(ns))
            throw new AuditError('bad-override', `override "${part}": ${m[1]} is not a version namespace the audit checks (${OVERRIDABLE.join(', ')})`);
        out[ns] = m[2];
    }
    return out;
}
function summarize(audits, knowledge, found) {
    const files = audits.map(a => a.report);
    const audited = files.filter(f => f.status === 'audited');
    const violations = audited.flatMap(f => f.violations ?? []);
    const distros = knowledge.distros.map(d => {
        const missing = new Set();
        const unsupportedArches = new Set();
        for (const a of audits) {
            for (const m of a.distroMissing[d.id] ?? [])
                missing.add(m);
            if (a.unsupported?.includes(d.id) && a.arch)
                unsupportedArches.add(a.arch);
        }
        return {
            id: d.id,
            name: d.name,
            glibc: d.glibc,
            loads: missing.size === 0 && unsupportedArches.size === 0,
            missing: [...missing].sort(versionOrder),
            unsupportedArches: [...unsupportedArches].sort()
        };
    });
    return {
        audited: audited.length,
        skipped: files.filter(f => f.status === 'skipped').length,
        separateDebug: files.filter(f => f.skipKind === 'separate-debug').length,
        privateAbi: audited.filter(f => (f.privateAbi ?? []).length > 0).length,
        missingLibraries: [...new Set(audited.flatMap(f => f.missingLibraries ?? []))].sort(),
        bundleFailures: audited.filter(f => f.loadsOnFloor && f.bundle && !f.bundle.loadsOnFloor).length,
        errors: files.filter(f => f.status === 'error').length,
        violations: violations.length,
        unwrapped: violations.filter(v => !v.wrapped).length,
        loadsOnFloor: audited.every(f => f.loadsOnFloor),
        maxVersions: maxVersions(audited.flatMap(f => Object.entries(f.maxVersions ?? {}).map(([ns, v]) => `${ns}_${v}`))),
        distros,
        passedOver: { nonElf: found.nonElf, symlinks: found.symlinks }
    };
}
/** Audits files, directories and globs against a glibc floor. The engine of the CLI and the action. */
function auditPaths(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const knowledge = options.knowledge ?? defaultKnowledge();
    const floor = parseFloor(options.floor, knowledge);
    const coverage = options.compatHeader
        ? readCompatCoverage(options.compatHeader)
        : { wrapped: new Set(), pinned: new Map() };
    const policies = new Map();
    const shown = new Map();
    const ctx = {
        knowledge,
        wrapped: coverage.wrapped,
        pinned: coverage.pinned,
        // Every row, dependency and note names its file: path.relative once per path.
        display: p => {
            let d = shown.get(p);
            if (d === undefined)
                shown.set(p, (d = displayPath(p, cwd)));
            return d;
        },
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
    const read = found.files.map(p => readPath(p, ctx));
    const elfs = read.filter((r) => !('report' in r));
    const tree = new Tree(elfs, found.links);
    const deps = new Map();
    const depsOf = (e) => {
        let d = deps.get(e);
        if (!d) {
            d = resolveNeeded(e, tree, knowledge.baseLibraries(floor)?.libraries ?? null);
            deps.set(e, d);
        }
        return d;
    };
    const byElf = new Map();
    const audits = read.map(r => {
        if ('report' in r)
            return r;
        const resolved = depsOf(r);
        const bundled = new Map(resolved.flatMap(d => (d.target ? [[d.needed, d.target]] : [])));
        const a = auditElf(r, ctx, bundled);
        if (a.report.status === 'audited') {
            a.report.dependencies = resolved.map(({ target, ...d }) => target ? { ...d, path: ctx.display(target.path) } : d);
            a.report.missingLibraries = resolved.filter(d => d.resolution === 'missing').map(d => d.needed);
            if (a.report.missingLibraries.length > 0) {
                const base = knowledge.baseLibraries(floor);
                a.report.reason += `; needs ${a.report.missingLibraries.join(', ')}: not on the floor's base system${base ? ` (${base.policy})` : ''} and not in this tree`;
            }
        }
        byElf.set(r, a);
        return a;
    });
    for (const [elf, a] of byElf) {
        if (a.report.status !== 'audited')
            continue;
        const verdict = bundleVerdict(elf, e => (byElf.get(e)?.report.status === 'audited' ? depsOf(e) : []), e => byElf.get(e)?.floorMissing ?? [], ctx.display);
        if (verdict)
            a.report.bundle = verdict;
    }
    for (const u of found.unreadable)
        audits.push({
            report: { path: ctx.display(u.path), status: 'error', reason: u.reason },
            distroMissing: {}
        });
    const files = audits.map(a => a.report);
    const primary = ctx.policyFor(files.find(f => f.machine)?.machine ?? 'x86_64');
    return {
        tool: { name: 'glibc-floor', version: TOOL_VERSION },
        floor: { glibc: floor, ceilings: primary.ceilings },
        files,
        summary: summarize(audits, knowledge, found)
    };
}


;// CONCATENATED MODULE: ./src/report/counts.ts

/** Undefined dynamic symbols per version over every audited file, oldest version first. */
function totalCounts(report) {
    const total = new Map();
    for (const f of report.files)
        for (const [v, n] of Object.entries(f.versionCounts ?? {}))
            total.set(v, (total.get(v) ?? 0) + n);
    return [...total].sort(([a], [b]) => versionOrder(a, b));
}
/** "GLIBC ≤ 2.17, GLIBCXX ≤ 3.4.19, ..." */
function ceilingsText(ceilings) {
    return Object.entries(ceilings)
        .map(([ns, v]) => `${ns} ≤ ${v}`)
        .join(', ');
}
/** "1 file", "3 files": every report format counts things the same way. */
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

;// CONCATENATED MODULE: ./node_modules/gecko-profiler-demangle/index_bg.js
let wasm;
function __wbg_set_wasm(val) {
    wasm = val;
}


let WASM_VECTOR_LEN = 0;

let cachedUint8ArrayMemory0 = null;

function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

const lTextEncoder = typeof TextEncoder === 'undefined' ? (0, module.require)('util').TextEncoder : TextEncoder;

let cachedTextEncoder = new lTextEncoder('utf-8');

const encodeString = (typeof cachedTextEncoder.encodeInto === 'function'
    ? function (arg, view) {
    return cachedTextEncoder.encodeInto(arg, view);
}
    : function (arg, view) {
    const buf = cachedTextEncoder.encode(arg);
    view.set(buf);
    return {
        read: arg.length,
        written: buf.length
    };
});

function passStringToWasm0(arg, malloc, realloc) {

    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }

    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = encodeString(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

const lTextDecoder = typeof TextDecoder === 'undefined' ? (0, module.require)('util').TextDecoder : TextDecoder;

let cachedTextDecoder = new lTextDecoder('utf-8', { ignoreBOM: true, fatal: true });

cachedTextDecoder.decode();

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
/**
 * Takes an input string and runs it through a sequence of demanglers. Returns
 * the demangled string if a match was found, or the original string if not.
 * @param {string} name
 * @returns {string}
 */
function demangle_any(name) {
    let deferred2_0;
    let deferred2_1;
    try {
        const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.demangle_any(ptr0, len0);
        deferred2_0 = ret[0];
        deferred2_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
}

function __wbindgen_init_externref_table() {
    const table = wasm.__wbindgen_export_0;
    const offset = table.grow(4);
    table.set(0, undefined);
    table.set(offset + 0, undefined);
    table.set(offset + 1, null);
    table.set(offset + 2, true);
    table.set(offset + 3, false);
    ;
};


;// CONCATENATED MODULE: ./src/report/demangle.ts
// C++ names for people: the Itanium names in .dynsym (`_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE...`)
// are demangled with the Rust cpp_demangle crate built to WASM (npm gecko-profiler-demangle, used by the Firefox
// profiler). It is pure WASM, so it works on a runner without binutils; ncc copies the .wasm into dist/.
// Instantiated synchronously on first use: reports that hold no `_Z` name never pay its ~9 ms start-up, and
// the late names of libstdc++ (what reports mostly show) are looked up in data/demangled/libstdc++.tsv first,
// which scripts/gen-demangled.mjs fills with this same demangler's output.




const { WebAssembly } = globalThis;
let demangler;
function load() {
    try {
        // A literal URL so ncc sees the asset and copies it beside the bundle; from src/ it is node_modules'.
        const wasm = (0,external_node_fs_namespaceObject.readFileSync)(__nccwpck_require__.ab + "index_bg.wasm");
        const module = new WebAssembly.Module(wasm);
        const instance = new WebAssembly.Instance(module, { './index_bg.js': index_bg_namespaceObject });
        __wbg_set_wasm(instance.exports);
        instance.exports.__wbindgen_start();
        return demangle_any;
    }
    catch {
        // A report without demangled names is still right; it must never fail because of them.
        return null;
    }
}
const demangle_cache = new Map();
/** Rows "mangled\tdemangled" sorted by code unit; null when the table is missing or unreadable. */
let demangle_table;
function readTable() {
    try {
        const path = data_repoFile((0,external_node_path_namespaceObject.join)('data', 'demangled', 'libstdc++.tsv'));
        if (!path)
            return null;
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8')
            .split('\n')
            .filter(row => row !== '' && !row.startsWith('#'));
    }
    catch {
        return null;
    }
}
/** Binary search of the table: ~11 row comparisons, no map of 2,000 names built for the few a report has. */
function fromTable(name) {
    if (demangle_table === undefined)
        demangle_table = readTable();
    if (demangle_table === null)
        return undefined;
    let lo = 0;
    let hi = demangle_table.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const row = demangle_table[mid];
        const tab = row.indexOf('\t');
        const key = row.slice(0, tab);
        if (key === name)
            return row.slice(tab + 1);
        if (key < name)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return undefined;
}
/** The demangled C++ name, or the name itself when it is not a mangled C++ name (or cannot be demangled). */
function demangle(name) {
    if (!name.startsWith('_Z'))
        return name;
    let out = demangle_cache.get(name) ?? fromTable(name);
    if (out !== undefined)
        return out;
    out = demangleWasm(name);
    demangle_cache.set(name, out);
    return out;
}
/** cpp_demangle itself, without the table (which it generates and which tests hold against it). */
function demangleWasm(name) {
    if (demangler === undefined)
        demangler = load();
    try {
        const out = demangler ? demangler(name) : name;
        // demangle_any falls through to other schemes that strip the underscore of a name it cannot read.
        return out === name.slice(1) ? name : out;
    }
    catch {
        return name;
    }
}
/** Did this process manage to load the demangler? (Tests check that dist/ carries it.) */
function demanglerLoaded() {
    if (demangler === undefined)
        demangler = load();
    return demangler !== null;
}

;// CONCATENATED MODULE: ./src/report/findings.ts




/** The kit's .symver pins header only has directives for these architectures (compat/glibc_2_17_pins.h). */
const PINS_HEADER_ARCHES = PINS_ARCHES;
const FIX_LABELS = {
    'compat-wrap': 'compat wrap',
    'pins-header': 'pins header',
    symver: '.symver pin',
    'static-runtime': 'static libstdc++',
    rebuild: 'rebuild on floor image',
    bundle: 'bundle the library',
    none: 'none'
};
/** What fixes one late reference in this kit, on the architecture of its file. */
function fixFor(v, arch) {
    const fix = (kind, covered = false) => ({ kind, label: FIX_LABELS[kind], covered });
    if (v.wrapped)
        return fix('compat-wrap', true);
    if (v.pinned && arch !== null && PINS_HEADER_ARCHES.has(arch))
        return fix('pins-header', true);
    switch (v.remedy.kind) {
        case 'link-static':
            return fix('static-runtime');
        case 'symver':
            return fix(v.remedy.pinTo ? 'symver' : 'rebuild');
        case 'none':
            return fix(v.remedy.scope === 'namespace' ? 'bundle' : 'none');
        default:
            return fix('rebuild');
    }
}
function symbolNote(r) {
    return { note: r.note, ...(r.kind === 'symver' && r.pinTo ? { pinTo: r.pinTo } : {}) };
}
// ---- names -------------------------------------------------------------------------------------------------
const findings_SPECIAL = /^(?:typeinfo name for |typeinfo for |vtable for |VTT for |construction vtable for )(.+)$/;
/** "std::__cxx11::basic_string<char, ...>::append(char const*)" → class "std::__cxx11::basic_string". */
function classOf(demangled) {
    // Type information and vtables belong to their class; cpp_demangle writes some as {vtable(X)}, {vtt(X)}.
    const special = findings_SPECIAL.exec(demangled)?.[1] ?? /^\{[a-z -]+\((.+)\)\}$/.exec(demangled)?.[1];
    if (special)
        return stripTemplateArgs(special);
    let depth = 0;
    let cut = -1;
    let end = demangled.length;
    for (let i = 0; i < demangled.length; i++) {
        const c = demangled[i];
        if (c === '<' || c === '(') {
            if (depth === 0 && c === '(') {
                end = i;
                break;
            }
            depth++;
        }
        else if (c === '>' || c === ')')
            depth--;
        else if (depth === 0 && c === ':' && demangled[i + 1] === ':')
            cut = i;
    }
    if (cut < 0 || cut > end)
        return null;
    // Template arguments make classes unreadable and split one class into many: keep the template's name.
    return stripTemplateArgs(demangled.slice(0, cut));
}
function stripTemplateArgs(s) {
    let out = '';
    let depth = 0;
    for (const c of s) {
        if (c === '<')
            depth++;
        else if (c === '>')
            depth--;
        else if (depth === 0)
            out += c;
    }
    return out;
}
/** Without the parameter list, for labels: "fcntl64", "std::__cxx11::basic_string::append". */
function shortName(demangled) {
    const cls = classOf(demangled);
    const open = demangled.indexOf('(');
    const head = open > 0 ? demangled.slice(0, open) : demangled;
    return cls ? stripTemplateArgs(head) : head;
}
/** The cause's one-line name: a few C names, or the C++ class with the most members and how many more. */
function causeLabel(symbols) {
    const named = symbols.filter(s => s.symbol !== null);
    if (named.length === 0)
        return { names: [], rest: '(no symbol uses it: a version need of the file)' };
    const classes = new Map();
    const plain = [];
    for (const s of named) {
        const cls = s.symbol.startsWith('_Z') ? classOf(s.demangled) : null;
        if (cls)
            classes.set(cls, (classes.get(cls) ?? 0) + 1);
        else
            plain.push(shortName(s.demangled));
    }
    if (classes.size === 0)
        return { names: plain.slice(0, 3), rest: plain.length > 3 ? ` and ${plain.length - 3} more` : '' };
    if (named.length === 1)
        return { names: [shortName(named[0].demangled)], rest: '' };
    const [top] = [...classes].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0];
    if (classes.size === 1 && plain.length === 0)
        return { names: [top], rest: `: ${plural(named.length, 'member')}` };
    const parts = [
        plural(classes.size, 'class', 'classes'),
        ...(plain.length ? [plural(plain.length, 'function')] : [])
    ];
    return { names: [top], rest: ` and ${named.length - 1} more (${parts.join(', ')})` };
}
// ---- distros -----------------------------------------------------------------------------------------------
/** "Ubuntu 18.04 LTS (bionic)" → "Ubuntu 18.04"; "Amazon Linux AMI 2018.03 (Amazon Linux 1)" → "Amazon Linux 1". */
function shortDistro(name) {
    const paren = /\(([^)]*)\)/.exec(name)?.[1];
    if (paren && /^[A-Z].* \d/.test(paren))
        return paren;
    return name
        .replace(/\s*\([^)]*\)/g, '')
        .split(' / ')[0]
        .replace(' LTS', '')
        .replace('SUSE Linux Enterprise Server', 'SLES')
        .trim();
}
/** Family and version: "Amazon Linux 2" → ["Amazon Linux", "2"]; "RHEL/CentOS 7" → ["RHEL", "7"]. */
function familyOf(short) {
    const m = /^(.*?)\s+(\d.*)$/.exec(short);
    if (!m)
        return [short, ''];
    return [m[1].split('/')[0], m[2]];
}
/** "RHEL/CentOS 7, 8", "Amazon Linux 1, 2", "SLES 12": one entry per family, its releases in matrix order. */
function failList(distros) {
    const byFamily = new Map();
    for (const d of distros) {
        const short = shortDistro(d.name);
        const [fam, ver] = familyOf(short);
        const cur = byFamily.get(fam);
        byFamily.set(fam, cur && ver ? `${cur}, ${ver}` : (cur ?? short));
    }
    return [...byFamily.values()];
}
/** Per family, the oldest release that loads, with "+" when every newer one of the family loads too. */
function loadList(all) {
    const out = [];
    const seen = new Set();
    for (const d of all) {
        if (!d.loads)
            continue;
        const short = shortDistro(d.name);
        const [fam] = familyOf(short);
        if (seen.has(fam))
            continue;
        seen.add(fam);
        const newer = all.slice(all.indexOf(d) + 1).filter(x => familyOf(shortDistro(x.name))[0] === fam);
        out.push(newer.length > 0 && newer.every(x => x.loads) ? `${short}+` : short);
    }
    return out;
}
// ---- the model ---------------------------------------------------------------------------------------------
function fileKind(f) {
    if (f.status === 'error')
        return 'error';
    if (f.libc === 'musl')
        return 'musl';
    if (f.status === 'skipped')
        return 'skipped';
    if (f.libc === 'none')
        return f.reason.startsWith('statically') ? 'static' : 'no-libc';
    return 'audited';
}
/** "needs GLIBC_2.28, GLIBCXX_3.4.21" from the file's late requirements (highest per namespace). */
function fileNeeds(f) {
    const best = new Map();
    for (const v of f.violations ?? []) {
        const ns = parseVersionName(v.version).namespace;
        const cur = best.get(ns);
        if (!cur || versionOrder(v.version, cur) > 0)
            best.set(ns, v.version);
    }
    const list = [...best].sort(([a], [b]) => namespaceRank(a) - namespaceRank(b)).map(([, v]) => v);
    const loads = f.loadsOnFloor ? 'loads, but calls needing ' : 'needs ';
    return list.length === 0 ? f.reason : `${loads}${list.join(', ')}${f.loadsOnFloor ? ' fail' : ''}`;
}
function fileFinding(f) {
    const kind = fileKind(f);
    const note = kind === 'musl'
        ? 'musl: not a glibc binary'
        : kind === 'static'
            ? 'static: no shared glibc to require'
            : kind === 'no-libc'
                ? 'needs no shared library'
                : kind === 'error'
                    ? `unreadable: ${f.reason}`
                    : kind === 'skipped'
                        ? f.reason
                        : fileNeeds(f);
    return {
        path: f.path,
        kind,
        arch: f.machine ?? null,
        loads: kind === 'audited' ? (f.loadsOnFloor ?? null) : null,
        maxGlibc: f.maxVersions?.GLIBC ?? null,
        late: f.violations?.length ?? 0,
        note
    };
}
function buildCauses(report) {
    const byKey = new Map();
    for (const f of report.files) {
        if (f.status !== 'audited')
            continue;
        const arch = f.machine ?? null;
        for (const v of f.violations ?? []) {
            const fix = fixFor(v, arch);
            // Rows merge across files only when the fix is the same: a .symver target differs per architecture.
            const key = `${v.version}\0${fix.kind}\0${fix.kind === 'symver' ? arch : ''}`;
            let c = byKey.get(key);
            if (!c) {
                c = {
                    kind: 'late-version',
                    version: v.version,
                    namespace: parseVersionName(v.version).namespace,
                    libraries: [],
                    fix,
                    label: '',
                    names: [],
                    symbols: [],
                    files: [],
                    arches: [],
                    blocking: false,
                    symbolIndex: new Map()
                };
                byKey.set(key, c);
            }
            const sk = v.symbol ?? '';
            let s = c.symbolIndex.get(sk);
            if (!s) {
                s = {
                    symbol: v.symbol,
                    demangled: v.symbol === null ? '' : demangle(v.symbol),
                    files: [],
                    ...symbolNote(v.remedy)
                };
                c.symbolIndex.set(sk, s);
                c.symbols.push(s);
            }
            if (!s.files.includes(f.path))
                s.files.push(f.path);
            if (!c.files.includes(f.path))
                c.files.push(f.path);
            if (arch && !c.arches.includes(arch))
                c.arches.push(arch);
            if (!c.libraries.includes(v.library))
                c.libraries.push(v.library);
            if (f.loadsOnFloor === false)
                c.blocking = true;
        }
    }
    const causes = [...byKey.values()].map(({ symbolIndex: _unused, ...c }) => {
        c.symbols.sort((a, b) => byCodeUnit(a.demangled, b.demangled));
        c.files.sort(byCodeUnit);
        c.arches.sort(byCodeUnit);
        c.libraries.sort(byCodeUnit);
        const { names, rest } = causeLabel(c.symbols);
        return { ...c, names, label: names.join(', ') + rest };
    });
    // Blocking first, glibc before the C++ runtime, newest version first (the one that sets the floor).
    return causes.sort((a, b) => Number(b.blocking) - Number(a.blocking) ||
        namespaceRank(a.namespace) - namespaceRank(b.namespace) ||
        byCodeUnit(a.namespace, b.namespace) ||
        versionOrder(b.version, a.version) ||
        Number(a.fix.covered) - Number(b.fix.covered) ||
        byCodeUnit(a.label, b.label));
}
const NAMESPACE_ORDER = ['GLIBC', 'GLIBCXX', 'CXXABI', 'GCC'];
const namespaceRank = (ns) => {
    const i = NAMESPACE_ORDER.indexOf(ns);
    return i < 0 ? NAMESPACE_ORDER.length : i;
};
function highestLate(causes) {
    const out = {};
    for (const c of causes)
        if (!out[c.namespace] || versionOrder(c.version, out[c.namespace]) > 0)
            out[c.namespace] = c.version;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => namespaceRank(a) - namespaceRank(b) || byCodeUnit(a, b)));
}
function buildVerdict(report, causes, files) {
    const s = report.summary;
    const highest = highestLate(causes);
    // In distro terms a release fails where a version is missing; a distro without an edition for one of the
    // architectures (no s390x Amazon Linux) is not a failure of the binaries that do have an edition there.
    const byVersions = s.distros.map(d => ({ ...d, loads: d.missing.length === 0 }));
    const fails = failList(byVersions.filter(d => !d.loads));
    const loads = loadList(byVersions);
    const floor = `glibc ${report.floor.glibc}`;
    const needs = Object.values(highest).join(', ');
    let status;
    let headline;
    if (s.audited === 0) {
        status = 'none';
        const musl = files.filter(f => f.kind === 'musl').length;
        const statics = files.filter(f => f.kind === 'static').length;
        const why = [
            musl ? `${plural(musl, 'musl binary', 'musl binaries')} (musl: not a glibc binary)` : '',
            statics
                ? `${plural(statics, 'static binary', 'static binaries')} (static: no glibc version needs)`
                : '',
            s.errors ? `${plural(s.errors, 'unreadable file')}` : ''
        ].filter(Boolean);
        headline =
            files.length > 0 && musl + statics === files.length
                ? `Nothing for the ${floor} floor to check: ${why.join(', ')}.`
                : `No glibc ELF file audited against ${floor}${why.length ? `: ${why.join(', ')}` : ''}.`;
    }
    else if (s.violations === 0 && s.errors === 0) {
        status = 'pass';
        const statics = files.filter(f => f.kind === 'static').length;
        const highest = s.maxVersions.GLIBC
            ? ` · highest GLIBC required ${s.maxVersions.GLIBC}`
            : statics > 0
                ? ` · static: no glibc version needs`
                : '';
        headline = `Loads on ${floor}: ${loads.join(', ')}${highest}.`;
    }
    else if (s.violations === 0) {
        status = 'incomplete';
        headline = `${plural(s.audited, 'file')} ${s.audited === 1 ? 'loads' : 'load'} on ${floor}, but ${plural(s.errors, 'file')} could not be read.`;
    }
    else if (s.loadsOnFloor) {
        status = 'warn';
        headline = `Loads on ${floor}, but calls into ${needs} fail there (weak or lazily bound) · loads fully on ${loads.join(', ')}.`;
    }
    else {
        status = 'fail';
        headline = `Fails on ${fails.join(', ') || floor} · loads on ${loads.join(', ') || 'no listed distribution'}${needs ? ` — needs ${needs}` : ''}.`;
    }
    return { status, fails, loads, highest, headline };
}
/** Compiler macros of the architectures (names as the ELF reader reports them). */
const ARCH_MACROS = {
    x86_64: '__x86_64__',
    aarch64: '__aarch64__',
    ppc64le: '__powerpc64__',
    ppc64: '__powerpc64__',
    s390x: '__s390x__',
    arm: '__arm__',
    i386: '__i386__',
    riscv64: '__riscv'
};
const WRAP_LIBS = '-Wl,--push-state,--no-as-needed -l:libdl.so.2 -l:libpthread.so.0 -Wl,--pop-state';
function buildRecipe(causes, floor) {
    const steps = [];
    const names = (kind) => [
        ...new Set(causes
            .filter(c => c.fix.kind === kind)
            .flatMap(c => c.symbols.map(s => s.symbol))
            .filter((s) => s !== null))
    ];
    const wraps = names('compat-wrap').sort(byCodeUnit);
    if (wraps.length > 0)
        steps.push({
            kind: 'compat-wrap',
            title: `compat layer: wraps ${wraps.join(', ')}`,
            lines: [
                'SOURCES  += compat/glibc_2_17_compat.cc',
                `LDFLAGS  += ${wraps.map(s => `-Wl,--wrap=${s}`).join(' ')} ${WRAP_LIBS}`
            ]
        });
    const pins = names('pins-header').sort(byCodeUnit);
    if (pins.length > 0)
        steps.push({
            kind: 'pins-header',
            title: `pins header: binds ${pins.join(', ')} to their old versions (x86_64, aarch64)`,
            lines: [
                'CFLAGS   += -include compat/glibc_2_17_pins.h',
                'CXXFLAGS += -include compat/glibc_2_17_pins.h'
            ]
        });
    const symver = causes.filter(c => c.fix.kind === 'symver');
    if (symver.length > 0) {
        // A .symver target is per architecture: one header for a multi-arch build guards each set by its macro.
        const byArch = new Map();
        for (const c of symver)
            for (const s of c.symbols)
                if (s.pinTo) {
                    const list = byArch.get(c.arches[0]) ?? [];
                    const line = `__asm__(".symver ${s.symbol},${s.pinTo}");`;
                    if (!list.includes(line))
                        list.push(line);
                    byArch.set(c.arches[0], list);
                }
        const lines = byArch.size === 1
            ? [...byArch.values()][0]
            : [...byArch].flatMap(([arch, l], i) => [
                `#${i === 0 ? 'if' : 'elif'} defined(${ARCH_MACROS[arch] ?? `__${arch}__`})`,
                ...l
            ]);
        if (byArch.size > 1)
            lines.push('#endif');
        steps.push({
            kind: 'symver',
            title: 'your own .symver pins (the kit has none for these), in a header force-included into every file',
            lines
        });
    }
    const runtime = [...new Set(causes.filter(c => c.fix.kind === 'static-runtime').map(c => c.namespace))];
    if (runtime.length > 0)
        steps.push({
            kind: 'static-runtime',
            title: `${runtime.join(', ')} newer than the floor: link the C++ runtime statically, or build in the devtoolset image`,
            lines: ['LDFLAGS  += -static-libstdc++ -static-libgcc']
        });
    const rebuild = causes.filter(c => c.fix.kind === 'rebuild');
    if (rebuild.length > 0)
        steps.push({
            kind: 'rebuild',
            title: `no compat fix for ${[...new Set(rebuild.map(c => c.version))].join(', ')}: build on the glibc ${floor} image`,
            lines: [`# docker/Dockerfile.glibc-${floor}, or the kit's glibc-build reusable workflow`]
        });
    const bundle = causes.filter(c => c.fix.kind === 'bundle');
    if (bundle.length > 0)
        steps.push({
            kind: 'bundle',
            title: `not a glibc/GCC runtime (${[...new Set(bundle.flatMap(c => c.libraries))].join(', ')}): ship the library with the binary`,
            lines: []
        });
    const needsImage = steps.some(s => s.kind === 'rebuild' || s.kind === 'static-runtime');
    const workflow = needsImage
        ? [
            'jobs:',
            '  build:',
            '    uses: glibc-floor/glibc-floor-action/.github/workflows/glibc-build.yml@v1',
            '    with:',
            `      floors: '["${floor}"]'`,
            '      build-command: make -j"$(nproc)" && cp out/app "$OUT/bin/"'
        ].join('\n')
        : null;
    return { steps, workflow };
}
function buildFallback(causes) {
    const groups = new Map();
    let total = 0;
    let covered = 0;
    for (const c of causes) {
        let g = groups.get(c.fix.kind);
        if (!g)
            groups.set(c.fix.kind, (g = { fix: c.fix.kind, label: c.fix.label, covered: c.fix.covered, symbols: [] }));
        for (const s of c.symbols) {
            if (s.symbol === null)
                continue;
            g.symbols.push({ symbol: s.symbol, demangled: s.demangled, version: c.version, files: s.files });
            total++;
            if (c.fix.covered)
                covered++;
        }
    }
    const order = [
        'compat-wrap',
        'pins-header',
        'symver',
        'static-runtime',
        'rebuild',
        'bundle',
        'none'
    ];
    return {
        total,
        covered,
        groups: [...groups.values()].sort((a, b) => order.indexOf(a.fix) - order.indexOf(b.fix))
    };
}
/**
 * " (ppc64le, s390x)" when the same symbols at the same version have another fix elsewhere (a pin acts on x86_64
 * but not on ppc64le): the fix column says where. Empty otherwise.
 */
function fixWhere(f, c) {
    const names = new Set(c.symbols.map(s => s.symbol));
    const split = f.causes.some(x => x !== c && x.version === c.version && x.symbols.some(s => names.has(s.symbol)));
    return split ? ` (${c.arches.join(', ')})` : '';
}
/** Unreadable files: every format says so, and they count as errors (an unread file may need anything). */
const unreadableNotes = report => report.files
    .filter(f => f.status === 'error')
    .map(f => ({
    kind: 'unreadable',
    level: 'error',
    title: `Unreadable: ${f.path}`,
    message: f.reason,
    files: [f.path]
}));
/** Files grouped under each key, in report order (one note per key, not per file: annotations are scarce). */
function byKey(report, keysOf) {
    const out = new Map();
    for (const f of report.files)
        for (const k of keysOf(f))
            out.set(k, [...(out.get(k) ?? []), f.path]);
    return out;
}
const listed = (files) => files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
/** GLIBC_PRIVATE loads everywhere by version, but glibc changes its internals in every build. */
const privateAbiNotes = report => [
    ...byKey(report, f => f.privateAbi?.length ? [f.privateAbi.map(u => u.symbol ?? u.library).join(', ')] : [])
].map(([symbols, files]) => ({
    kind: 'private-abi',
    level: 'warning',
    title: `glibc private ABI (GLIBC_PRIVATE) in ${plural(files.length, 'file')}`,
    message: `${listed(files)} call${files.length === 1 ? 's' : ''} ${symbols}: glibc's internal ABI, which ties the ` +
        'binary to one glibc build. It loads on every glibc by version but may break on any update. ' +
        'Fix: use the public interface instead.',
    files
}));
/** A library the loader will not find on the floor's distributions: the binary cannot start there. */
const missingLibraryNotes = report => [...byKey(report, f => f.missingLibraries ?? [])].map(([soname, files]) => ({
    kind: 'missing-library',
    level: 'warning',
    title: `${soname} is not on glibc ${report.floor.glibc} systems and not in this tree`,
    message: `${listed(files)} need${files.length === 1 ? 's' : ''} ${soname}, which the floor's base system does not ` +
        'ship. Fix: bundle it beside the binary with an $ORIGIN RUNPATH, link it statically, or document it as a ' +
        'prerequisite.',
    files
}));
/** A binary that loads a bundled library that does not load on the floor: name the library to fix. */
const bundleNotes = report => report.files.flatMap(f => {
    const others = (f.bundle?.blockers ?? []).filter(b => b.path !== f.path);
    if (others.length === 0)
        return [];
    return [
        {
            kind: 'bundled-library',
            level: 'warning',
            title: `${f.path} loads bundled libraries that need more than glibc ${report.floor.glibc}`,
            message: others.map(b => `${b.path} needs ${b.missing.join(', ')}`).join('; ') +
                '. Fix: rebuild those libraries on the floor (their own rows name the symbols).',
            files: [f.path, ...others.map(b => b.path)]
        }
    ];
});
/** Every kind of finding beside the late-version causes; each renderer shows them generically. */
const NOTE_COLLECTORS = [
    unreadableNotes,
    missingLibraryNotes,
    bundleNotes,
    privateAbiNotes
];
function findings_buildFindings(report, collectors = NOTE_COLLECTORS) {
    const files = report.files.map(fileFinding);
    const causes = buildCauses(report);
    return {
        schema: 1,
        floor: report.floor.glibc,
        ceilings: report.floor.ceilings,
        verdict: buildVerdict(report, causes, files),
        causes,
        recipe: buildRecipe(causes, report.floor.glibc),
        fallback: buildFallback(causes),
        files,
        notes: collectors.flatMap(c => c(report))
    };
}

;// CONCATENATED MODULE: ./src/report/wrap.ts
// Line fitting shared by the text report and the summary's code blocks.
const len = (s) => [...s].length;
/** Flag lines wrap with a trailing backslash (make and sh both join them), so a wrapped line still pastes. */
function wrapFlags(line, width) {
    if (len(line) <= width)
        return [line];
    const indent = line.slice(0, line.length - line.trimStart().length);
    const out = [];
    let cur = indent;
    for (const w of line.trim().split(' ')) {
        if (cur.trim() && len(cur) + 1 + len(w) + 2 > width) {
            out.push(`${cur} \\`);
            cur = `${indent}    ${w}`;
        }
        else
            cur = cur.trim() ? `${cur} ${w}` : `${cur}${w}`;
    }
    out.push(cur);
    return out;
}
/** A `# comment` wrapped at spaces, each line a comment again. */
function wrapComment(text, width, indent = '') {
    const out = [];
    let cur = `${indent}#`;
    for (const w of text.split(' ')) {
        if (len(cur) > indent.length + 1 && len(cur) + 1 + len(w) > width) {
            out.push(cur);
            cur = `${indent}#  ${w}`;
        }
        else
            cur += ` ${w}`;
    }
    out.push(cur);
    return out;
}
/** The recipe as lines to paste: comments, then the flags of each step. */
function recipeText(steps, width, indent = '') {
    return steps.flatMap(s => [
        ...wrapComment(s.title, width, indent),
        ...s.lines.flatMap(l => wrapFlags(`${indent}${l}`, width))
    ]);
}

;// CONCATENATED MODULE: ./src/report/text.ts



const text_len = (s) => [...s].length;
/** Fits one line: cut with an ellipsis, or wrapped at spaces onto lines indented like the first one plus two. */
function fit(line, width, ellipsis) {
    if (text_len(line) <= width)
        return [line];
    if (ellipsis)
        return [[...line].slice(0, width - 1).join('') + '…'];
    const indent = ' '.repeat(Math.min(line.length - line.trimStart().length + 2, Math.floor(width / 2)));
    const out = [];
    let cur = '';
    for (const word of line.split(/(?<= )/)) {
        if (cur && text_len(cur + word.trimEnd()) > width) {
            out.push(cur.trimEnd());
            cur = indent;
        }
        cur += word;
        // A single word longer than the line (a long C++ name) is split where it must be.
        while (text_len(cur) > width) {
            out.push([...cur].slice(0, width).join(''));
            cur = indent + [...cur].slice(width).join('');
        }
    }
    if (cur.trim())
        out.push(cur.trimEnd());
    return out;
}
const asRows = (lines) => lines.map(row => ({ row }));
function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => text_len(r[i] ?? ''))));
    return rows.map(r => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - text_len(c))))
        .join('  ')
        .trimEnd());
}
function verdictLines(f) {
    const v = f.verdict;
    const mark = v.status === 'pass'
        ? '✓ PASS'
        : v.status === 'fail'
            ? '✗ FAIL'
            : v.status === 'warn'
                ? '! WARN'
                : '- NONE';
    if (v.status === 'fail')
        return [
            `${mark}: fails on ${v.fails.join(', ')}`,
            `  loads on ${v.loads.join(', ') || 'no listed distribution'}`,
            `  needs ${Object.values(v.highest).join(', ')}`
        ];
    return [`${mark}: ${v.headline}`];
}
function causeLines(f, audited) {
    if (f.causes.length === 0)
        return [];
    const table = f.causes.map(c => [
        `  ${c.version}`,
        `${c.fix.covered ? '✓' : '✗'} ${c.fix.label}${c.blocking ? '' : ' (weak)'}${fixWhere(f, c)}`,
        ...(audited > 1 ? [plural(c.files.length, 'file')] : []),
        c.label
    ]);
    const out = ['Causes (version, fix, what):', ...asRows(columns(table))];
    if (f.causes.some(c => c.fix.covered))
        out.push('  ✓ = this kit covers it; as built, the binary still needs the version until rebuilt with the fix.');
    return [...out, ''];
}
function recipeLines(f, complete) {
    if (f.recipe.steps.length === 0)
        return [];
    const out = ['How to fix:'];
    for (const s of f.recipe.steps)
        out.push({ comment: s.title }, ...s.lines.map(l => ({ flags: `  ${l}` })));
    if (complete && f.recipe.workflow)
        out.push({ comment: 'or build on the floor image (GitHub Actions):' }, ...f.recipe.workflow.split('\n').map(l => ({ flags: `  ${l}` })));
    return [...out, ''];
}
function fileLines(f) {
    if (f.files.length === 0)
        return [];
    const table = f.files.map(x => [
        `  ${x.kind === 'audited' ? (x.loads ? '✓' : '✗') : '-'} ${x.path}`,
        x.arch ?? '',
        x.maxGlibc ? `GLIBC ${x.maxGlibc}` : '',
        x.note
    ]);
    return [`Files (${f.files.length}):`, ...asRows(columns(table)), ''];
}
function fallbackLines(f) {
    if (f.fallback.total === 0)
        return ['Fallback report: no late symbols.', ''];
    const out = [
        `Fallback report: ${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit.`
    ];
    for (const g of f.fallback.groups) {
        out.push(`  ${g.covered ? '✓' : '✗'} ${g.label} (${g.symbols.length}):`);
        for (const s of g.symbols)
            out.push({ row: `      ${s.version}  ${s.demangled}` });
    }
    return [...out, ''];
}
function distroLines(report) {
    if (report.summary.audited === 0)
        return [];
    const table = report.summary.distros.map(d => [
        `  ${d.loads ? '✓' : '✗'} ${d.name}`,
        `glibc ${d.glibc}`,
        [
            d.missing.length > 0 ? `needs ${d.missing.join(', ')}` : '',
            d.unsupportedArches.length > 0 ? `no ${d.unsupportedArches.join('/')} edition` : ''
        ]
            .filter(Boolean)
            .join('; ')
    ]);
    return ['Distributions:', ...asRows(columns(table)), ''];
}
function text_layout(lines, opts) {
    const width = Math.max(40, opts.width ?? 100);
    const out = [];
    for (const l of lines) {
        if (typeof l === 'string')
            out.push(...fit(l, width, false));
        else if ('flags' in l)
            out.push(...wrapFlags(l.flags, width));
        else if ('comment' in l)
            out.push(...wrapComment(l.comment, width, '  '));
        else
            out.push(...fit(l.row, width, opts.ellipsis ?? false));
    }
    return out.join('\n') + '\n';
}
/** One file's part of the step log: what it needs, each late symbol (demangled) and its fix. */
function renderFileText(file, report, opts = {}) {
    const f = buildFindings({ ...report, files: [file] });
    const x = f.files[0];
    const lines = [
        `${x.path} (${[x.arch, file.class ? `ELF${file.class}` : '', file.libc].filter(Boolean).join(', ')})`,
        `  ${x.note}`
    ];
    const counts = Object.entries(file.versionCounts ?? {});
    if (counts.length > 0)
        lines.push(`  symbols per version: ${counts.map(([v, n]) => `${v} ${n}`).join(', ')}`);
    for (const c of f.causes) {
        lines.push(`  ${c.version} — ${c.fix.covered ? '✓' : '✗'} ${c.fix.label}:`);
        for (const s of c.symbols)
            lines.push({ row: `      ${s.symbol === null ? '(no symbol)' : s.demangled}` });
    }
    return text_layout(lines, opts);
}
function renderText(report, opts = {}) {
    const f = opts.findings ?? findings_buildFindings(report);
    const s = report.summary;
    const lines = [
        `glibc-floor ${report.tool.version} · floor glibc ${f.floor} (${ceilingsText(f.ceilings)})`,
        '',
        ...verdictLines(f),
        ''
    ];
    for (const n of f.notes)
        lines.push(`${n.level === 'error' ? '✗' : '!'} ${n.title}: ${n.message}`);
    if (f.notes.length > 0)
        lines.push('');
    lines.push(...causeLines(f, s.audited), ...recipeLines(f, opts.fallbackReport ?? false), ...fileLines(f));
    if (opts.fallbackReport) {
        lines.push(...fallbackLines(f));
        if (s.audited > 0)
            lines.push('Symbols per version:', ...columns(totalCounts(report).map(([v, n]) => [`  ${v}`, String(n)])), '', ...distroLines(report));
    }
    const passed = [];
    if (s.passedOver.nonElf > 0)
        passed.push(plural(s.passedOver.nonElf, 'non-ELF file'));
    if (s.passedOver.symlinks > 0)
        passed.push(`${plural(s.passedOver.symlinks, 'symbolic link')} (not followed: targets are audited where the walk finds them)`);
    if (passed.length > 0)
        lines.push(`Passed over: ${passed.join(', ')}.`);
    lines.push(summaryLine(f, report));
    return text_layout(lines, opts);
}
/** The last line, for people scanning a log tail and for scripts. */
function summaryLine(f, report) {
    const s = report.summary;
    const unreadable = s.errors > 0 ? ` ${plural(s.errors, 'file')} could not be read.` : '';
    switch (f.verdict.status) {
        case 'pass':
            return `PASS: ${plural(s.audited, 'file')} ${s.audited === 1 ? 'loads' : 'load'} on glibc ${f.floor}.`;
        case 'none':
            return `NOTHING AUDITED: ${f.verdict.headline}`;
        case 'incomplete':
            return `INCOMPLETE: ${plural(s.audited, 'file')} pass.${unreadable}`;
        default:
            return `${f.verdict.status === 'fail' ? 'FAIL' : 'WARN'}: ${plural(s.violations, 'late symbol reference')} in ${plural(f.causes.length, 'cause')}, ${f.fallback.total - f.fallback.covered} not covered by this kit.${unreadable}`;
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub caps a step summary at 1 MiB; stay well inside it so other steps still have room. */
const SUMMARY_LIMIT = 1024 * 1024;
/** A code span that survives any content: a fence longer than any backtick run inside, `|` escaped for tables. */
function code(s) {
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${pad}${fence}`;
}
/** Prose from data or files: no emphasis, links, autolinks (`a@b.c`), HTML or table breaks. */
function escapeText(s) {
    return s.replace(/\n/g, ' ').replace(/[\\`*_[\]<>|~#@:]/g, c => `\\${c}`);
}
function markdown_table(head, rows) {
    return [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map(r => `| ${r.join(' | ')} |`)
    ];
}
/** A release directory can hold thousands of files; the JSON report lists them all. */
const MAX_FILE_ROWS = 300;
/** Short cells must not wrap: the long Symbols column is the one that should. */
const nbsp = (s) => s.replace(/ /g, '\u00a0');
const basename = (p) => p.slice(p.lastIndexOf('/') + 1) || p;
function verdictLine(report, f = findings_buildFindings(report)) {
    const v = f.verdict;
    const needs = Object.values(v.highest).map(code).join(', ');
    const distros = (list) => list.map(escapeText).join(', ');
    switch (v.status) {
        case 'fail':
            return `❌ **FAIL** — fails on ${distros(v.fails) || `glibc ${f.floor}`} · loads on ${distros(v.loads) || 'no listed distribution'} — needs ${needs}`;
        case 'warn':
            return `⚠️ **LOADS, WITH LATE CALLS** — starts on glibc ${f.floor}, but calls needing ${needs} fail there · loads fully on ${distros(v.loads)}`;
        case 'pass':
            return `✅ **PASS** — loads on ${distros(v.loads)} (glibc ${f.floor} and newer)`;
        case 'incomplete':
            return `⚠️ **INCOMPLETE** — ${escapeText(v.headline)}`;
        case 'none':
            return `⚪ ${escapeText(v.headline)}`;
    }
}
function filesCell(c, audited) {
    if (audited <= 1)
        return '';
    return c.files.length === 1 ? code(basename(c.files[0])) : nbsp(`${c.files.length} of ${audited}`);
}
function causesTable(f, audited, coverage) {
    const head = ['Version', 'Symbols', 'Fix', ...(audited > 1 ? ['Files'] : [])];
    const rows = f.causes.map(c => [
        code(c.version),
        c.names.map(code).join(', ') + escapeText(c.label.slice(c.names.join(', ').length)),
        nbsp(`${coverage && c.fix.covered ? '✓ ' : ''}${escapeText(c.fix.label)}${c.blocking ? '' : ' (weak)'}`) +
            fixWhere(f, c),
        ...(audited > 1 ? [filesCell(c, audited)] : [])
    ]);
    return markdown_table(head, rows);
}
function recipeBlock(f) {
    if (f.recipe.steps.length === 0)
        return [];
    // 100 columns fit GitHub's column without a scroll bar; wrapped flags keep a backslash so they still paste.
    const out = ['### How to fix', '', '```make', ...recipeText(f.recipe.steps, 100), '```', ''];
    if (f.recipe.workflow)
        out.push('Or build on the floor image with the kit’s reusable workflow:', '', '```yaml', f.recipe.workflow, '```', '');
    return out;
}
function details(summary, body) {
    return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}
const notShown = (what) => `_${what} not shown: the job summary is full; the JSON report has everything._`;
/** Every late symbol, per file and version: the complete list behind the cause rows. */
function perFileSymbols(f, maxBytes) {
    const out = [];
    let used = 0;
    let left = 0;
    const perFile = new Map();
    for (const c of f.causes)
        for (const s of c.symbols)
            for (const file of s.files) {
                const byVersion = perFile.get(file) ?? new Map();
                perFile.set(file, byVersion);
                const list = byVersion.get(c.version) ?? [];
                list.push(s.symbol === null ? '(no symbol)' : code(s.demangled));
                byVersion.set(c.version, list);
            }
    for (const [file, byVersion] of [...perFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const block = [`**${escapeText(file)}**`, ''];
        for (const [version, syms] of [...byVersion].sort(([a], [b]) => versionOrder(b, a)))
            block.push(`- ${code(version)}: ${syms.join(', ')}`);
        block.push('');
        const size = Buffer.byteLength(block.join('\n'));
        if (used + size > maxBytes) {
            left++;
            continue;
        }
        used += size;
        out.push(...block);
    }
    if (left > 0)
        out.push(notShown(plural(left, 'more file')));
    return out;
}
function fallbackList(f) {
    const out = [
        `${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit (compat wrap or pins header).`,
        ''
    ];
    for (const g of f.fallback.groups) {
        out.push(`**${g.covered ? '✓ ' : ''}${escapeText(g.label)}** (${g.symbols.length})`, '');
        out.push(g.symbols.map(s => `${code(s.demangled)} ${code(s.version)}`).join(', '), '');
    }
    return out;
}
function renderMarkdown(report, opts = {}) {
    const f = opts.findings ?? findings_buildFindings(report);
    const coverage = opts.fallbackReport ?? true;
    const s = report.summary;
    const audited = s.audited;
    const floor = Object.entries(f.ceilings)
        .map(([ns, v]) => code(`${ns}_${v}`))
        .join(', ');
    const out = ['## glibc floor audit', '', verdictLine(report, f), ''];
    if (opts.verdict)
        out.push(opts.verdict, '');
    const facts = [
        `Floor glibc ${f.floor} (${floor})`,
        `${plural(audited, 'file')} audited`,
        ...(s.skipped ? [`${s.skipped} skipped`] : []),
        ...(s.errors ? [`${s.errors} unreadable`] : [])
    ];
    const passed = s.passedOver.nonElf + s.passedOver.symlinks;
    if (passed > 0)
        facts.push(`passed over ${plural(s.passedOver.nonElf, 'non-ELF file')} and ${plural(s.passedOver.symlinks, 'symbolic link')} (links are not followed: targets are audited where the walk finds them)`);
    out.push(facts.join(' · '), ...(opts.context ?? []), '');
    for (const n of f.notes)
        out.push(`- ${n.level === 'error' ? '❌' : n.level === 'warning' ? '⚠️' : 'ℹ️'} ${escapeText(n.title)}: ${escapeText(n.message)}`);
    if (f.notes.length > 0)
        out.push('');
    if (f.causes.length > 0) {
        out.push('### Causes', '', ...causesTable(f, audited, coverage), '');
        out.push((coverage && f.causes.some(c => c.fix.covered) ? '✓ = this kit has the fix. ' : '') +
            'The binary as built still needs every version listed until it is rebuilt with the fix.', '');
        out.push(...recipeBlock(f));
    }
    // Everything below is reference material: closed, and cut to what fits in the step summary's 1 MiB.
    const max = (opts.maxBytes ?? SUMMARY_LIMIT) - 256;
    const room = Math.max(0, max - Buffer.byteLength(out.join('\n')));
    const tail = [];
    if (f.causes.length > 0) {
        const n = f.causes.reduce((a, c) => a + c.symbols.length, 0);
        tail.push(...details(`Every late symbol, per file (${n})`, perFileSymbols(f, Math.max(2048, room / 2))));
        if (coverage)
            tail.push(...details(`Fallback report: every late symbol by fix`, fallbackList(f)));
    }
    if (audited > 0) {
        const late = new Set(f.causes.map(c => c.version));
        tail.push(...details('Symbols per version', markdown_table(['Version', 'Symbols', ''], totalCounts(report).map(([v, n]) => [code(v), String(n), late.has(v) ? '❌ above the floor' : '']))), ...details('Distro matrix', markdown_table(['Distribution', 'glibc', 'Loads', 'Missing'], s.distros.map(d => [
            escapeText(d.name),
            d.glibc,
            d.loads ? '✅' : '❌',
            [...d.missing.map(code), ...d.unsupportedArches.map(a => `no ${a} edition`)].join(', ')
        ]))));
    }
    if (f.files.length > 0)
        tail.push(...details(`Files (${f.files.length})`, markdown_table(['File', 'Arch', 'Max GLIBC', 'Late', 'Verdict'], f.files
            .slice(0, MAX_FILE_ROWS)
            .map(x => [
            code(x.path),
            x.arch ?? '',
            x.maxGlibc ?? '',
            String(x.late),
            `${x.kind === 'audited' ? (x.loads ? '✅ ' : '❌ ') : ''}${escapeText(x.note)}`
        ])).concat(f.files.length > MAX_FILE_ROWS
            ? ['', `${f.files.length - MAX_FILE_ROWS} more files: the JSON report lists them.`]
            : [])));
    return fitted(out, tail, max);
}
/**
 * Keeps the summary within its byte budget: closed sections go first (from the last), then cause rows; what
 * was left out is said in one line, so nothing disappears silently.
 */
function fitted(head, tail, max) {
    const size = (lines) => Buffer.byteLength(lines.join('\n')) + 1;
    const sections = [];
    for (const line of tail) {
        if (line === '<details>')
            sections.push([]);
        sections[sections.length - 1].push(line);
    }
    let dropped = 0;
    while (sections.length > 0 && size(head) + size(sections.flat()) + 200 > max) {
        sections.pop();
        dropped++;
    }
    const body = [...head, ...sections.flat()];
    if (dropped > 0)
        body.push(notShown(plural(dropped, 'more section')), '');
    if (size(body) <= max)
        return body.join('\n') + '\n';
    // Not even the causes fit (a nearly full summary): keep the verdict and as many rows as there is room for.
    const out = [];
    for (const line of head) {
        if (size(out) + Buffer.byteLength(line) + 300 > max)
            break;
        out.push(line);
    }
    const left = head.length - out.length;
    return [...out, '', notShown(plural(left, 'more line')), ''].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most 10 annotations of each type per step. */
const MAX_PER_LEVEL = 10;
const MAX_SYMBOLS = 20;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
function where(files) {
    return files.length === 1 ? files[0] : `${files.length} files`;
}
function causeAnnotation(level, causes) {
    const version = causes[0].version;
    // Only the count, or the one file, is shown: no order to keep.
    const files = [...new Set(causes.flatMap(c => c.files))];
    // Grouped by version: one label over the union of the symbols (expf in x86_64 and ppc64le files is one name).
    const unique = new Map(causes.flatMap(c => c.symbols).map(s => [s.symbol, s]));
    const merged = causeLabel([...unique.values()]);
    const label = causes.length === 1 ? causes[0].label : merged.names.join(', ') + merged.rest;
    const fixes = [...new Set(causes.map(c => c.fix.label + (c.fix.covered ? ' (in this kit)' : '')))].join(', ');
    const symbols = [...unique.values()].filter(s => s.symbol !== null).map(s => s.demangled);
    const shown = symbols.slice(0, MAX_SYMBOLS).join(', ');
    const more = symbols.length > MAX_SYMBOLS ? `, … ${symbols.length - MAX_SYMBOLS} more in the job summary` : '';
    const stillNeeds = causes.some(c => c.fix.covered)
        ? ' As built, the binary still needs this version until it is rebuilt with the fix.'
        : '';
    return {
        level,
        title: clip(`${version}: ${label} in ${where(files)}`, 100),
        message: `Fix: ${fixes}.${stillNeeds} Symbols: ${shown}${more}.`,
        ...(files.length === 1 ? { file: files[0] } : {})
    };
}
/** Causes of one level, grouped by version (across fixes) when one row per (version, fix) would not fit. */
function causeAnnotations(level, causes, room) {
    if (causes.length <= room)
        return causes.map(c => causeAnnotation(level, [c]));
    const byVersion = new Map();
    for (const c of causes)
        byVersion.set(c.version, [...(byVersion.get(c.version) ?? []), c]);
    return [...byVersion.values()].map(group => causeAnnotation(level, group));
}
function verdictAnnotation(f, demote) {
    const v = f.verdict;
    const level = v.status === 'pass' ? 'notice' : v.status === 'fail' || v.status === 'incomplete' ? 'error' : 'warning';
    const title = v.status === 'pass'
        ? `glibc ${f.floor} floor holds`
        : v.status === 'fail'
            ? `glibc ${f.floor} floor: fails on ${v.fails.slice(0, 3).join(', ')}${v.fails.length > 3 ? ', …' : ''}`
            : v.status === 'none'
                ? `glibc ${f.floor} floor: nothing audited`
                : `glibc ${f.floor} floor: ${v.status}`;
    const fix = f.recipe.steps.length > 0
        ? ` How to fix (job summary): ${f.recipe.steps.map(s => FIX_LABELS[s.kind]).join(', ')}.`
        : '';
    return {
        level: demote && level === 'error' ? 'warning' : level,
        title,
        message: v.headline + fix,
        verdict: true
    };
}
/** Applies GitHub's per-level limit: the verdict stays, the overflow folds into one "N more" annotation. */
function budget(list, reserved = {}) {
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const mine = list.filter(a => a.level === level);
        const max = MAX_PER_LEVEL - (reserved[level] ?? 0);
        if (mine.length <= max) {
            out.push(...mine);
            continue;
        }
        const verdicts = mine.filter(a => a.verdict);
        const rest = mine.filter(a => !a.verdict);
        const keep = rest.slice(0, max - verdicts.length - 1);
        const folded = rest.length - keep.length;
        out.push(...verdicts, ...keep, {
            level,
            title: `${folded} more ${level}s`,
            message: `${plural(folded, 'more finding')} of this level: the job summary and the JSON report list them all.`
        });
    }
    return out;
}
function annotations(report, opts = {}) {
    const f = opts.findings ?? findings_buildFindings(report);
    const demote = opts.demoteErrors ?? false;
    const verdict = verdictAnnotation(f, demote);
    const extra = opts.extra ?? [];
    const notes = f.notes.map(n => ({
        level: demote && n.level === 'error' ? 'warning' : n.level,
        title: clip(n.title, 100),
        message: n.message,
        ...(n.files.length === 1 ? { file: n.files[0] } : {})
    }));
    const reserved = { error: opts.reservedErrors ?? 0 };
    const used = (level) => [verdict, ...notes, ...extra].filter(a => a.level === level).length +
        (level === 'error' ? reserved.error : 0);
    const errLevel = demote ? 'warning' : 'error';
    const blocking = f.causes.filter(c => c.blocking);
    const soft = f.causes.filter(c => !c.blocking);
    const causeList = [
        ...causeAnnotations(errLevel, blocking, MAX_PER_LEVEL - used(errLevel) - (demote ? (soft.length > 0 ? 1 : 0) : 0)),
        ...causeAnnotations('warning', soft, MAX_PER_LEVEL - used('warning') - (demote ? blocking.length : 0))
    ];
    return budget([verdict, ...notes, ...causeList, ...extra], reserved);
}

;// CONCATENATED MODULE: ./src/report/index.ts







/**
 * The JSON report: the audit report as is (violations keep `symbol` mangled and gain `demangled`), plus the
 * findings model every other format renders (`findings`), and `fallback` when asked for.
 */
function renderJson(report, opts = {}) {
    const findings = opts.findings ?? findings_buildFindings(report);
    const files = report.files.map(f => f.violations
        ? {
            ...f,
            violations: f.violations.map(v => ({
                ...v,
                ...(v.symbol?.startsWith('_Z') ? { demangled: demangle(v.symbol) } : {})
            }))
        }
        : f);
    const out = {
        ...report,
        files,
        findings,
        ...(opts.fallbackReport ? { fallback: { ...findings.fallback, recipe: findings.recipe } } : {})
    };
    return JSON.stringify(out, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/engine.ts
// The engine as a library: what the CLI and the action use, for programs that embed the audit.




var __webpack_exports__AuditError = __webpack_exports__.M_;
var __webpack_exports__ElfError = __webpack_exports__.QH;
var __webpack_exports__TOOL_VERSION = __webpack_exports__.wr;
var __webpack_exports__annotations = __webpack_exports__.hk;
var __webpack_exports__auditPaths = __webpack_exports__.kB;
var __webpack_exports__buildFindings = __webpack_exports__.nH;
var __webpack_exports__defaultKnowledge = __webpack_exports__.Q2;
var __webpack_exports__demangle = __webpack_exports__.cv;
var __webpack_exports__discoverFiles = __webpack_exports__.ZO;
var __webpack_exports__isElfFile = __webpack_exports__.Kk;
var __webpack_exports__parseFloor = __webpack_exports__.cI;
var __webpack_exports__parseOverrides = __webpack_exports__.f$;
var __webpack_exports__readElf = __webpack_exports__.oU;
var __webpack_exports__readWrappedSymbols = __webpack_exports__.h5;
var __webpack_exports__renderJson = __webpack_exports__.hF;
var __webpack_exports__renderMarkdown = __webpack_exports__.Gc;
var __webpack_exports__renderText = __webpack_exports__.S5;
var __webpack_exports__verdictLine = __webpack_exports__.MT;
var __webpack_exports__wrappedSymbols = __webpack_exports__.$0;
export { __webpack_exports__AuditError as AuditError, __webpack_exports__ElfError as ElfError, __webpack_exports__TOOL_VERSION as TOOL_VERSION, __webpack_exports__annotations as annotations, __webpack_exports__auditPaths as auditPaths, __webpack_exports__buildFindings as buildFindings, __webpack_exports__defaultKnowledge as defaultKnowledge, __webpack_exports__demangle as demangle, __webpack_exports__discoverFiles as discoverFiles, __webpack_exports__isElfFile as isElfFile, __webpack_exports__parseFloor as parseFloor, __webpack_exports__parseOverrides as parseOverrides, __webpack_exports__readElf as readElf, __webpack_exports__readWrappedSymbols as readWrappedSymbols, __webpack_exports__renderJson as renderJson, __webpack_exports__renderMarkdown as renderMarkdown, __webpack_exports__renderText as renderText, __webpack_exports__verdictLine as verdictLine, __webpack_exports__wrappedSymbols as wrappedSymbols };
