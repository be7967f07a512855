// Renders public/icons/icon.svg to the PNG icons the manifest and iOS need.
// Run by hand when the icon changes; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

const svg = await readFile('public/icons/icon.svg', 'utf8');
const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
async function render(size, file, { maskable = false, round = true } = {}) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: full-bleed background, artwork inside the 80% safe zone.
  const art = maskable
    ? `<rect width="512" height="512" fill="#0f5c4d"/><g transform="translate(76.8 76.8) scale(0.7)">${inner.replace('rx="112"', '')}</g>`
    : round ? inner : inner.replace('rx="112"', '');
  await page.setContent(`<html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="${size}" height="${size}">${art}</svg></body></html>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'maskable-512.png', { maskable: true });
await render(180, 'apple-touch-icon.png', { round: false });
await browser.close();
