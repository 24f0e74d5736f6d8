import { useMemo } from 'preact/hooks';
import { itemElementId, PROGRAM_SECTION_IDS, programDocument } from '../../../a11y/reader/document-builders.ts';
import { pickText, type LocalizedText } from '../../../content/model/language.ts';
import type { Program as ProgramItem } from '../../../content/model/program.ts';
import { useSettings } from '../../app/contexts.ts';
import { formatDate } from '../../components/format.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { SampleFlag } from '../../components/SampleFlag.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { BrailleSection } from '../../braille/BrailleSection.tsx';
import { LazyReaderPanel } from '../../reader/LazyReaderPanel.tsx';
import { readerLabels } from '../../reader/reader-text.ts';
import { ItemScreen } from '../ItemScreen.tsx';

/** One section of a program card: a heading and its text or list. */
function Section({ id, heading, items, ordered = false }: { id: string; heading: string; items: LocalizedText[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  const [only] = items;
  return (
    <section aria-labelledby={id} class="card-section">
      <h2 id={id}>{heading}</h2>
      {items.length === 1 && only && !ordered ? (
        <LocalText as="p" id={itemElementId(id, 1)} text={only} />
      ) : (
        <List>
          {items.map((item, index) => (
            <LocalText as="li" key={index} id={itemElementId(id, index + 1)} text={item} />
          ))}
        </List>
      )}
    </section>
  );
}

/** The body of a program card. */
function ProgramCard({ program }: { program: ProgramItem }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const built = useMemo(() => programDocument(program, settings.language, readerLabels(strings, settings.language)), [program, settings.language, strings]);
  return (
    <>
      <LocalText as="p" class="lead" id={PROGRAM_SECTION_IDS.summary} text={program.summary} />
      {program.isSample && <SampleFlag isExplained id={PROGRAM_SECTION_IDS.sampleFlag} />}
      <LazyReaderPanel built={built} />
      <Section id="program-who" heading={strings.programWho} items={program.eligibility} />
      <Section id="program-benefits" heading={strings.programBenefits} items={program.benefits} />
      <Section id="program-apply" heading={strings.programHowToApply} items={program.howToApply} ordered />
      {program.documents.length > 0 ? (
        <Section id="program-documents" heading={strings.programDocuments} items={program.documents} />
      ) : (
        <section aria-labelledby="program-documents" class="card-section">
          <h2 id="program-documents">{strings.programDocuments}</h2>
          <p>{strings.programNoDocuments}</p>
        </section>
      )}
      <Section id="program-where" heading={strings.programWhere} items={[program.whereToGo]} />
      <Section id="program-cost" heading={strings.programCost} items={[program.cost]} />
      {program.contact && <Section id="program-contact" heading={strings.programContact} items={[program.contact]} />}
      <section aria-labelledby="program-sources" class="card-section sources">
        <h2 id="program-sources">{strings.programSources}</h2>
        <ul>
          {program.sources.map((source) => (
            <li key={source.title}>
              {source.publisher}: {source.title}
              {source.url && <span class="source-url"> ({source.url})</span>}
            </li>
          ))}
        </ul>
        <p>{strings.lastReviewed(formatDate(program.lastReviewed, settings.language))}</p>
      </section>
      <BrailleSection built={built} fileName={program.id} />
    </>
  );
}

/** A program card screen: who qualifies, benefits, how to apply, documents, where, cost, contact, sources. */
export function Program({ id }: { id: string }) {
  const { settings } = useSettings();
  return (
    <ItemScreen<ProgramItem>
      screenKey={`program:${id}`}
      find={(items) => items.find((item): item is ProgramItem => item.kind === 'program' && item.id === id)}
      titleOf={(program) => pickText(program.name, settings.language)}
      titleId={PROGRAM_SECTION_IDS.title}
    >
      {(program) => <ProgramCard program={program} />}
    </ItemScreen>
  );
}
