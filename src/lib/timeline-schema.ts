/** The timeline (`src/content/timeline.yaml`): dated events the studies mention, in their own words. */
import { z } from 'astro/zod';
import { idPattern } from './study-schema.ts';

export const timelineKinds = ['instrument', 'law', 'programme', 'report', 'ranking', 'incident', 'institution', 'ratification', 'agreement', 'statistic'] as const;

export const timelineEventSchema = z
  .object({
    /** Unique id, lower-case words joined by hyphens; also the event's anchor on /timeline/. */
    id: z.string().regex(idPattern, { error: 'id is lower-case words joined by hyphens, e.g. "crc-adoption"' }),
    /** The year the source gives (the first year of a range). */
    year: z.number({ error: 'year is a number such as 2011 (no quotes)' }).int().min(1900).max(2100),
    /** The fullest date or period the source gives, in English, when it gives more than a year. */
    date: z.string().min(1).optional(),
    /** What happened, in English, saying only what the sources say. */
    title: z.string().min(1, { error: 'title is empty: say what happened' }),
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
    note: z.string().min(1).optional(),
  })
  .strict();

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
