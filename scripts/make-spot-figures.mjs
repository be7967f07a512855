// Writes each spot figure for the side being worked, from the drawings in
// assets/spots/: public/spots/<muscle>-left.svg and -right.svg. Run by hand
// when a drawing changes (the outputs are committed); `--check` exits 1 when
// a committed figure differs from what the drawings give, which the tests run.
//
// A drawing shows one side. The other side is the drawing mirrored about the
// middle of the picture, with every word kept readable: a text element keeps
// its glyphs upright and only moves (its anchor swaps so it grows the mirrored
// way). The "your left / your right" labels under the feet do not swap: the
// figure stays a front (or back) view, so the spots move across the body.
import { readFile, writeFile, readdir } from 'node:fs/promises';

const WIDTH = 240;
const HEIGHT_MARK = 256; // the y of the "your left / your right" labels
const check = process.argv.includes('--check');

// Which side each drawing shows as drawn: front views show the person's
// right on the viewer's left; back views show the person's left there.
const DRAWN = {
  'iliacus': 'right', 'psoas': 'right', 'quads': 'right', 'adductor-magnus': 'right',
  'glute-max': 'left', 'hamstrings': 'left',
};

const mirrorX = (x) => String(Math.round((WIDTH - Number(x)) * 10) / 10);
const swapAnchor = { start: 'end', end: 'start', middle: 'middle' };

function mirrorText(el) {
  const x = el.match(/ x="([\d.]+)"/)[1];
  const y = Number(el.match(/ y="([\d.]+)"/)[1]);
  const anchor = (el.match(/text-anchor="(\w+)"/) || [, 'start'])[1];
  if (y === HEIGHT_MARK && /your (left|right)</.test(el)) {
    // The body's middle moves from x to WIDTH - x: these labels move with it.
    const mid = 100; // the drawings' body is centred on x = 100
    const moved = String(Number(x) + (WIDTH - 2 * mid));
    return el.replace(/ x="[\d.]+"/, ` x="${moved}"`);
  }
  let out = el.replace(/ x="[\d.]+"/, ` x="${mirrorX(x)}"`);
  const to = swapAnchor[anchor];
  if (/text-anchor="/.test(out)) out = out.replace(/text-anchor="\w+"/, `text-anchor="${to}"`);
  else if (to !== 'start' && !/class="num"/.test(out)) out = out.replace('<text', `<text text-anchor="${to}"`);
  return out;
}

function mirrorShape(el) {
  const m = `matrix(-1 0 0 1 ${WIDTH} 0)`;
  if (/ transform="/.test(el)) return el.replace(/ transform="([^"]*)"/, ` transform="${m} $1"`);
  return el.replace(/^<(\w+)/, `<$1 transform="${m}"`);
}

function figure(src, muscle, side) {
  const drawn = DRAWN[muscle];
  const [head, rest] = src.split(/(?=<text x="4" y="12")/);
  const body = rest.replace(/<\/svg>\s*$/, '')
    // The old footnote ("shown on your right; mirror it") is what this replaces.
    .replace(/<text[^>]*>shown on your \w+; mirror it<\/text>\n?/, '');
  const els = body.match(/<(path|circle|rect|text)\b[^>]*?(\/>|>[^<]*<\/text>)/g);
  const mirrored = side !== drawn;
  const out = els.map((el) => !mirrored ? el : el.startsWith('<text') ? mirrorText(el) : mirrorShape(el));
  // The side, large, in the corner the view label does not use.
  const viewLabelLeft = !mirrored;
  const sideLabel = `<text class="side" x="${viewLabelLeft ? WIDTH - 4 : 4}" y="14"${viewLabelLeft ? ' text-anchor="end"' : ''}>${side.toUpperCase()} SIDE</text>`;
  const title = head
    .replace(/(<title id="t">Where to release the )/, `$1${side} `)
    .replace(/(<desc id="d">)/, `$1Your ${side} side. `)
    .replace('</style>', '  .side{font:bold 12px system-ui,sans-serif;fill:#1f6f5c}\n  @media (prefers-color-scheme: dark){.side{fill:#6fd3b4}}\n</style>');
  return `${title}${out.join('\n')}\n${sideLabel}\n</svg>\n`;
}

let stale = [];
for (const file of (await readdir('assets/spots')).filter((f) => f.endsWith('.svg')).sort()) {
  const muscle = file.replace(/\.svg$/, '');
  if (!DRAWN[muscle]) throw new Error(`no side known for ${file}`);
  const src = await readFile(`assets/spots/${file}`, 'utf8');
  for (const side of ['left', 'right']) {
    const path = `public/spots/${muscle}-${side}.svg`;
    const want = figure(src, muscle, side);
    if (check) {
      const have = await readFile(path, 'utf8').catch(() => '');
      if (have !== want) stale.push(path);
    } else {
      await writeFile(path, want);
    }
  }
}
if (stale.length) {
  console.error(`stale figures (run node scripts/make-spot-figures.mjs): ${stale.join(', ')}`);
  process.exit(1);
}
