import type { Preview } from '@storybook/react-vite';
import '../packages/ui/src/styles/attune.css';
import './preview.css';

/** Every story is checked for accessibility; a violation fails its test. */
const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
