/** The timeline (`src/content/timeline.yaml`): dated events the studies mention, in their own words. */
import { z } from 'astro/zod';
import { idPattern, type AtlasConfig } from './atlas-config.ts';
import { localizedText, type LocalizedText } from './localized-text.ts';
import { timelineKinds, type TimelineKind } from './vocabulary.ts';

export interface TimelineEvent {
  id: string;
  year: number;
  date?: LocalizedText;
  title: LocalizedText;
  kind: TimelineKind;
  glossary: string[];
  mentions: { study: string; quote: string }[];
  note?: LocalizedText;
}

/** The schema of one timeline event in one atlas. */
export function timelineEventSchema(config: AtlasConfig): z.ZodType<TimelineEvent> {
  const text = (field: string, example: string) => localizedText(config.languages, field, example);
  return z
    .object({
      /** Unique id, lower-case words joined by hyphens; also the event's anchor on the timeline page. */
      id: z.string().regex(idPattern, { error: 'id is lower-case words joined by hyphens, e.g. "crc-adoption"' }),
      /** The year the source gives (the first year of a range). */
      year: z.number({ error: 'year is a number such as 2011 (no quotes)' }).int().min(1900).max(2100),
      /** The fullest date or period the source gives, when it gives more than a year. */
      date: text('date', '"29 August 1952"').optional(),
      /** What happened, saying only what the sources say. */
      title: text('title', 'what happened'),
      /** What kind of event it is. */
      kind: z.enum(timelineKinds, { error: `kind must be one of: ${timelineKinds.join(', ')}` }),
      /** Glossary entries the event concerns. */
      glossary: z.array(z.string().regex(idPattern)).default([]),
      /** Each study that mentions it, with a stretch of its text copied exactly. */
      mentions: z
        .array(
          z
            .object({
              /** The study's slug. */
              study: z.string().regex(idPattern),
              /** Words copied exactly from the study's page (body or abstract). */
              quote: z.string().min(1),
            })
            .strict(),
        )
        .min(1, { error: 'mentions is empty: name at least one study that mentions the event' }),
      /** Our note, e.g. where the sources disagree. */
      note: text('note', 'the note').optional(),
    })
    .strict() as unknown as z.ZodType<TimelineEvent>;
}
