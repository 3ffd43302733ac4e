/**
 * Terminal safety: corpus text may hold escape sequences or control
 * characters. In anything meant for a terminal they are shown escaped
 * ("\x1b"), so a document can never clear the screen or retitle the window.
 * JSON needs none of this: JSON.stringify escapes control characters itself.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One line for a table cell: control characters escaped, tabs and line breaks as spaces. */
export function cellText(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n|\t/g, ' '));
}

/** Shorten to `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
