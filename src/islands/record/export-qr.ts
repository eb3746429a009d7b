/**
 * The export code's QR code: a link to /record/#import=<code>, drawn as one SVG path from the
 * modules uqr computes (built as elements, never parsed from text). Loaded only when a member
 * generates a code. Browser-only.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** The quiet zone the QR standard asks for, in modules. */
const BORDER = 4;

/** The path of the dark modules of a QR matrix, one unit per module. */
export function modulesPath(data: readonly (readonly boolean[])[]): string {
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return d;
}

/** An SVG QR code of `text`, or null when the text is too long for any QR code. */
export function qrSvg(text: string, label: string): SVGSVGElement | null {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'L', boostEcc: true, border: BORDER });
  } catch {
    return null; // RangeError: past a version-40 code's capacity
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(qr.size));
  background.setAttribute('height', String(qr.size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', modulesPath(qr.data));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
