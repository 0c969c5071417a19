/**
 * The bundler's messages, less one that says nothing about the atlas. For every MDX file whose
 * styles Astro collects (here each glossary entry, in each language), Astro writes a module that
 * opens with the directive `"use astro:head-inject"`, and Rolldown warns that the directive "may
 * not be preserved when bundling" (withastro/astro#18087). Nothing reads the directive after
 * Astro writes it (Astro tells those modules apart by their `__astroPropagation` export), so the
 * built pages are the same with or without it; but the warning came 156 times, some 900 lines of
 * a 950-line build log, and hid the build's own messages. Every other message passes as it was.
 */
import type { Rolldown } from 'vite';

const HEAD_INJECT = '"use astro:head-inject"';

export function withoutHeadInjectWarnings(level: Rolldown.LogLevel, log: Rolldown.RolldownLog, handler: Rolldown.LogOrStringHandler): void {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes(HEAD_INJECT)) return;
  handler(level, log);
}
