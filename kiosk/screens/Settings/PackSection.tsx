import { useState } from 'preact/hooks';
import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import { pickText } from '../../../content/model/language.ts';
import type { Pack } from '../../../content/model/pack.ts';
import type { PackProblem } from '../../../content/pack/validate-pack.ts';
import { useContent, useServices, useSettings } from '../../app/contexts.ts';
import type { ImportRefusal } from '../../content/content-loader.ts';
import { formatDate } from '../../components/format.ts';
import type { Strings } from '../../i18n/id.ts';
import { useStrings } from '../../i18n/strings.ts';

/** What the last import attempt said. */
type ImportMessage = { isError: false; lines: string[] } | { isError: true; lines: string[] };

/** A pack problem as one plain sentence: what is wrong, and where (item and field). */
export function describeProblem(problem: PackProblem, strings: Strings): string {
  const what = strings.packProblem[problem.code] ?? problem.code;
  const item = problem.itemId ?? (problem.itemIndex !== undefined ? strings.packItemNumber(problem.itemIndex + 1) : undefined);
  const where = strings.packProblemAt(item, problem.field);
  const detail = problem.code === 'invalid-field' || problem.code === 'unknown-finder-answer' ? ` (${problem.detail})` : '';
  return where ? `${what}: ${where}${detail}.` : `${what}${detail}`;
}

/** Why a pack file was refused, as sentences. */
function refusalLines(refusal: ImportRefusal, strings: Strings): string[] {
  switch (refusal.reason) {
    case 'too-large':
      return [strings.packTooLarge(Math.round(refusal.maxBytes / 1024 / 1024))];
    case 'unreadable':
      return [strings.packUnreadable];
    case 'invalid':
      return refusal.problems.map((problem) => describeProblem(problem, strings));
    case 'save-failed':
      return [strings.packSaveFailed];
  }
}

function countKinds(pack: Pack) {
  const count = (kind: string) => pack.items.filter((item) => item.kind === kind).length;
  return [count('program'), count('regulation'), count('notice')] as const;
}

/** The active pack, and loading a new one from a file: invalid packs are refused and nothing is lost. */
export function PackSection() {
  const strings = useStrings();
  const { settings } = useSettings();
  const { content, replacePack } = useContent();
  const services = useServices();
  const [message, setMessage] = useState<ImportMessage | undefined>();
  const [isBusy, setIsBusy] = useState(false);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setIsBusy(true);
    const { importPackFile } = await import('../../content/content-loader.ts');
    const result = await importPackFile(file, services.contentStore);
    setIsBusy(false);
    input.value = '';
    if (result.ok) {
      replacePack(result.pack);
      const lines = [strings.packLoaded(pickText(result.pack.title, settings.language), result.pack.packVersion), strings.packCounts(...countKinds(result.pack))];
      setMessage({ isError: false, lines });
      announce(lines.join(' '));
      return;
    }
    const lines = [strings.packRefused, ...refusalLines(result, strings)];
    setMessage({ isError: true, lines });
    announce(lines.join(' '), 'assertive');
  };

  return (
    <section aria-labelledby="settings-pack" class="card-section">
      <h2 id="settings-pack">{strings.packTitle}</h2>
      {content.status === 'ready' && (
        <p data-testid="active-pack">
          {strings.packActive(pickText(content.pack.title, settings.language), content.pack.packVersion, formatDate(content.pack.createdAt, settings.language))}{' '}
          {strings.packCounts(...countKinds(content.pack))}
        </p>
      )}
      <label for="pack-file" class="field-label">
        {strings.packLoadLabel}
      </label>
      <p id="pack-file-hint" class="hint">
        {strings.packLoadHint}
      </p>
      <input id="pack-file" type="file" accept=".json,application/json" aria-describedby="pack-file-hint" disabled={isBusy} onChange={onFile} />
      {message && (
        <div role={message.isError ? 'alert' : 'status'} class={message.isError ? 'message message-error' : 'message message-ok'}>
          <p>{message.lines[0]}</p>
          {message.lines.length > 1 && (
            <ul>
              {message.lines.slice(1).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
