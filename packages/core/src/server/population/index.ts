export {
  createPopulationLoop,
  type PopulationLoop,
  type PopulationLoopOptions,
} from './create-population-loop';
