import { configure } from '@testing-library/dom';

// findBy… and waitFor give up after 1 s by default. The first use of a part a page loads after first render
// (a dynamic import, transformed on first use under vitest) took longer than that when the machine was busy
// (the CI machine has two cores shared with other work): wait up to 10 s; a part that never comes still fails.
configure({ asyncUtilTimeout: 10_000 });
