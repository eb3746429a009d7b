import { encodePng } from './png.ts';

/**
 * The app icon, drawn from code so nothing is downloaded: a red tile with an open white book and
 * a gold bookmark. The same shapes as `public/icons/icon.svg`, on a 512-unit square.
 */
type Point = [number, number];
interface Shape {
  color: [number, number, number];
  polygon: Point[];
}

const RED: [number, number, number] = [0xa6, 0x1b, 0x1b];
const SHAPES: Shape[] = [
  { color: [255, 255, 255], polygon: [[96, 158], [246, 188], [246, 384], [96, 354]] },
  { color: [255, 255, 255], polygon: [[266, 188], [416, 158], [416, 354], [266, 384]] },
  { color: [0xf5, 0xc5, 0x42], polygon: [[236, 96], [276, 96], [276, 156], [256, 142], [236, 156]] },
];

function inside(poly: Point[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function inRoundedSquare(x: number, y: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), 512 - r);
  const cy = Math.min(Math.max(y, r), 512 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * Render the icon at `size` pixels. `maskable`: a full-bleed tile with the drawing shrunk into
 * the central safe zone (launchers crop it to a circle or squircle).
 */
export function renderIcon(size: number, maskable = false): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const scale = 512 / size;
  const shrink = maskable ? 0.72 : 1;
  const colors = [RED, ...SHAPES.map((s) => s.color)];
  // -1: transparent, 0: tile, 1…: a shape.
  const at = (x: number, y: number): number => {
    if (!maskable && !inRoundedSquare(x, y, 96)) return -1;
    // Drawing coordinates, shrunk around the centre for the maskable safe zone.
    const dx = 256 + (x - 256) / shrink;
    const dy = 256 + (y - 256) / shrink;
    return SHAPES.findIndex((s) => inside(s.polygon, dx, dy)) + 1;
  };
  const ss = 4; // 4×4 samples per pixel on edges, for smooth outlines
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x0 = px * scale;
      const y0 = py * scale;
      const corners = [at(x0 + 0.01, y0 + 0.01), at(x0 + scale - 0.01, y0 + 0.01), at(x0 + 0.01, y0 + scale - 0.01), at(x0 + scale - 0.01, y0 + scale - 0.01)];
      const samples = corners.every((c) => c === corners[0]) ? [corners[0]!] : [];
      if (samples.length === 0) {
        for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) samples.push(at(x0 + ((sx + 0.5) / ss) * scale, y0 + ((sy + 0.5) / ss) * scale));
      }
      let r = 0, g = 0, b = 0, covered = 0;
      for (const s of samples) {
        if (s < 0) continue;
        const [cr, cg, cb] = colors[s]!;
        r += cr; g += cg; b += cb; covered++;
      }
      const o = (py * size + px) * 4;
      // Average colour over covered samples; alpha from coverage.
      rgba[o] = covered ? Math.round(r / covered) : 0;
      rgba[o + 1] = covered ? Math.round(g / covered) : 0;
      rgba[o + 2] = covered ? Math.round(b / covered) : 0;
      rgba[o + 3] = Math.round((255 * covered) / samples.length);
    }
  }
  return encodePng(size, size, rgba);
}

/** An icon file the web app manifest lists. */
export interface IconFile {
  /** Relative to the site folder. */
  path: string;
  content: Buffer;
  sizes: string;
  purpose?: string;
}

/** The icon files the web app manifest lists. */
export function iconFiles(): IconFile[] {
  return [
    { path: 'icons/icon-192.png', content: renderIcon(192), sizes: '192x192' },
    { path: 'icons/icon-512.png', content: renderIcon(512), sizes: '512x512' },
    { path: 'icons/icon-maskable-512.png', content: renderIcon(512, true), sizes: '512x512', purpose: 'maskable' },
    { path: 'icons/apple-touch-icon.png', content: renderIcon(180, true), sizes: '180x180' },
  ];
}
