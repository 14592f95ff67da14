// Setup of the node and dom test projects: load the local text detectors once, as a page does
// right after its first load, so tests can observe texts synchronously right after
// createPersona(). The lazy path itself (reading texts before the load; ready()) is tested in
// packages/core/test/persona/lazy-detectors.test.ts on a fresh module graph.
import { loadLocalDetectors } from '../../packages/core/src/persona/local-detectors';

await loadLocalDetectors();
