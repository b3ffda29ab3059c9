#!/usr/bin/env node
// Makes the wasm-bindgen glue catch the widget's own traps.
//
// With panic = "abort", a panic ends in a wasm `unreachable` trap, thrown as
// a WebAssembly.RuntimeError out of whatever call the browser made into the
// wasm: an event listener, a timer, a promise callback. Uncaught, it would
// land on the host page (its console, its window.onerror, its error
// monitoring). Every such call goes through one of the glue's two closure
// makers, so this wraps what they return: a RuntimeError is handed to the
// handler the loader sets with `setTrapHandler` and goes no further; any
// other exception passes through unchanged. The panic hook has already
// logged why the widget stopped.
//
// Usage: scripts/guard-glue.mjs dist/signpost-app.js   (run by build-dist.sh)
import { readFile, writeFile } from 'node:fs/promises';

const file = process.argv[2];
if (!file) {
  console.error('usage: guard-glue.mjs <glue.js>');
  process.exit(2);
}
let glue = await readFile(file, 'utf8');
if (glue.includes('function setTrapHandler(')) {
  console.error(`guard-glue: ${file} is already guarded`);
  process.exit(1);
}
for (const maker of ['makeClosure', 'makeMutClosure']) {
  const declaration = `\nfunction ${maker}(`;
  const count = glue.split(declaration).length - 1;
  if (count !== 1) {
    // A new wasm-bindgen changed its glue: this must be looked at again, not skipped.
    console.error(`guard-glue: expected one "function ${maker}(" in ${file}, found ${count}`);
    process.exit(1);
  }
  glue = glue.replace(declaration, `\nfunction ${maker}Unguarded(`);
}
glue += `
// Added by scripts/guard-glue.mjs: a trap in the wasm stops here.
let onTrap = () => {};
export function setTrapHandler(f) {
    onTrap = f;
}
function guarded(real) {
    const call = function (...args) {
        try {
            return real.apply(this, args);
        } catch (e) {
            if (!(e instanceof WebAssembly.RuntimeError)) throw e;
            onTrap(e);
        }
    };
    call._wbg_cb_unref = real._wbg_cb_unref;
    return call;
}
function makeClosure(arg0, arg1, f) {
    return guarded(makeClosureUnguarded(arg0, arg1, f));
}
function makeMutClosure(arg0, arg1, f) {
    return guarded(makeMutClosureUnguarded(arg0, arg1, f));
}
`;
await writeFile(file, glue);
