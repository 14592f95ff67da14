export {
  createPopulationLoop,
  type PopulationLoop,
  type PopulationLoopOptions,
  type PopulationRun,
} from './create-population-loop';
export type { GateVerdict } from './prior-gate';
