/** Which passages of a study its editorial notes concern: passage id → note numbers (from 1). */
import type { EditorialNote } from '../model/study-schema.ts';

export function notePlaces(notes: readonly EditorialNote[], passageOf: (quote: string) => string | undefined): Record<string, number[]> {
  const places: Record<string, number[]> = {};
  notes.forEach((note, index) => {
    for (const quote of note.at) {
      const id = passageOf(quote);
      if (id && !(places[id] ??= []).includes(index + 1)) places[id].push(index + 1);
    }
  });
  return places;
}
