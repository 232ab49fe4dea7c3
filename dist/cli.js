#!/usr/bin/env node

// src/cli/code-cache.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} = require2("node:fs");
var { homedir } = require2("node:os");
var { dirname, join } = require2("node:path");
var { fileURLToPath, pathToFileURL } = require2("node:url");
var { Script } = require2("node:vm");
function cacheDirectory(env) {
  const set = env.GLIBC_FLOOR_CODE_CACHE;
  if (set !== void 0 && /^(0|off|false|no)?$/i.test(set)) return null;
  if (set) return set;
  const user = env.HOME || home();
  const base = env.XDG_CACHE_HOME || (user ? join(user, ".cache") : null);
  return base ? join(base, "glibc-floor") : null;
}
function home() {
  try {
    return homedir() || null;
  } catch {
    return null;
  }
}
function privateDirectory(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 18) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}
function bundleHash(source) {
  return /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1] ?? null;
}
function runBundle(at, env = process.env) {
  const bundle = typeof at === "string" ? at : fileURLToPath(at);
  const source = readFileSync(bundle, "utf8");
  const hash = bundleHash(source);
  const dir = hash === null ? null : cacheDirectory(env);
  const file = dir === null ? null : join(dir, `cli-${hash.slice(0, 32)}-${process.version}-${process.arch}.v8`);
  let cachedData;
  let damaged = false;
  if (file !== null && privateDirectory(dir) !== null) {
    try {
      const sealed = readFileSync(file);
      cachedData = unseal(sealed);
      damaged = cachedData === void 0;
    } catch {
      cachedData = void 0;
    }
  }
  const script = new Script(`(function (require, importMetaUrl) {${source}
})`, {
    filename: bundle,
    cachedData
  });
  const use = {
    file,
    state: file === null ? "off" : cachedData === void 0 ? damaged ? "rejected" : "missing" : script.cachedDataRejected ? "rejected" : "accepted"
  };
  if (use.state === "missing" || use.state === "rejected") process.once("exit", () => save(script, file));
  const run = script.runInThisContext();
  run(createRequire(bundle), pathToFileURL(bundle).href);
  return use;
}
function save(script, file) {
  const dir = privateDirectory(dirname(file));
  if (dir === null) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const data = seal(script.createCachedData());
    const fd = openSync(tmp, "wx", 384);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    prune(dir, file, Date.now());
  } catch {
    rmSync(tmp, { force: true });
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function prune(dir, keep, now) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !/^cli-[0-9a-f]{32}-v[\w.-]+\.v8(\.\d+\.tmp)?$/.test(name)) continue;
    try {
      if (now - lstatSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
    }
  }
}
var MAGIC = 826492487;
var HEAD = 12;
function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let h = 2166136261 | 0;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i], 16777619);
  return h >>> 0;
}
function seal(data) {
  const out = Buffer.allocUnsafe(HEAD + data.length);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(data.length, 4);
  data.copy(out, HEAD);
  out.writeUInt32LE(checksum(out.subarray(HEAD)), 8);
  return out;
}
function unseal(file) {
  if (file.length < HEAD || file.readUInt32LE(0) !== MAGIC) return void 0;
  const data = file.subarray(HEAD);
  if (file.readUInt32LE(4) !== data.length || file.readUInt32LE(8) !== checksum(data)) return void 0;
  return data;
}

// src/cli.ts
runBundle(new URL("./cli-main.cjs", import.meta.url));
