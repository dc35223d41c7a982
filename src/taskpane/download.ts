/** The Word document MIME type, for the pledge download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Offers `bytes` as a file download through a Blob URL and an `<a download>`. Returns false where the
 * host cannot (no Blob URLs, no download attribute, or it throws); some Office hosts also ignore the
 * click silently, which no page can detect.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string, doc: Document = document): boolean {
  try {
    const view = doc.defaultView;
    const url = view?.URL ?? globalThis.URL;
    if (typeof url?.createObjectURL !== 'function') return false;
    const anchor = doc.createElement('a');
    if (!('download' in anchor)) return false;
    const href = url.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mime }));
    anchor.href = href;
    anchor.download = fileName;
    anchor.style.display = 'none';
    doc.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Give the browser time to start the download before the URL goes.
    setTimeout(() => url.revokeObjectURL(href), 60_000);
    return true;
  } catch {
    return false;
  }
}
