/** QR codes of a link, drawn from the modules `qrcode-generator` computes (no markup strings in the page). */
import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** The dark (true) and light modules, row by row; error correction M survives a smudged printed card. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.isDark(y, x)));
}

/** A standalone SVG file of the code. */
export function qrSvgText(text: string): string {
  const m = qrMatrix(text);
  const size = m.length + QUIET * 2;
  let d = '';
  m.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" height="${size * 10}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg>\n`;
}

/** Draws the code on a canvas, `cell` pixels a module. */
export function qrCanvas(text: string, cell = 8): HTMLCanvasElement {
  const m = qrMatrix(text);
  const size = (m.length + QUIET * 2) * cell;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#000';
  m.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect((x + QUIET) * cell, (y + QUIET) * cell, cell, cell)));
  return canvas;
}

/** A PNG file of the code. */
export function qrPng(text: string, cell = 12): Promise<Blob> {
  return new Promise((resolve, reject) => qrCanvas(text, cell).toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
}
