import type { ComponentChildren } from 'preact';
import type { Pack } from '../../content/model/pack.ts';
import { useContent } from '../app/contexts.ts';
import { useStrings } from '../i18n/strings.ts';

/**
 * Renders `children(pack)` once content is ready; a loading line while it loads; a clear message with a
 * retry button when it failed (never a blank screen).
 */
export function ContentGate({ children }: { children: (pack: Pack) => ComponentChildren }) {
  const strings = useStrings();
  const { content, reload } = useContent();
  if (content.status === 'loading') return <p role="status">{strings.loadingContent}</p>;
  if (content.status === 'failed') {
    return (
      <div role="alert" class="message message-error">
        <p>{strings.contentUnavailable}</p>
        <button type="button" class="button" onClick={reload}>
          {strings.retry}
        </button>
      </div>
    );
  }
  return <>{children(content.pack)}</>;
}
