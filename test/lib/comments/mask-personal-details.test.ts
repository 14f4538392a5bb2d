import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPersonalDetails } from '../../../src/lib/comments/mask-personal-details.ts';

const masks = (text: string): string => maskPersonalDetails(text).text;

// A reasonable email pattern, written apart from the module's: what must never survive masking.
const REASONABLE_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

describe('maskPersonalDetails', () => {
  it('masks email addresses', () => {
    expect(maskPersonalDetails('Please reply to jo.smith+cx@mail.example.co.uk, thanks')).toEqual({
      text: 'Please reply to [email], thanks',
      masked: { email: 1, phone: 0, number: 0 },
    });
    expect(masks('mail a@b.com.')).toBe('mail [email].');
    expect(masks('Two: x@y.io and Zoë@exämple.de')).toBe('Two: [email] and [email]');
  });

  it('masks phone numbers in international, US, UK, dotted and extension forms', () => {
    const phones = [
      '+44 20 7946 0958',
      '+44 (0)20 7946 0958',
      '0044 20 7946 0958',
      '+1 555 123 4567',
      '(555) 123-4567',
      '(555)123-4567',
      '555-123-4567',
      '555.123.4567',
      '1-800-555-1234',
      '555-123-4567 x12',
      '(555) 123-4567 ext. 89',
      '020 7946 0958',
      '07700 900123',
      '07700900123',
      '555 1234',
    ];
    for (const phone of phones) {
      expect(maskPersonalDetails(`Call me on ${phone} please`), phone).toEqual({
        text: 'Call me on [phone] please',
        masked: { email: 0, phone: 1, number: 0 },
      });
    }
  });

  it('masks card, account and other long numbers', () => {
    expect(maskPersonalDetails('Card 4111 1111 1111 1111 was declined')).toEqual({
      text: 'Card [number] was declined',
      masked: { email: 0, phone: 0, number: 1 },
    });
    expect(masks('4111-1111-1111-1111')).toBe('[number]');
    expect(masks('Account 12345678')).toBe('Account [number]');
    expect(masks('Order #123456789 never came')).toBe('Order #[number] never came');
    expect(masks('Ref ORD-123456')).toBe('Ref ORD-[number]');
    expect(masks('sort code 12-34-56')).toBe('sort code [number]');
    expect(masks('Ordered 123456 x 2')).toBe('Ordered [number] x 2');
  });

  it('leaves dates, times, prices, percentages and everyday numbers alone', () => {
    const untouched = [
      'Delivered on 2026-12-01 at 10:30',
      'Ordered 01/12/2026, came 12/01/26',
      'Ordered 01.12.2026 and 01-12-26',
      'Paid £1,299.00 for a $1299.00 item, €150000 in total, £ 250000 budget',
      'Paid 1.299.000 pesos, or 123456.78 in all',
      '99.5% sure, 100000 % annoyed',
      'I called 3 times and waited 20 minutes, ticket 12345',
      'Between 1000-2000 people, in 2019 2020 2021',
      'Scores 9 10 8 7 9 10',
      'Model ABC123456, version v1.2.3',
    ];
    for (const text of untouched) {
      expect(maskPersonalDetails(text), text).toEqual({ text, masked: { email: 0, phone: 0, number: 0 } });
    }
  });

  it('masks several kinds in one comment and counts each', () => {
    expect(maskPersonalDetails('Me: jo@example.com, 555-123-4567, card 4111111111111111; or +33 1 23 45 67 89')).toEqual({
      text: 'Me: [email], [phone], card [number]; or [phone]',
      masked: { email: 1, phone: 2, number: 1 },
    });
  });

  it('returns empty text for a non-string', () => {
    expect(maskPersonalDetails(undefined as unknown as string)).toEqual({ text: '', masked: { email: 0, phone: 0, number: 0 } });
  });

  const messyText = fc
    .array(
      fc.oneof(
        fc.constantFrom(' ', '-', '.', '+', '(', ')', '@', '%', '£', ',', '/', ':', 'x', 'ext', 'a', 'Z', 'é', '_', "'", '\t'),
        fc.integer({ min: 0, max: 9 }).map(String),
        fc.emailAddress(),
        fc.constantFrom('555-123-4567', '+44 20 7946 0958', '2026-12-01', '4111 1111 1111 1111', '1.299.000'),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  it('never leaves a string that looks like an email address', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        expect(masks(text)).not.toMatch(REASONABLE_EMAIL);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 3_000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.emailAddress(), fc.string({ maxLength: 30 }), (before, email, after) => {
        expect(masks(`${before}${email}${after}`)).not.toMatch(REASONABLE_EMAIL);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 3_000 },
    );
  });

  it('is idempotent when one run ends right where a + or ( run starts (a case fast-check found)', () => {
    expect(masks('555-123-4567+44 20 7946 0958 0')).toBe('[phone][phone]');
    expect(masks('555-123-4567(555) 123-4567')).toBe('[phone][phone]');
    expect(masks(masks('555-123-4567(555) 123-4567'))).toBe('[phone][phone]');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const once = maskPersonalDetails(text);
        const twice = maskPersonalDetails(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.masked).toEqual({ email: 0, phone: 0, number: 0 });
      }),
      { numRuns: 200, interruptAfterTimeLimit: 3_000 },
    );
  });

  it('leaves text without digits or @ unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).map((text) => text.replace(/[\p{Nd}@]/gu, '')), (text) => {
        expect(maskPersonalDetails(text)).toEqual({ text, masked: { email: 0, phone: 0, number: 0 } });
      }),
      { numRuns: 200, interruptAfterTimeLimit: 3_000 },
    );
  });
});

