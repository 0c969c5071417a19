/**
 * A received text file, decoded: UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * else Windows-1252 (which reads Latin-1 too), converted to UTF-8 and said so. An empty or
 * binary file is refused with what to do.
 */
import type { SourceLine } from './source-lines.ts';

export type Received =
  | { kind: 'text'; text: string; note: string }
  | { kind: 'pdf'; lines: SourceLine[] };

export class ReceivedFileError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeReceived(bytes: Uint8Array): Extract<Received, { kind: 'text' }> {
  if (bytes.length === 0 || !/\S/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) {
    throw new ReceivedFileError('the file is empty: export the text again, or import the PDF itself');
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new ReceivedFileError('the file is a PDF with another extension: rename it to .pdf');
  }
  let text: string;
  let note: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    note = `UTF-16 text, converted to UTF-8`;
  } else {
    try {
      text = UTF8.decode(bytes);
      note = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'UTF-8 text (byte-order mark removed)' : 'UTF-8 text';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      note = 'not UTF-8: read as Windows-1252 (Latin-1) and converted to UTF-8; check accented letters and quotation marks in the draft';
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (/\r\n?/.test(text)) note += ', CRLF line ends made LF';
  text = text.replace(/\r\n?/g, '\n');
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (controls > text.length * 0.01 || text.includes('\u0000')) {
    throw new ReceivedFileError('the file is binary, not text: import the PDF itself, or export its text as a .txt file');
  }
  if (!/\p{L}{2,}/u.test(text)) throw new ReceivedFileError('the file holds no words: export the text again');
  return { kind: 'text', text: text.endsWith('\n') ? text : `${text}\n`, note };
}
