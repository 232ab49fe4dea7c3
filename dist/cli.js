#!/usr/bin/env node

// src/cli/code-cache.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  utimesSync,
  writeSync
} = require2("node:fs");
var { homedir } = require2("node:os");
var { dirname, isAbsolute, join, resolve } = require2("node:path");
var { fileURLToPath, pathToFileURL } = require2("node:url");
var { Script } = require2("node:vm");
function cacheDirectory(env) {
  const set = env.GLIBC_FLOOR_CODE_CACHE;
  if (set !== void 0 && /^(0|off|false|no)?$/i.test(set)) return null;
  if (set) return resolve(set);
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  const user = env.HOME || home();
  const base = xdg ?? (user ? join(user, ".cache") : null);
  return base ? join(base, "glibc-floor") : null;
}
function home() {
  try {
    return homedir() || null;
  } catch {
    return null;
  }
}
var uid = process.getuid?.();
function ours(st) {
  return (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
}
function privateDirectory(dir) {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && ours(st) ? dir : null;
  } catch {
    return null;
  }
}
function makePrivateDirectory(dir) {
  let existing = dir;
  let st;
  for (; ; ) {
    try {
      st = lstatSync(existing);
      break;
    } catch {
      if (dirname(existing) === existing) return null;
      existing = dirname(existing);
    }
  }
  if (existing !== dir) {
    if (!st.isDirectory() || uid !== void 0 && st.uid !== uid) return null;
    try {
      mkdirSync(dir, { recursive: true, mode: 448 });
    } catch {
      return null;
    }
  }
  return privateDirectory(dir);
}
function bundleHash(source) {
  return /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1] ?? null;
}
function stampOf(bundle) {
  const st = lstatSync(bundle);
  return checksum(Buffer.from(`${st.size}:${st.mtimeMs}:${st.ino}`));
}
function readOwnFile(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync(fd);
    return st.isFile() && ours(st) ? readFileSync(fd) : void 0;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function bundleBeside(launcherUrl, name) {
  const launcher = fileURLToPath(launcherUrl);
  let real = launcher;
  try {
    real = realpathSync(launcher);
  } catch {
  }
  return join(dirname(real), name);
}
function runBundle(bundle, argv = process.argv.slice(2), env = process.env) {
  let source;
  try {
    source = readFileSync(bundle, "utf8");
  } catch (e) {
    process.stderr.write(
      `glibc-floor: cannot read ${bundle} (${e.code ?? e.message}): the CLI needs it beside cli.js; reinstall the package, or run npm run bundle in a checkout
`
    );
    process.exitCode = 1;
    return { file: null, state: "off" };
  }
  const hash = bundleHash(source);
  const dir = hash === null ? null : cacheDirectory(env);
  const file = dir === null ? null : join(dir, `cli-${hash.slice(0, 32)}-${process.version}-${process.arch}.v8`);
  const stamp = file === null ? 0 : stampOf(bundle);
  let cachedData;
  let damaged = false;
  if (file !== null && privateDirectory(dir) !== null) {
    const sealed = readOwnFile(file);
    if (sealed !== void 0) {
      cachedData = unseal(sealed, stamp);
      damaged = cachedData === void 0;
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
  if (use.state === "accepted") touch(file);
  else if (use.state !== "off" && argv[0] === "audit") process.once("exit", () => save(script, file, stamp));
  const run = script.runInThisContext();
  run(createRequire(bundle), pathToFileURL(bundle).href);
  return use;
}
function touch(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    utimesSync(file, now, now);
  } catch {
  }
}
function save(script, file, stamp) {
  const dir = makePrivateDirectory(dirname(file));
  if (dir === null) return;
  const tmp = `${file}.${process.pid}${Math.random().toString(36).slice(2, 8)}.tmp`;
  let created = false;
  try {
    const data = seal(script.createCachedData(), stamp);
    const fd = openSync(tmp, "wx", 384);
    created = true;
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    created = false;
    prune(dir, file, Date.now());
  } catch {
    try {
      if (created) rmSync(tmp, { force: true });
    } catch {
    }
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function prune(dir, keep, now) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !/^cli-[0-9a-f]{32}-v[\w.-]+\.v8(\.\w+\.tmp)?$/.test(name)) continue;
    try {
      if (now - lstatSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
    }
  }
}
var MAGIC = 843269703;
var HEAD = 16;
function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let h = 2166136261 | 0;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  for (let i = words.length * 4; i < aligned.length; i++) h = Math.imul(h ^ aligned[i], 16777619);
  return h >>> 0;
}
function seal(data, stamp) {
  const out = Buffer.allocUnsafe(HEAD + data.length);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(data.length, 4);
  out.writeUInt32LE(stamp >>> 0, 8);
  data.copy(out, HEAD);
  out.writeUInt32LE(checksum(out.subarray(HEAD)), 12);
  return out;
}
function unseal(file, stamp) {
  if (file.length < HEAD || file.readUInt32LE(0) !== MAGIC) return void 0;
  const data = file.subarray(HEAD);
  if (file.readUInt32LE(4) !== data.length || file.readUInt32LE(8) !== stamp >>> 0) return void 0;
  return file.readUInt32LE(12) === checksum(data) ? data : void 0;
}

// src/cli.ts
runBundle(bundleBeside(import.meta.url, "cli-main.cjs"));
