import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announce/live-announcer.web.ts';
import type { BuiltDocument } from '../../a11y/reader/display-map.ts';
import { useServices, useSettings } from '../app/contexts.ts';
import { useStrings } from '../i18n/strings.ts';
import { saveTextFile } from './save-file.web.ts';

/** The braille engine, loaded on first use (it is not needed to show the screen). */
const brailleEngine = () => import('../../a11y/braille/index.ts');

/** Props of the braille section. */
interface BrailleSectionProps {
  built: BuiltDocument | undefined;
  /** The download's file name without extension: "uu-2016-8". */
  fileName: string;
}

/**
 * Braille for the document on screen: an on-screen Unicode braille view and a BRF file for an embosser
 * (40 cells × 25 lines, Braille Indonesia or UEB grade 1 by the document's language).
 */
export function BrailleSection({ built, fileName }: BrailleSectionProps) {
  const strings = useStrings();
  const { settings } = useSettings();
  const { owner } = useServices().speech;
  const [braille, setBraille] = useState<string[] | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const say = (text: string) => {
    setMessage(text);
    announce(text);
    owner.speakText(text, settings.language);
  };

  const toggleView = async () => {
    if (braille || !built) {
      setBraille(undefined);
      return;
    }
    const { toBraille } = await brailleEngine();
    setBraille(toBraille(built.document.text, built.document.lang).split('\n'));
  };
  const download = async () => {
    if (!built) return;
    const { toBrf } = await brailleEngine();
    const name = `${fileName}.brf`;
    saveTextFile(toBrf(built.document.text, { lang: built.document.lang }), name);
    say(strings.brailleDownloaded(name));
  };

  return (
    <section class="card-section braille" aria-labelledby="braille-heading">
      <h2 id="braille-heading">{strings.brailleRegion}</h2>
      <div class="button-row">
        <button type="button" class="button button-secondary" aria-expanded={braille !== undefined} aria-controls="braille-view" onClick={toggleView}>
          {braille ? strings.brailleHide : strings.brailleShow}
        </button>
        <button type="button" class="button button-secondary" aria-describedby="braille-download-hint" onClick={download}>
          {strings.brailleDownload}
        </button>
      </div>
      <p id="braille-download-hint" class="hint">
        {strings.brailleDownloadHint}
      </p>
      {message && <p class="reader-message">{message}</p>}
      <div id="braille-view" class="braille-view" role="region" aria-label={strings.brailleViewLabel} hidden={!braille} tabIndex={braille ? 0 : -1}>
        {braille?.map((line, index) => (
          <p key={index}>{line || '\u00a0'}</p>
        ))}
      </div>
    </section>
  );
}
