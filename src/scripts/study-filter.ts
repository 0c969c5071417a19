/**
 * The study filter (StudyFilter.astro) with JavaScript. The page's CSS already shows only the
 * studies ticked; this keeps the choice in the URL (`?study=a&study=b`), so that it survives a
 * reload and can be shared, restores it from there, and announces how many items show.
 */
import { filterStrings } from '../i18n/browser.ts';

function start() {
  const form = document.querySelector<HTMLFormElement>('form[data-study-filter]');
  if (!form) return;
  const strings = filterStrings;
  const message = form.dataset.studyFilter === 'studies' ? strings.studies : strings.events;
  const status = form.querySelector<HTMLElement>('[data-study-filter-status]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="study"]')];
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];

  const update = () => {
    const url = new URL(location.href);
    url.searchParams.delete('study');
    for (const box of boxes) if (box.checked) url.searchParams.append('study', box.value);
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A copy opened from disk may refuse to change its file URL; the filter still works.
    }
    if (!status) return;
    status.hidden = false;
    status.textContent = message(items.filter((item) => item.getClientRects().length > 0).length, items.length);
  };

  const wanted = new URLSearchParams(location.search).getAll('study');
  if (wanted.length > 0) for (const box of boxes) box.checked = wanted.includes(box.value);
  form.addEventListener('change', update);
  // A reset unticks the boxes after its event has run.
  form.addEventListener('reset', () => setTimeout(update));
  update();
}

// A module script runs after parsing; the copy for reading from disk runs it as a classic script where it stands.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
