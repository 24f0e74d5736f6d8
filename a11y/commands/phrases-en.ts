// English voice phrases. A Pasal is an "article" and an ayat a "paragraph" (as in English translations of
// Indonesian laws); "pasal" and "ayat" work too. "help" alone is HELP; "help with school fees" is a search.
import { combine, type PhraseTable } from './phrase-table.ts';

const LANGUAGE_VERBS = ['', 'switch to', 'change to', 'change language to', 'use', 'speak'];

/** The English phrase table. */
export const PHRASES_EN: PhraseTable = {
  lang: 'en',
  fixed: [
    { key: 'voiceRead', command: { type: 'read' }, phrases: ['read', 'read this', 'read it', 'read aloud', 'read it aloud', 'read the page', 'read this page', 'start reading', 'play', 'listen', 'start'] },
    { key: 'voiceRepeat', command: { type: 'repeat' }, phrases: ['read again', 'read it again', 'repeat', 'repeat that', 'again', 'say again', 'say that again', 'once more', 'what', 'pardon', 'sorry what'] },
    { key: 'voiceStop', command: { type: 'stop' }, phrases: ['stop', 'stop reading', 'stop talking', 'be quiet', 'quiet', 'enough', 'thats enough', 'shut up'] },
    { key: 'voicePause', command: { type: 'pause' }, phrases: ['pause', 'wait', 'hold on', 'hold', 'wait a moment', 'wait a second', 'one moment'] },
    { key: 'voiceResume', command: { type: 'resume' }, phrases: ['continue', 'resume', 'keep reading', 'continue reading', 'go on', 'carry on', 'keep going'] },
    { key: 'voiceNext', command: { type: 'next' }, phrases: ['next', 'next one', 'next item', 'forward', 'go forward'] },
    { key: 'voicePrevious', command: { type: 'previous' }, phrases: ['previous', 'previous one', 'previous item', 'last one'] },
    { key: 'voiceBack', command: { type: 'back' }, phrases: ['back', 'go back', 'return', 'previous page', 'cancel'] },
    { key: 'voiceHome', command: { type: 'home' }, phrases: ['home', 'go home', 'home page', 'home screen', 'go to the home page', 'main menu', 'start page'] },
    { key: 'voiceHelp', command: { type: 'help' }, phrases: ['help', 'help me', 'i need help', 'what can i say', 'how does this work', 'instructions', 'im lost', 'i am lost'] },
    { key: 'voiceWhereAmI', command: { type: 'where-am-i' }, phrases: ['where am i', 'where are we', 'what page is this', 'what is this page', 'where is this'] },
    { key: 'voiceFaster', command: { type: 'faster' }, phrases: ['faster', 'speak faster', 'read faster', 'talk faster', 'speed up', 'quicker', 'a bit faster', 'too slow'] },
    { key: 'voiceSlower', command: { type: 'slower' }, phrases: ['slower', 'speak slower', 'read slower', 'talk slower', 'slow down', 'more slowly', 'speak more slowly', 'a bit slower', 'too fast'] },
    { key: 'voiceLouder', command: { type: 'louder' }, phrases: ['louder', 'speak up', 'volume up', 'turn it up', 'turn up the volume', 'a bit louder', 'too quiet', 'i cant hear'] },
    { key: 'voiceSofter', command: { type: 'softer' }, phrases: ['softer', 'quieter', 'volume down', 'turn it down', 'turn down the volume', 'lower the volume', 'not so loud', 'too loud', 'a bit quieter'] },
    { key: 'voiceNextSentence', command: { type: 'next-sentence' }, phrases: ['next sentence'] },
    { key: 'voicePreviousSentence', command: { type: 'previous-sentence' }, phrases: ['previous sentence', 'last sentence'] },
    { key: 'voiceNextParagraph', command: { type: 'next-paragraph' }, phrases: ['next paragraph'] },
    { key: 'voicePreviousParagraph', command: { type: 'previous-paragraph' }, phrases: ['previous paragraph', 'last paragraph'] },
    { key: 'voiceNextHeading', command: { type: 'next-heading' }, phrases: ['next heading', 'next section', 'next chapter'] },
    { key: 'voicePreviousHeading', command: { type: 'previous-heading' }, phrases: ['previous heading', 'previous section', 'previous chapter'] },
    { key: 'voiceNextPasal', command: { type: 'next-pasal' }, phrases: ['next article', 'next pasal'] },
    { key: 'voicePreviousPasal', command: { type: 'previous-pasal' }, phrases: ['previous article', 'previous pasal', 'last article'] },
    { key: 'voiceActivate', command: { type: 'activate' }, phrases: ['select', 'select this', 'choose', 'choose this', 'open', 'open this', 'open it', 'ok', 'okay', 'enter', 'yes'] },
    { key: 'voiceCallStaff', command: { type: 'call-staff' }, phrases: ['call staff', 'call the staff', 'call a librarian', 'call the librarian', 'get staff', 'get a librarian', 'i need a person', 'talk to staff', 'talk to a person', 'staff please'] },
    { key: 'voiceExploreModeOn', command: { type: 'explore-mode', isOn: true }, phrases: ['turn on explore mode', 'explore mode on', 'start explore mode'] },
    { key: 'voiceExploreModeOff', command: { type: 'explore-mode', isOn: false }, phrases: ['turn off explore mode', 'explore mode off', 'stop explore mode'] },
    { key: 'voiceExploreMode', command: { type: 'explore-mode' }, phrases: ['explore mode', 'explore by touch'] },
    { key: 'voiceLanguageIndonesian', command: { type: 'language', lang: 'id' }, phrases: [...combine(LANGUAGE_VERBS, ['indonesian', 'bahasa indonesia', 'bahasa']), 'in indonesian'] },
    { key: 'voiceLanguageEnglish', command: { type: 'language', lang: 'en' }, phrases: [...combine(LANGUAGE_VERBS, ['english']), 'in english'] },
    { key: 'voiceLanguageToggle', command: { type: 'language' }, phrases: ['change language', 'switch language', 'other language', 'language'] },
  ],
  fillers: ['please', 'can you', 'could you', 'would you', 'can you please', 'i want to', 'i would like to', 'id like to', 'i wanna', 'i want', 'let me', 'lets', 'just', 'kindly', 'now', 'ok so', 'so', 'hey', 'thanks', 'thank you', 'for me'],
  hesitations: ['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'ah'],
  search: {
    key: 'voiceSearch',
    prefixes: ['search for', 'search', 'look for', 'look up', 'find me', 'find', 'find information about', 'information about', 'info about', 'im looking for', 'i am looking for', 'tell me about'],
    topics: ['programs', 'program', 'benefits', 'benefit', 'assistance', 'aid', 'scholarships', 'scholarship', 'subsidy', 'subsidies', 'help with', 'help for'],
  },
  open: {
    key: 'voiceOpen',
    prefixes: ['open number', 'open item', 'open option', 'open the', 'open', 'select number', 'select the', 'select', 'choose number', 'choose the', 'choose', 'number', 'item', 'option', 'the', ''],
    suffixes: ['please', 'item', 'option'],
  },
  goTo: {
    key: 'voiceGoToPasal',
    readPrefixes: ['read', 'read me', 'read from'],
    prefixes: ['go to', 'open', 'jump to', 'skip to', 'take me to', ''],
    pasalWords: ['article', 'pasal'],
    ayatWords: ['paragraph', 'ayat', 'clause', 'verse'],
  },
  suggestions: ['read', 'stop', 'go back', 'search for school help', 'open number one', 'read article five', 'call staff', 'help'],
};
