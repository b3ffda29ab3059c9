// Leptos turns on server_fn's `browser` feature, which brings wasm-streams:
// its #[wasm_bindgen] classes (IntoUnderlyingSource, IntoUnderlyingSink,
// IntoUnderlyingByteSource) are exported from the wasm, with their glue,
// whether anything makes one or not, so no dead-code pass can drop them.
// Signpost never turns a Rust stream into a JavaScript one (the glue would
// then give the wasm their constructors, which is checked here), so this
// removes their exports from the main module and their classes from the
// glue; wasm-opt then drops their code.
//   node scripts/drop-stream-exports.mjs WASM GLUE
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const NAME = /^(__wbg_)?intounderlying/;
const fail = (why) => {
  console.error(`drop-stream-exports: ${why}`);
  process.exit(1);
};

let glue = readFileSync(gluePath, 'utf8');
const made = glue.match(/__wbg_intounderlying\w+_new\w*/);
if (made) fail(`the glue gives the wasm ${made[0]}: it makes streams, so their exports are needed`);
const wasm = readFileSync(wasmPath);
function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function encodeLeb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
const name = (buf, at) => {
  const [len, start] = leb(buf, at);
  return [buf.subarray(start, start + len).toString(), start + len];
};

const parts = [wasm.subarray(0, 8)];
let dropped = 0;
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id === 7) {
    let [count, p] = leb(wasm, body);
    const kept = [];
    for (; count > 0; count--) {
      const start = p;
      let field;
      [field, p] = name(wasm, p);
      p++; // kind
      [, p] = leb(wasm, p);
      if (NAME.test(field)) dropped++;
      else kept.push(wasm.subarray(start, p));
    }
    const section = Buffer.concat([encodeLeb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), encodeLeb(section.length), section);
  } else {
    parts.push(wasm.subarray(at, end));
  }
  at = end;
}
if (!dropped) {
  console.log('drop-stream-exports: no stream exports in the wasm (nothing to drop)');
  process.exit(0);
}
writeFileSync(wasmPath, Buffer.concat(parts));

// The glue: the three classes, their Symbol.dispose lines and their finalization registries.
glue = glue
  .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?\n\}\n/gm, '')
  .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, '')
  .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
if (/intounderlying/i.test(glue)) fail(`${gluePath} still mentions the stream classes: the glue's shape has changed`);
writeFileSync(gluePath, glue);
console.log(`drop-stream-exports: ${dropped} exports and their glue removed`);
