// `make size`: raw, gzip -9 and brotli (quality 11) bytes of every file in
// dist/, then where the wasm's bytes go: twiggy on the same wasm optimised
// with its function names kept, summed by crate.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export async function sizes(root) {
  const rows = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const data = await readFile(path);
        rows.push({
          file: relative(root, path),
          raw: data.length,
          gzip: gzipSync(data, { level: 9 }).length,
          brotli: brotliCompressSync(data, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }).length,
        });
      }
    }
  }
  await walk(root);
  return rows.sort((a, b) => b.raw - a.raw);
}

/** A demangled name without crate hashes, its generics cut to `<…>` below the first level. */
function shorten(name) {
  let out = '', depth = 0;
  for (const ch of name.replace(/\[[0-9a-f]{12,16}\]/g, '')) {
    if (ch === '<') depth++;
    if (depth <= 1 || (depth === 2 && ch === '<')) out += depth === 2 && ch === '<' ? '<…' : ch;
    if (ch === '>') depth--;
  }
  return out.length > 140 ? out.slice(0, 139) + '…' : out;
}

/**
 * The wasm by crate: every function's bytes go to the crate whose path it
 * starts with (for a generic one, where its code came from), with how much of
 * that was instantiated for Signpost's own types and closures; data segments
 * (strings, tables) apart. From target/size-report/, which build-dist.sh keeps.
 * It is the main module only: the split-off chunks (split_*.wasm, chunk_*.wasm)
 * are in the file list, by size.
 */
export function wasmBreakdown(top = 15) {
  const unoptimised = 'target/size-report/signpost-app_bg.wasm';
  if (!existsSync(unoptimised)) throw new Error(`${unoptimised} is missing: run make dist`);
  const named = 'target/size-report/named.wasm';
  execFileSync('scripts/wasm-opt.sh', [unoptimised, named, '-g', '--strip-producers']);
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const crates = new Map();
  const functions = [];
  let data = 0, code = 0;
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^"?(.*?)"?,(\d+),[\d.]+,/);
    if (!m) continue;
    const [name, bytes] = [m[1].replace(/""/g, '"'), Number(m[2])];
    if (/^data segment|^data\[/.test(name)) { data += bytes; continue; }
    if (/names" subsection|^custom section|^import |^export |^type\[|^elem\[|^table\[|^memory\[|^global\[/.test(name)) continue;
    code += bytes;
    // v0 names ("core[1a2b..]::fmt"); a prebuilt standard library's are legacy ("core::fmt::..::h1a2b..").
    const crate = name.match(/([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]{12,16}\]::/)?.[1]
      ?? name.match(/^<*([A-Za-z_][A-Za-z0-9_]*)::.*::h[0-9a-f]{16}$/)?.[1] ?? 'other (glue shims)';
    const row = crates.get(crate) ?? { crate, bytes: 0, forSignpost: 0, functions: 0 };
    row.bytes += bytes;
    row.functions++;
    if (crate !== 'signpost' && /signpost\[[0-9a-f]{12,16}\]::/.test(name)) row.forSignpost += bytes;
    crates.set(crate, row);
    functions.push({ name: shorten(name), bytes });
  }
  functions.sort((a, b) => b.bytes - a.bytes);
  return { code, data, crates: [...crates.values()].sort((a, b) => b.bytes - a.bytes), top: functions.slice(0, top) };
}

export function printBreakdown(b) {
  const pad = (s, n) => String(s).padStart(n);
  const pct = (x) => `${((100 * x) / (b.code + b.data)).toFixed(1)} %`;
  console.log(`\nsignpost-app_bg.wasm (the main module) before compression: ${b.code} B code, ${b.data} B data (strings and tables)`);
  console.log(`${'crate'.padEnd(24)} ${pad('bytes', 9)} ${pad('share', 7)} ${pad('for signpost types', 19)}`);
  for (const r of b.crates.filter((r) => r.bytes >= 1000))
    console.log(`${r.crate.padEnd(24)} ${pad(r.bytes, 9)} ${pad(pct(r.bytes), 7)} ${pad(r.forSignpost || '', 19)}`);
  console.log(`${'data segments'.padEnd(24)} ${pad(b.data, 9)} ${pad(pct(b.data), 7)}`);
  console.log('\nlargest functions:');
  for (const f of b.top) console.log(`${pad(f.bytes, 7)}  ${f.name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const rows = await sizes(root);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(40)} ${pad('raw', 10)} ${pad('gzip -9', 10)} ${pad('brotli', 10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${'total'.padEnd(40)} ${pad(total.raw, 10)} ${pad(total.gzip, 10)} ${pad(total.brotli, 10)}`);
  printBreakdown(wasmBreakdown());
}
