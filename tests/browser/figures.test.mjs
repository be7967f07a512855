// The spot figures as a person reads them: one per side, the spots on the
// side being worked, every word upright, and the committed files exactly
// what the drawings in assets/spots give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const FRONT = ['iliacus', 'psoas', 'quads', 'adductor-magnus'];
const BACK = ['glute-max', 'hamstrings'];

test('committed figures match their drawings', () => {
  execFileSync('node', ['scripts/make-spot-figures.mjs', '--check'], { stdio: 'inherit' });
  assert.equal(readdirSync('public/spots').filter((f) => f.endsWith('.svg')).length, 12);
});

for (const m of [...FRONT, ...BACK]) {
  test(`${m}: the spots sit on the side named, with readable words`, () => {
    for (const side of ['left', 'right']) {
      const svg = readFileSync(`public/spots/${m}-${side}.svg`, 'utf8');
      assert.match(svg, new RegExp(`>${side.toUpperCase()} SIDE</text>`));
      assert.doesNotMatch(svg, /mirror it/);
      assert.doesNotMatch(svg, /<text[^>]*transform=/, 'no word is drawn mirrored');
      // Where the body's middle is, from the two "your left/right" labels.
      const labels = [...svg.matchAll(/<text x="([\d.]+)" y="256"[^>]*>your (left|right)</g)].map((x) => ({ x: +x[1], side: x[2] }));
      assert.equal(labels.length, 2);
      const middle = (labels[0].x + labels[1].x) / 2;
      const sideX = labels.find((l) => l.side === side).x;
      // Every spot, where it lands once any mirror is applied.
      const spots = [...svg.matchAll(/<circle( transform="matrix\(-1 0 0 1 240 0\)")? class="spot" cx="([\d.]+)"/g)]
        .map((x) => (x[1] ? 240 - +x[2] : +x[2]));
      assert.ok(spots.length >= 2, `${m}-${side}: spots found`);
      for (const x of spots) {
        assert.equal(Math.sign(x - middle), Math.sign(sideX - middle), `${m}-${side}: spot at ${x} is on the ${side} (label at ${sideX}, middle ${middle})`);
      }
    }
  });
}
