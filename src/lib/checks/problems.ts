/**
 * What a check finds, in one shape for every check (content, config, built site), and the
 * error that stops the build with all of them: an Astro error whose message lists each problem
 * as `file:line (field): what is wrong: what to write instead`, the form editors and CI logs link.
 */
import { AstroError } from 'astro/errors';

export interface ContentProblem {
  /** The file, as a path relative to the working folder (or a description of built pages). */
  file: string;
  /** 1-based line, where it can be known. */
  line?: number;
  /** Dotted path of the frontmatter or config field, where there is one. */
  field?: string;
  /** What is wrong and what to write instead. */
  message: string;
  /**
   * A warning is reported but does not stop the build; so is what a draft leaves to review
   * (`review`: a placeholder a person must fill in before the study is published).
   */
  severity?: 'error' | 'warning' | 'review';
}

const PREFIXES: Record<NonNullable<ContentProblem['severity']>, string> = { error: '', warning: 'warning: ', review: 'to review: ' };

/** One problem a line: `file:line (field): message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => `${PREFIXES[p.severity ?? 'error']}${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`)
    .join('\n');
}

/** Only the problems that stop the build. */
export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity === undefined || p.severity === 'error');
}

export function warningsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity === 'warning');
}

/** What drafts leave to review: reported, never stopping the build. */
export function reviewsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity === 'review');
}

/**
 * The error that stops the build: `what` says what was checked ("The content", "The built
 * site"), `hint` how to go about the fixes.
 */
export function problemsError(what: string, problems: readonly ContentProblem[], hint: string): AstroError {
  const error = new AstroError(
    `${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
    hint,
  );
  return error;
}
