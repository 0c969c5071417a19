/**
 * Copy buttons (`button[data-copy]` naming the element whose text they copy, in a row marked
 * `data-copy-row`): shown only when this script runs. The status beside the button says the text
 * was copied; where the browser refuses the clipboard, the text is selected for the reader to
 * copy instead. The words come from the page (`data-copied`, `data-copy-failed` on an ancestor).
 */
for (const row of document.querySelectorAll<HTMLElement>('[data-copy-row]')) row.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-copy]');
  const source = button && document.getElementById(button.dataset.copy!);
  if (!button || !source) return;
  const status = button.parentElement!.querySelector('.copy-status')!;
  const words = button.closest<HTMLElement>('[data-copied]')!.dataset;
  for (const other of document.querySelectorAll('.copy-status')) other.textContent = '';
  try {
    await navigator.clipboard.writeText(source.textContent!.trim());
    status.textContent = words.copied!;
  } catch {
    source.closest('details')?.setAttribute('open', '');
    getSelection()?.selectAllChildren(source);
    status.textContent = words.copyFailed!;
  }
});
