import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(cleanup);

// jsdom has no layout: scrolling to the top on a step change has nowhere to go, quietly.
window.scrollTo = () => {};
