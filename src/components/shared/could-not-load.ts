/**
 * What a page says when code or data it loads on use did not arrive (offline before the site was cached, or a new
 * deployment renamed the file): one wording for every such place.
 *
 * @param what what did not load, e.g. "The template"
 * @example couldNotLoad('The template') // 'The template could not be loaded. Check your connection and try again.'
 */
export const couldNotLoad = (what: string): string => `${what} could not be loaded. Check your connection and try again.`;
