import { useMemo } from 'preact/hooks';
import { noticeDocument, noticeElementId } from '../../../a11y/reader/document-builders.ts';
import { joinDocuments } from '../../../a11y/reader/join-documents.ts';
import type { Notice } from '../../../content/model/notice.ts';
import { useSettings } from '../../app/contexts.ts';
import { formatDate } from '../../components/format.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { SampleFlag } from '../../components/SampleFlag.tsx';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { BrailleSection } from '../../braille/BrailleSection.tsx';
import { LazyReaderPanel } from '../../reader/LazyReaderPanel.tsx';
import { readerLabels } from '../../reader/reader-text.ts';
import { ContentGate } from '../ContentGate.tsx';

/** One notice in full: category, title, dates, place and text. */
function NoticeCard({ notice }: { notice: Notice }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const headingId = `notice-${notice.id}`;
  return (
    <article class="notice" aria-labelledby={headingId}>
      <p class="notice-category" id={noticeElementId(notice.id, 'category')}>
        {strings.noticeCategory[notice.category]}
      </p>
      <LocalText as="h2" id={headingId} text={notice.title} />
      {notice.startsOn && (
        <p id={noticeElementId(notice.id, 'when')}>
          {strings.noticeWhen(formatDate(notice.startsOn, settings.language), notice.endsOn && formatDate(notice.endsOn, settings.language))}
        </p>
      )}
      {notice.place && (
        <p id={noticeElementId(notice.id, 'place')}>
          {strings.noticePlace}: <LocalText text={notice.place} />
        </p>
      )}
      {notice.body.map((paragraph, index) => (
        <LocalText as="p" key={index} id={noticeElementId(notice.id, `body-${index + 1}`)} text={paragraph} />
      ))}
      {notice.isSample && <SampleFlag id={noticeElementId(notice.id, 'sample-flag')} />}
    </article>
  );
}

/** One reader for every notice on the screen, read in order. */
function NoticesReader({ notices }: { notices: Notice[] }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const built = useMemo(() => {
    const labels = readerLabels(strings, settings.language);
    return joinDocuments('notices', strings.noticesTitle, settings.language, notices.map((notice) => noticeDocument(notice, settings.language, labels)));
  }, [notices, settings.language, strings]);
  return (
    <>
      <LazyReaderPanel built={built} />
      <BrailleSection built={built} fileName="info-perpustakaan" />
    </>
  );
}

/** The library's notices: services, opening hours and events. */
export function Notices() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.noticesTitle} screenKey="notices">
      <ContentGate>
        {(pack) => {
          const notices = pack.items.filter((item): item is Notice => item.kind === 'notice');
          return (
            <>
              <p class="lead">{strings.noticesIntro(notices.length)}</p>
              <NoticesReader notices={notices} />
              {notices.map((notice) => (
                <NoticeCard key={notice.id} notice={notice} />
              ))}
            </>
          );
        }}
      </ContentGate>
    </ScreenLayout>
  );
}
