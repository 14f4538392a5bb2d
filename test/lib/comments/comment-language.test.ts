import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  guessCommentLanguage,
  isAnalysedAsEnglish,
} from '../../../src/lib/comments/comment-language.ts';

// Comments written to read like real survey answers; the expected language is the one they are written in.
const BY_LANGUAGE = {
  en: [
    'The delivery was late and nobody answered the phone when I called',
    "It's fine, don't change a thing",
    'Staff were friendly but the checkout took ages',
    'I had to call three times before anyone helped me',
    'Do you have an app for the iPad?',
  ],
  es: [
    'El envío llegó tarde y nadie me contestó por teléfono',
    'Muy buen servicio, lo recomiendo a todos mis amigos',
    'Me encanta la aplicación pero a veces se cierra sola',
  ],
  fr: [
    'Le service client est très réactif, mais la livraison a pris trop de temps',
    "C'est parfait, j'ai reçu ma commande hier",
  ],
  de: [
    'Der Kundenservice war sehr freundlich, aber die Lieferung hat zu lange gedauert',
    'Die App stürzt ständig ab und der Support antwortet nicht',
  ],
  pt: [
    'O atendimento foi muito bom, mas a entrega demorou demais',
    'A entrega foi rápida e o produto chegou em perfeito estado',
  ],
  it: [
    'Il servizio è stato ottimo, ma la consegna è arrivata in ritardo',
    'Non sono soddisfatto del servizio clienti',
  ],
  nl: [
    'De bezorging was snel en de medewerkers waren erg vriendelijk',
    'Het product is goed maar de levering duurde te lang',
    'Ik ben heel tevreden over de service',
  ],
} as const;

describe('guessCommentLanguage', () => {
  for (const [language, comments] of Object.entries(BY_LANGUAGE)) {
    it(`recognises comments written in ${language}`, () => {
      for (const comment of comments) expect(guessCommentLanguage(comment).language, comment).toBe(language);
    });
  }

  it('names the languages it sets aside', () => {
    expect(guessCommentLanguage(BY_LANGUAGE.es[0])).toEqual({ language: 'es', name: 'Spanish' });
    expect(guessCommentLanguage(BY_LANGUAGE.nl[0])).toEqual({ language: 'nl', name: 'Dutch' });
  });

  it('labels non-Latin scripts by script, or by language where the script names it', () => {
    const cases: [string, string, string][] = [
      ['Доставка была быстрой, спасибо', 'Cyrillic', 'Cyrillic script'],
      ['Η εξυπηρέτηση ήταν εξαιρετική', 'Greek', 'Greek'],
      ['خدمة ممتازة', 'Arabic', 'Arabic script'],
      ['שירות מצוין', 'Hebrew', 'Hebrew'],
      ['服务很好，谢谢', 'Han', 'Chinese'],
      ['配送がとても早かったです', 'Kana', 'Japanese'],
      ['배송이 빨랐어요', 'Hangul', 'Korean'],
      ['सेवा बहुत अच्छी थी', 'Devanagari', 'Devanagari script'],
      ['บริการดีมาก', 'Thai', 'Thai'],
    ];
    for (const [text, script, name] of cases) {
      expect(guessCommentLanguage(text), text).toEqual({ language: 'other-script', name, script });
    }
  });

  it('keeps an English comment with a few foreign letters or words as English', () => {
    expect(guessCommentLanguage('Went to Café de la Paix, the food was great and the staff were kind').language).toBe('en');
    expect(guessCommentLanguage('The manager, Влад, sorted it out for us in the end').language).toBe('en');
  });

  it('treats short comments and comments without stop words as unknown, analysed as English', () => {
    for (const text of ['Great!', 'ok', 'Was ok', 'Servicio excelente', 'Sehr gut', 'Muito bom', 'Fast delivery, friendly staff']) {
      const guess = guessCommentLanguage(text);
      expect(guess, text).toEqual({ language: 'unknown', name: 'Unknown' });
      expect(isAnalysedAsEnglish(guess)).toBe(true);
    }
  });

  it('calls a comment that mixes languages evenly unknown', () => {
    expect(guessCommentLanguage('Great service, muy bien, gracias').language).toBe('unknown');
    expect(guessCommentLanguage('The app is good pero la entrega es lenta').language).toBe('unknown');
  });

  it('does not read emoji, numbers or empty text as a language', () => {
    for (const text of ['👍👍👍', '😡', '12345 678', '10/10', '', '   ', '?!']) {
      expect(guessCommentLanguage(text).language, text).toBe('unknown');
    }
  });

  it('ignores HTML tags, entities and links', () => {
    expect(guessCommentLanguage('<p>The app is great and I use it every day</p>').language).toBe('en');
    expect(guessCommentLanguage('<div class="de la">ok</div>').language).toBe('unknown');
    expect(guessCommentLanguage('see https://example.com/de/la/en/de/ and www.site.es/de/la/y/').language).toBe('unknown');
  });

  it('reads decomposed accents like composed ones', () => {
    const decomposed = 'El envío llegó tarde y nadie me contestó por teléfono'.normalize('NFD');
    expect(guessCommentLanguage(decomposed).language).toBe('es');
  });

  it('does not count the s of "it\'s" or the t of "don\'t" as French or German', () => {
    expect(guessCommentLanguage("It's ok, don't worry, it's fine").language).toBe('en');
  });

  it('never throws and always returns a known label', () => {
    const labels = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'other-script', 'unknown'];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(labels).toContain(guessCommentLanguage(text).language);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
    expect(guessCommentLanguage(undefined as unknown as string).language).toBe('unknown');
  });
});

describe('the ASCII fast path', () => {
  // "…" (U+2026) is neither a letter nor changed by NFC: appended, it sends the same words down the Unicode path.
  const words = ['the', 'and', 'was', 'el', 'la', 'que', 'de', 'le', 'et', 'der', 'und', 'het', 'een', 'il', 'che', 'não', 'delivery', 'late', "don't", "l'equipe", 'jo@example.com', '<b>', 'https://x.de/de/'];
  it('guesses as the Unicode path does for any ASCII comment', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words.filter((word) => /^[\x00-\x7f]*$/.test(word))), { maxLength: 14 }), fc.constantFrom(' ', ', ', '. ', '! '), (picked, gap) => {
        const text = picked.join(gap);
        expect(guessCommentLanguage(text)).toEqual(guessCommentLanguage(`${text} …`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('English with typos stays English', () => {
  it('needs three stop words to set a comment aside as another language', () => {
    // From an outside review: short English comments with a typo were read as Dutch, Italian or French.
    for (const text of ['Wel lsupport was polite', 'Price si a bit high! 🚀', 'Hidden fees on m yinvoice!']) {
      expect(isAnalysedAsEnglish(guessCommentLanguage(text)), text).toBe(true);
    }
    expect(guessCommentLanguage('El envío llegó tarde y nadie me respondió')).toMatchObject({ language: 'es' });
    expect(isAnalysedAsEnglish(guessCommentLanguage('Het pakket is niet aangekomen en niemand heeft mij teruggebeld'))).toBe(false);
  });
});
