/** GNU as escape sequences in string and character literals, decoded to bytes (UTF-8 for text). */

/** The escapes GNU as's scrubber reads in a character constant; any other is its own character. */
const CHAR_SIMPLE: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, '\\': 92, '"': 34, "'": 39 };
/** A string's: those and \v. */
const SIMPLE: Record<string, number> = { ...CHAR_SIMPLE, v: 11 };

/** Decode the body of a string literal (without its quotes). */
export function decodeEscapes(body: string): Uint8Array {
  if (!body.includes('\\')) return Buffer.from(body, 'utf8');
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\') {
      const next = body.indexOf('\\', i);
      const end = next < 0 ? body.length : next;
      out.push(...Buffer.from(body.slice(i, end), 'utf8'));
      i = end;
      continue;
    }
    const e = body[i + 1];
    if (e >= '0' && e <= '9') {
      // Up to three digits, read as octal: GNU as takes 8 and 9 too ("\8" is 8, "\18" is 16).
      let j = i + 1;
      let value = 0;
      while (j < body.length && j < i + 4 && body[j] >= '0' && body[j] <= '9') value = value * 8 + Number(body[j++]);
      out.push(value & 255);
      i = j;
    } else if (e === 'x' || e === 'X') {
      let j = i + 2;
      let value = 0;
      while (j < body.length && /[0-9a-fA-F]/.test(body[j])) value = value * 16 + parseInt(body[j++], 16);
      out.push(value & 255);
      i = j;
    } else {
      out.push(SIMPLE[e] ?? e.charCodeAt(0));
      i += 2;
    }
  }
  return Uint8Array.from(out);
}

/**
 * The value of a character constant's body (`a`, `\n`): as GNU as reads it, a backslash before
 * anything but b f n r t \ ' " stands for the character itself (`'\0'` is 48, `'\e'` is 101,
 * `'\ ` 32), and a backslash that ends the line stands for the line's end (10).
 */
export function charValue(body: string): number {
  if (body === '\\') return 10;
  if (body[0] !== '\\' || body.length < 2) return decodeEscapes(body)[0];
  return CHAR_SIMPLE[body[1]] ?? body.charCodeAt(1);
}
