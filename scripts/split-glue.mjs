#!/usr/bin/env node
// Links wasm-split-cli's chunk loader (__wasm_split.js) to whichever wasm
// instance the glue started last.
//
// As generated, the loader imports `initSync` from the glue and keeps the
// first instance's exports and chunks for good. After a crash the loader
// (loader/signpost.js) starts a fresh instance from a fresh copy of the glue,
// but this module is imported once per page: its chunks would be linked to
// the dead instance. So the glue hands each new instance to it
// (`__wasm_split_use`), which drops what was linked to the previous one.
// It also names Signpost in the console message of a failed chunk fetch
// (once per kind of failure), gives a fetch 8 s, fetches past the browser's
// copy after a failure (it may be the broken one), as the loader does for the
// main wasm, and hands fetch a string (a page's fetch wrapper may know no
// other input).
//
// Every text replaced here must be found exactly as often as expected: a new
// wasm-split-cli that writes its loader differently stops the build.
//
// Usage: scripts/split-glue.mjs dist/__wasm_split.js dist/signpost-app.js   (run by build-dist.sh)
import { readFile, writeFile } from 'node:fs/promises';

const [linkFile, glueFile] = process.argv.slice(2);
if (!linkFile || !glueFile) {
  console.error('usage: split-glue.mjs <__wasm_split.js> <glue.js>');
  process.exit(2);
}

function replace(text, file, from, to, times = 1) {
  const found = text.split(from).length - 1;
  if (found !== times) {
    console.error(`split-glue: expected ${times} × ${JSON.stringify(from)} in ${file}, found ${found}`);
    process.exit(1);
  }
  return text.split(from).join(to);
}

let link = await readFile(linkFile, 'utf8');
// The chunks (one per #[wasm_split] name, plus one for code two of them share)
// and the split functions' loaders (one per name).
const chunks = link.split('fetch(new URL(').length - 1;
const loaders = link.split('export const __wasm_split_load_').length - 1;
if (chunks < 1 || loaders < 1) {
  console.error(`split-glue: ${linkFile} fetches no chunk`);
  process.exit(1);
}
link = replace(
  link,
  linkFile,
  'import { initSync } from "./signpost-app.js";\n',
  `// Changed by scripts/split-glue.mjs: linked to the instance the glue started last.
let main, generation = 0, failed = false, said;
export function __wasm_split_use(exports) {
    main = exports;
    sharedImports = undefined;
    generation++;
}
function fetchChunk(url) {
    // A string: a page's fetch wrapper may only understand strings. Like
    // every download of the widget, it has 8 s (body included).
    return fetch(url.href, { signal: AbortSignal.timeout(8000), cache: failed ? 'reload' : 'default' });
}
`,
);
link = replace(link, linkFile, 'initSync(undefined, undefined)', 'main');
link = replace(link, linkFile, 'let loadingModule = undefined;', 'let loadingModule, loadedIn;');
link = replace(
  link,
  linkFile,
  'if (loadingModule === undefined) {',
  'if (loadingModule === undefined || loadedIn !== generation) {\n            loadedIn = generation;',
);
link = replace(
  link,
  linkFile,
  'console.error(e);',
  // Once per kind of failure, not once per attempt (as the loader reports).
  `failed = true;
            const message = 'Signpost: could not load part of the help widget (' + (e && e.message ? e.message : e) + ')';
            if (message !== said) console.error((said = message));`,
);
link = replace(link, linkFile, 'fetch(new URL(', 'fetchChunk(new URL(', chunks);
await writeFile(linkFile, link);

let glue = await readFile(glueFile, 'utf8');
// The glue imports the chunk loader already, once per loader, for the wasm's imports.
replace(glue, glueFile, 'from "./__wasm_split.js"', '', loaders);
glue = 'import { __wasm_split_use } from "./__wasm_split.js";\n' + glue;
glue = replace(glue, glueFile, '    wasm = instance.exports;\n', '    wasm = instance.exports;\n    __wasm_split_use(wasm);\n');
await writeFile(glueFile, glue);
