/** Sections of the personas guide that the builder's tips link to (the browser test checks they exist). */
export const GUIDE_LINKS = {
  guide: '/guides/personas/',
  whatToPutIn: '/guides/personas/#what-to-put-in-a-persona',
  evidence: '/guides/personas/#marking-evidence-and-assumption',
  research: '/guides/personas/#research-not-guesses',
  privacy: '/guides/personas/#privacy-and-respect',
} as const;
