// Saves generated text as a file the visitor or staff can take to the embosser (a USB stick, or the
// library's embosser PC). The object URL is revoked straight after the download starts: nothing of the
// document stays in memory for the next visitor.

/** Starts a download of `text` as `fileName`. */
export function saveTextFile(text: string, fileName: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
