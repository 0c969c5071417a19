/** The downloadable copy's file name, from the site's name: "Labour Migration Atlas" → "labour-migration-atlas.zip". */
import { slug } from 'github-slugger';
import type { AtlasConfig } from '../model/atlas-config.ts';
import { pick } from '../model/localized-text.ts';

export function archiveName(config: Pick<AtlasConfig, 'title' | 'languages'>): string {
  const title = pick(config.title, config.languages.interface[0]!).text;
  return `${slug(title.normalize('NFKD')).replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'atlas'}.zip`;
}
