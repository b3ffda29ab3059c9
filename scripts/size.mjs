// `make size`: raw, gzip -9 and brotli (quality 11) bytes of every file in dist/.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const rows = await sizes(root);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(40)} ${pad('raw', 10)} ${pad('gzip -9', 10)} ${pad('brotli', 10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${'total'.padEnd(40)} ${pad(total.raw, 10)} ${pad(total.gzip, 10)} ${pad(total.brotli, 10)}`);
}
