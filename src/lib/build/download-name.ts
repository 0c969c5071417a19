/** The downloadable copy: whether the atlas offers it, and its file name. */
import { slug } from 'github-slugger';
import type { AtlasConfig } from '../model/atlas-config.ts';
import { pick } from '../model/localized-text.ts';

/** The file name, from the site's name: "Labour Migration Atlas" → "labour-migration-atlas.zip". */
export function archiveName(config: Pick<AtlasConfig, 'title' | 'languages'>): string {
  const title = pick(config.title, config.languages.interface[0]!).text;
  return `${slug(title.normalize('NFKD')).replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'atlas'}.zip`;
}

/** Whether an atlas of this many studies offers the downloadable copy (`offline.downloadMaxStudies`). */
export function downloadOffered(config: Pick<AtlasConfig, 'offline'>, studies: number): boolean {
  return studies <= config.offline.downloadMaxStudies;
}
