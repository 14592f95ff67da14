import { createMemoryPersonaStore } from '../../../src/server/stores';
import { describePersonaStoreContract } from './persona-store-contract';

describePersonaStoreContract('memory', async () => ({
  open: async (options) => createMemoryPersonaStore(options),
  shared: false,
  dispose: async () => undefined,
}));
