import { useMemo } from 'preact/hooks';
import { lawLineElementId, regulationDocument, regulationHeadingElementId } from '../../../a11y/reader/document-builders.ts';
import { pickText } from '../../../content/model/language.ts';
import type { Regulation as RegulationItem, RegulationNode } from '../../../content/model/regulation.ts';
import { useSettings } from '../../app/contexts.ts';
import { formatDate } from '../../components/format.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { SampleFlag } from '../../components/SampleFlag.tsx';
import type { Strings } from '../../i18n/id.ts';
import { useStrings } from '../../i18n/strings.ts';
import { BrailleSection } from '../../braille/BrailleSection.tsx';
import { LazyReaderPanel } from '../../reader/LazyReaderPanel.tsx';
import { ItemScreen } from '../ItemScreen.tsx';
import { countNodes } from '../../../content/regulation/find-in-structure.ts';
import { isHeadingKind, linesOf, pasalsWithin } from './regulation-outline.ts';

/** The id of a unit's heading on screen (shared with the reader, which highlights it). */
function headingId(node: RegulationNode): string {
  return regulationHeadingElementId(node.kind, node.start);
}

/** How a unit is named on screen: its printed label and title, or the name of an unnumbered part. */
function nodeName(node: RegulationNode, strings: Strings): string {
  const unnamed: Partial<Record<RegulationNode['kind'], string>> = {
    pembukaan: strings.nodePembukaan,
    penutup: strings.nodePenutup,
    penjelasan: strings.nodePenjelasan,
  };
  const label = node.label.trim() || unnamed[node.kind] || node.kind;
  return node.title ? `${label} — ${node.title}` : label;
}

/** Moves focus (and the view) to a unit's heading. */
function focusHeading(node: RegulationNode): void {
  const heading = document.getElementById(headingId(node));
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/** Paragraphs of law text. */
function Lines({ text, start, end }: { text: string; start: number; end: number }) {
  return (
    <>
      {linesOf(text, start, end).map((line) => (
        <p key={line.start} class="law-line" id={lawLineElementId(line.start)}>
          {line.text}
        </p>
      ))}
    </>
  );
}

/** One unit with its heading; Pasal text keeps its ayat and huruf as paragraphs. */
function UnitView({ node, text, level }: { node: RegulationNode; text: string; level: number }) {
  const strings = useStrings();
  const Heading = `h${Math.min(level, 6)}` as 'h2';
  const headingChildren = node.kind === 'pasal' ? [] : node.children.filter((child) => isHeadingKind(child.kind));
  const firstChild = headingChildren[0];
  const lastChild = headingChildren[headingChildren.length - 1];
  // A plain section (no accessible name): hundreds of Pasal as named regions would flood the landmark list.
  return (
    <section class={`law-unit law-${node.kind}`}>
      <Heading id={headingId(node)} tabIndex={-1}>
        {nodeName(node, strings)}
      </Heading>
      <Lines text={text} start={node.bodyStart} end={firstChild ? firstChild.start : node.end} />
      {headingChildren.map((child) => (
        <UnitView key={child.start} node={child} text={text} level={level + 1} />
      ))}
      {lastChild && <Lines text={text} start={lastChild.end} end={node.end} />}
    </section>
  );
}

/** The table of contents: parts and BAB, each with its Pasal, as buttons that move focus there. */
function Contents({ structure }: { structure: RegulationNode[] }) {
  const strings = useStrings();
  return (
    <nav aria-labelledby="regulation-contents" class="law-contents">
      <h2 id="regulation-contents">{strings.regulationContents}</h2>
      <ul>
        {structure.map((node) => {
          const pasals = node.kind === 'pasal' ? [] : pasalsWithin(node);
          return (
            <li key={node.start}>
              <button type="button" class="toc-button" onClick={() => focusHeading(node)}>
                {nodeName(node, strings)}
              </button>
              {pasals.length > 0 && (
                <ul class="toc-pasals">
                  {pasals.map((pasal) => (
                    <li key={pasal.start}>
                      <button type="button" class="toc-button toc-pasal" onClick={() => focusHeading(pasal)}>
                        {pasal.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The body of the regulation screen. */
function RegulationBody({ regulation }: { regulation: RegulationItem }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const { structure, text } = regulation;
  const built = useMemo(() => regulationDocument(regulation), [regulation]);
  return (
    <>
      <p class="lead">
        {strings.regulationHeading(regulation.type, regulation.number, regulation.year)}
        {structure.length > 0 && <> · {strings.regulationCounts(countNodes(structure, 'bab'), countNodes(structure, 'pasal'))}</>}
      </p>
      {regulation.summary && <LocalText as="p" text={regulation.summary} />}
      {regulation.isSample && <SampleFlag />}
      <p class="review-date">{strings.lastReviewed(formatDate(regulation.lastReviewed, settings.language))}</p>
      <LazyReaderPanel built={built} hasPasal={structure.length > 0} />
      <BrailleSection built={built} fileName={regulation.id} />
      {structure.length > 0 ? <Contents structure={structure} /> : <p>{strings.regulationNoStructure}</p>}
      {/* Law text is Indonesian whatever the interface language. */}
      <article class="law-text" lang="id" aria-labelledby="regulation-text">
        <h2 id="regulation-text" lang={settings.language}>
          {strings.regulationText}
        </h2>
        {structure.length > 0 ? (
          structure.map((node) => <UnitView key={node.start} node={node} text={text} level={3} />)
        ) : (
          <Lines text={text} start={0} end={text.length} />
        )}
      </article>
    </>
  );
}

/** A regulation: its table of contents (BAB, Pasal) and its full text by unit. */
export function Regulation({ id }: { id: string }) {
  const { settings } = useSettings();
  return (
    <ItemScreen<RegulationItem>
      screenKey={`regulation:${id}`}
      find={(items) => items.find((item): item is RegulationItem => item.kind === 'regulation' && item.id === id)}
      titleOf={(regulation) => pickText(regulation.title, settings.language)}
    >
      {(regulation) => <RegulationBody regulation={regulation} />}
    </ItemScreen>
  );
}
