// JavaScript source rewritten so that every character of it is ASCII, with the
// same meaning: what scripts/bundle.mjs does to the bundle after esbuild.
//
// Why: V8 holds a script's source as a one-byte (Latin-1) string when every
// character fits, and as a two-byte string otherwise. esbuild escapes the
// non-ASCII characters of strings, templates and names, but not those of
// regular-expression literals or of String.raw templates; the parsers' patterns
// hold curly quotes and dashes, so the whole 0.8 MB bundle was decoded from
// UTF-8 into a two-byte string on every run, and V8 scanned twice the bytes.
//
// What is rewritten, by the syntax tree (TypeScript's parser, a build-time
// dependency already), each non-ASCII UTF-16 unit as \uXXXX:
// - string literals and untagged templates: the same value;
// - regular-expression literals: the same pattern. A lone unit escaped is the
//   character it was, in a class or out, with or without `i`; a surrogate pair
//   written as two escapes is one code point under `u`/`v` and two units
//   without, as the raw pair was; an identity escape (`\é`, allowed without
//   `u` only) becomes the escape alone;
// - String.raw templates: the raw text is the value, so an escape would change
//   it; the characters go into a substitution instead (`${"\u00e9"}`), which
//   String.raw joins in unchanged.
// Anything else left non-ASCII (a comment, another tag's template) is an
// error, not a silent two-byte bundle.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

/** `code` with every character ASCII and the same meaning; throws where it cannot say so. */
export function asciiOnly(code, fileName = 'bundle.js') {
  if (!NON_ASCII.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** [start, end, replacement] for each run of non-ASCII units, in source order */
  const edits = [];
  const where = (at) => {
    const { line, character } = source.getLineAndCharacterOfPosition(at);
    return `${fileName}:${line + 1}:${character + 1}`;
  };
  const escapeRuns = (start, end, inRaw) => {
    const text = code.slice(start, end);
    for (const m of text.matchAll(/[^\x00-\x7f]+/g)) {
      const at = start + m.index;
      let slashes = 0;
      while (code.charCodeAt(at - 1 - slashes) === 0x5c) slashes++;
      const units = [...m[0]].flatMap((ch) => ch.split('')).map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (slashes % 2 === 1) {
        // `\é`: an identity escape (a string's, a template's, a non-`u` pattern's) is the character itself
        if (inRaw) throw new Error(`scripts/ascii.mjs: a String.raw template escapes a non-ASCII character at ${where(at)}`);
        edits.push([at - 1, at + m[0].length, units.join('')]);
      } else {
        edits.push([at, at + m[0].length, inRaw ? `\${"${units.join('')}"}` : units.join('')]);
      }
    }
  };
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.RegularExpressionLiteral:
        escapeRuns(node.getStart(source), node.end, false);
        return;
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail: {
        const start = node.getStart(source);
        if (NON_ASCII.test(code.slice(start, node.end))) escapeRuns(start, node.end, rawTag(node, source, where(start)));
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  const left = NON_ASCII.exec(out);
  if (left) throw new Error(`scripts/ascii.mjs: a non-ASCII character outside any string, template or pattern (a comment?) at offset ${left.index} of the rewritten ${fileName}`);
  return out;
}

/** Whether a template part is String.raw's (its raw text is its value); a template under another tag cannot be rewritten. */
function rawTag(node, source, at) {
  let template = node;
  while (template && template.kind !== ts.SyntaxKind.NoSubstitutionTemplateLiteral && template.kind !== ts.SyntaxKind.TemplateExpression) template = template.parent;
  const tagged = template?.parent;
  if (!tagged || tagged.kind !== ts.SyntaxKind.TaggedTemplateExpression) return false;
  if (tagged.tag.getText(source) === 'String.raw') return true;
  throw new Error(`scripts/ascii.mjs: a template tagged ${tagged.tag.getText(source)} holds a non-ASCII character at ${at}`);
}
