// Trunk post_build hook: cuts the app's wasm into the entry module and the
// chunks that screens load on first use (src/app/lazy.rs), in the staging
// directory Trunk is about to publish.
//
// No Trunk release splits a module (trunk-rs/trunk#1022), so this does what
// cargo-leptos's `--split` does, step by step: the linker kept its
// relocations (.cargo/config.toml, `--emit-relocs`); wasm-split-cli cuts
// the raw module at the `#[wasm_split]` points; wasm-bindgen writes the glue
// for the entry module; wasm-opt shrinks every module; every file is named
// by its content hash and the page points at the new names.
//
// Two things differ from cargo-leptos, both to keep a first visit short:
// - the chunk loader (wasm-split-cli's `__wasm_split.js`) is put into the
//   glue, so the glue and the loader are one file (and then one inline
//   script, scripts/postbuild.mjs), not two that import each other;
// - the page gets the map from each chunk to its files (`__CHUNKS__`), so a
//   cold link to a lazy screen asks for its chunk beside the entry module.
//
// Usage (Trunk sets the variables): node scripts/split.mjs
import { readFile, writeFile, readdir, rm, mkdtemp } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

// wasm-opt's settings for every module: size first (-Oz); one-caller
// inlining capped (gzip-smaller than copying every single-caller function
// into its caller); and the memory facts that hold for Rust's output: the
// stack sits at the bottom of memory, so the lowest 1 KB is never
// addressed, and memory is the module's own, zero-filled.
export const WASM_OPT = ['-Oz', '--enable-bulk-memory', '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-reference-types', '--enable-multivalue', '--one-caller-inline-max-function-size=20',
  '--low-memory-unused', '--zero-filled-memory'];

const hash16 = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });

/** The loader's split points and shared chunks: `{ split: [file, ...] }`,
 * each split's own file first, read from the loader wasm-split-cli wrote. */
export function chunkFiles(loader) {
  const shared = new Map([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"/g)]
    .map((m) => [m[1], m[2]]));
  const out = {};
  for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"[\s\S]*?\}\s*,\s*\[([^\]]*)\]\)\)/g)) {
    const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean);
    out[m[1]] = [m[2], ...deps.map((d) => {
      if (!shared.has(d)) throw new Error(`split: the loader names an unknown chunk ${d}`);
      return shared.get(d);
    })];
  }
  return out;
}

/** The glue with the loader inside it: the loader's exports become one
 * object the glue's imports read, and its import of the glue is the glue's
 * own `initSync`. */
export function joinLoader(glue, loader) {
  const imports = [...glue.matchAll(/^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm)];
  if (!imports.length) throw new Error('split: the glue does not import the chunk loader');
  if (!/^import \{ initSync \} from "\.\/[\w.-]+\.js";?$/m.test(loader)) throw new Error('split: the loader does not import initSync');
  if (!/\bfunction initSync\(/.test(glue)) throw new Error('split: the glue has no initSync');
  const names = [...loader.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
  const body = loader
    .replace(/^import \{ initSync \} from "\.\/[\w.-]+\.js";?$/m, '')
    .replace(/^export const /gm, 'const ');
  const joined = `const __wasm_split = (() => {\n${body}\nreturn { ${names.join(', ')} };\n})();\n`;
  let out = glue;
  for (const m of imports) out = out.replace(m[0], `const ${m[1]} = __wasm_split;`);
  return joined + out;
}

async function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  if (!staging) throw new Error('split: run by Trunk (TRUNK_STAGING_DIR is not set)');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const raw = join(target, 'wasm32-unknown-unknown', profile, 'quads.wasm');
  // binaryen's wasm-opt from npm (132): Debian's breaks Rust 1.95's output.
  const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');

  const page = join(staging, 'index.html');
  let html = await readFile(page, 'utf8');
  const trunkJs = html.match(/from ['"]\.\/(quads-[0-9a-f]+\.js)['"]/)?.[1];
  const trunkWasm = html.match(/['"]\.\/(quads-[0-9a-f]+_bg\.wasm)['"]/)?.[1];
  if (!trunkJs || !trunkWasm) throw new Error('split: the page does not load quads-<hash>.js and its wasm');

  const work = await mkdtemp(join(tmpdir(), 'quads-split-'));
  try {
    run('wasm-split-cli', [raw, work, '--target', 'web', '--out-name', 'quads']);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-dir', join(work, 'bg'), '--out-name', 'quads', join(work, 'quads.wasm')]);
    const parts = (await readdir(work)).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f));
    const modules = [join(work, 'bg', 'quads_bg.wasm'), ...parts.map((f) => join(work, f))];
    if (profile === 'release') {
      // Two at a time: the machines that build this have two cores.
      for (let i = 0; i < modules.length; i += 2) {
        await Promise.all(modules.slice(i, i + 2).map((m) => new Promise((ok, fail) => {
          execFile(wasmOpt, [...WASM_OPT, m, '-o', m], (err) => (err ? fail(err) : ok()));
        })));
      }
    }

    // Chunks named by their content; then the glue (which names them) by its.
    const named = {};
    for (const f of parts) {
      const body = await readFile(join(work, f));
      named[f] = `${f.slice(0, -'.wasm'.length).replace('_', '-')}-${hash16(body)}.wasm`;
      await writeFile(join(staging, named[f]), body);
    }
    let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    const chunks = chunkFiles(loader);
    for (const [from, to] of Object.entries(named)) loader = loader.replaceAll(`"./${from}"`, `"./${to}"`);
    const wasm = await readFile(join(work, 'bg', 'quads_bg.wasm'));
    const wasmName = `quads-${hash16(wasm)}_bg.wasm`;
    await writeFile(join(staging, wasmName), wasm);
    const glue = joinLoader(await readFile(join(work, 'bg', 'quads.js'), 'utf8'), loader);
    const jsName = `quads-${hash16(glue)}.js`;
    await writeFile(join(staging, jsName), glue);

    // The page: the new names, each preload link's integrity for the file
    // it now names (Trunk's were for the unsplit module and its glue), and
    // each chunk's files for the route map.
    const sri = (body) => `integrity="sha384-${createHash('sha384').update(body).digest('base64')}"`;
    html = html.replaceAll(trunkJs, jsName).replaceAll(trunkWasm, wasmName)
      .replace(/<link\b[^>]*>/g, (tag) => {
        const body = tag.includes(jsName) ? glue : tag.includes(wasmName) ? wasm : null;
        return body ? tag.replace(/integrity=["']?sha384-[A-Za-z0-9+/=]+["']?/, sri(body)) : tag;
      });
    const files = Object.fromEntries(Object.entries(chunks).map(([split, fs]) => [split, fs.map((f) => named[f])]));
    if (!html.includes('__CHUNKS__')) throw new Error('split: index.html has no __CHUNKS__ placeholder');
    html = html.replace('__CHUNKS__', JSON.stringify(files));
    await writeFile(page, html);
    await rm(join(staging, trunkJs));
    await rm(join(staging, trunkWasm));
    console.error(`split: ${basename(raw)} -> ${wasmName}, ${parts.length} chunks for ${Object.keys(files).join(', ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
