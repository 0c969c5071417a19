/** The project's own atlas passes the content check with its five studies. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/atlas/load.ts';
import { checkContent, errorsOf, formatProblems } from '../../../src/lib/checks/content-check.ts';
import { root } from '../../support/site.ts';

describe('content check on the real studies', () => {
  it('accepts the five studies with no problem', async () => {
    const { problems, studies } = checkContent(await loadAtlas(root));
    expect(formatProblems(errorsOf(problems))).toBe('');
    expect(studies.map((s) => s.slug).sort()).toEqual(
      [
        'actip-wc-effectiveness-vietnam',
        'iom-human-trafficking-vietnam',
        'unicef-child-trafficking-vietnam',
        'vietnam-anti-trafficking-strategy',
        'vietnam-child-trafficking-uk',
      ].filter((slug) => existsSync(join(root, 'src/content/studies', `${slug}.mdx`))),
    );
  });

  it('gives the site its name and languages from site.config.ts', async () => {
    const { config } = await loadAtlas(root);
    expect(config.title).toEqual({ en: 'Vietnam Trafficking Studies Atlas', id: 'Atlas Studi Perdagangan Manusia di Vietnam' });
    expect(config.languages.interface).toEqual(['en', 'id']);
    expect(config.languages.known).toEqual(['en', 'id']);
  });
});
