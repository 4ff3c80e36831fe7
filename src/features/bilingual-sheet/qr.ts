/**
 * QR codes drawn at build time as inline SVG, with `qrcode`. The links they hold do not depend
 * on the language, so a page's set is made once and its SVG strings reused by the sheets of all
 * thirteen languages (the cache is keyed by the link, which is made of the slug and the section).
 *
 * Options chosen for size, since every sheet carries one per section: the lowest error
 * correction (a printed or on-screen code is not damaged; the smallest version fits the link),
 * no margin in the drawing (the white quiet zone is the box's padding, ./sheet.css), and the
 * library's run-length path, one `h` segment per run of dark modules.
 */
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/** The QR code of a link, as an SVG string without a role or a name (see `withAttributes`). */
export function qrSvg(link: string): Promise<string> {
  let svg = cache.get(link);
  if (!svg) {
    svg = QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 0 }).then((s) =>
      s.trim().replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /, '<svg '),
    );
    cache.set(link, svg);
  }
  return svg;
}

const encode = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * An SVG with attributes added to its root (a role and what names it, a class), escaped.
 *
 * @example withAttributes('<svg viewBox="0 0 21 21">…', { role: 'img', 'aria-labelledby': 'qr-a' })
 * // '<svg role="img" aria-labelledby="qr-a" viewBox="0 0 21 21">…'
 */
export const withAttributes = (svg: string, attributes: Record<string, string>): string =>
  svg.replace(
    /^<svg\s/,
    `<svg ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${encode(value)}" `)
      .join('')}`,
  );
