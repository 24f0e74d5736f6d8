// The braille codes the kiosk writes, named by the language of the text.

/** 'id': Braille Indonesia, uncontracted; 'en': Unified English Braille, uncontracted (grade 1). */
export type BrailleLanguage = 'id' | 'en';
