/** Saves a chart: its SVG as drawn, or a PNG rendered from that SVG at twice the size for sharp print. */

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Text takes the page's font only while it sits in the page; a file needs it spelled out.
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  // The page fades the marks of places out of focus with its style sheet, which a file
  // does not carry: each faded mark takes its opacity along.
  const copies = copy.querySelectorAll('[data-focus-place]');
  svg.querySelectorAll('[data-focus-place]').forEach((mark, index) => {
    const { opacity } = getComputedStyle(mark);
    if (opacity !== '1') copies[index]?.setAttribute('opacity', opacity);
  });
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Figures computed in the page (indexed, growth), saved as the CSV file they are. */
export function saveCsv(text: string, filename: string) {
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}

export function saveSvg(svg: SVGSVGElement, filename: string) {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), filename);
}

export async function savePng(svg: SVGSVGElement, filename: string) {
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be made');
    download(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
