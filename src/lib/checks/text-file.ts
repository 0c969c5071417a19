/**
 * Reads a text file the way maintainers save them on any system: UTF-8 with or without a
 * byte-order mark, with LF or CRLF line endings. A file in another encoding (UTF-16 from
 * Notepad, Windows-1252, Latin-1) is refused with a problem that names the file and the fix,
 * rather than read as replacement characters.
 */
import { readFileSync } from 'node:fs';

export type TextFile = { ok: true; text: string } | { ok: false; problem: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8; drops a byte-order mark and turns CRLF and CR into LF. */
export function decodeText(bytes: Uint8Array): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'the file is saved as UTF-16: save it again as UTF-8 (in most editors: "Save with encoding", then "UTF-8")' };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = offset === undefined ? undefined : new TextDecoder().decode(bytes.subarray(0, offset)).split('\n').length;
    return {
      ok: false,
      problem: `the file is not valid UTF-8${line ? ` (first bad byte on line ${line})` : ''}, probably Windows-1252 or Latin-1: save it again as UTF-8 (in most editors: "Save with encoding", then "UTF-8")`,
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

export function readTextFile(path: string): TextFile {
  return decodeText(readFileSync(path));
}

function firstInvalidByte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}
