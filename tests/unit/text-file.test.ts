/** Files as editors save them: UTF-8 with or without a byte-order mark, LF or CRLF, and the encodings refused. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/checks/text-file.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFF---\ntitle: Café\n', 'utf8'))).toEqual({ ok: true, text: '---\ntitle: Café\n' });
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\n', 'utf8'))).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  it('refuses Latin-1 and says on which line the first bad byte is', () => {
    const result = decodeText(Buffer.from('---\ntitle: x\n# café\n', 'latin1'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^the file is not valid UTF-8 \(first bad byte on line 3\), probably Windows-1252 or Latin-1: save it again as UTF-8/);
  });

  it('refuses UTF-16 with its byte-order mark, either way round', () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le')]), Buffer.from([0xfe, 0xff, 0, 0x61])]) {
      const result = decodeText(bytes);
      expect(!result.ok && result.problem).toMatch(/^the file is saved as UTF-16: save it again as UTF-8/);
    }
  });
});
