import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/contexts.ts';
import { useStrings } from '../i18n/strings.ts';
import type { ReaderPanelProps } from './ReaderPanel.tsx';

type ReaderModule = typeof import('./ReaderPanel.tsx');
let readerModule: Promise<ReaderModule> | undefined;

/**
 * The reader panel, loaded when a screen with something to read opens: the reading engine (segmentation,
 * session) stays out of the first bundle, so the home screen paints fast on a slow kiosk PC.
 */
export function LazyReaderPanel(props: ReaderPanelProps) {
  const strings = useStrings();
  const { speech } = useServices();
  const [loaded, setLoaded] = useState<ReaderModule | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    // The normaliser too: the reader must never speak text that was not prepared for the voice.
    readerModule ??= Promise.all([import('./ReaderPanel.tsx'), speech.normalizerReady]).then(([module]) => module);
    readerModule.then((module) => isCurrent && setLoaded(module)).catch((error: unknown) => console.error('Jurubaca: the reader could not be loaded', error));
    return () => {
      isCurrent = false;
    };
  }, [speech]);
  if (loaded) return <loaded.ReaderPanel {...props} />;
  return (
    <section class="reader" aria-labelledby="reader-heading" aria-busy="true">
      <h2 id="reader-heading">{strings.readerRegion}</h2>
      <p class="hint">{strings.readerLoadingVoice}</p>
    </section>
  );
}
