/**
 * Source text → lines. Block comments (/* ... *\/) are replaced by blanks here, so that the
 * per-line grammar never sees one and columns stay where they were; a block comment may span
 * lines. Strings, character literals and "#" comments are skipped so that "/*" inside them is
 * not taken for a comment.
 */

/** Split `text` into lines (without their "\n"), blanking block comments. */
export function splitLines(text: string): string[] {
  return (text.includes('/*') ? blankBlockComments(text) : text).split('\n');
}

function blankBlockComments(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === "'") {
      i += text[i + 1] === '\\' ? 3 : 2;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push(text.slice(copied, i), text.slice(i, stop).replace(/[^\n]/g, ' '));
      copied = i = stop;
    } else {
      i++;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}
