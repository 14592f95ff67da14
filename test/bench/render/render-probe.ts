/**
 * Counts component renders per React commit through the React DevTools global hook, which
 * React DOM calls after every commit, production builds included. Installed by an init
 * script before React loads (`installRenderProbe` runs in the page).
 */
export interface RenderProbe {
  /** Component types (functions) whose renders are counted as message renders. */
  messageTypes: Set<unknown>;
  counting: boolean;
  commits: number;
  messageRenders: number;
  componentRenders: number;
  reset(): void;
}

interface Fiber {
  type: unknown;
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** Runs in the page: defines `window.__renderProbe` and the DevTools hook that feeds it. */
export function installRenderProbe(): void {
  // React's PerformedWork flag: set on a fiber whose component function ran in this render.
  const performedWork = 1;
  // Function, class, forwardRef, memo and simple-memo component fibers.
  const componentTags = new Set([0, 1, 11, 14, 15]);
  const probe: RenderProbe = {
    messageTypes: new Set(),
    counting: false,
    commits: 0,
    messageRenders: 0,
    componentRenders: 0,
    reset() {
      probe.commits = 0;
      probe.messageRenders = 0;
      probe.componentRenders = 0;
    },
  };
  const count = (root: { current: Fiber }) => {
    if (!probe.counting) return;
    probe.commits += 1;
    const stack: Fiber[] = [root.current];
    while (stack.length > 0) {
      const fiber = stack.pop() as Fiber;
      const previous = fiber.alternate;
      const rendered = previous === null || (fiber.flags & performedWork) !== 0;
      if (rendered && componentTags.has(fiber.tag)) {
        probe.componentRenders += 1;
        if (probe.messageTypes.has(fiber.type)) probe.messageRenders += 1;
      }
      // A subtree whose child list was not re-created did not render in this commit.
      if (previous !== null && fiber.child === previous.child) continue;
      for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    }
  };
  const page = window as unknown as { __renderProbe: RenderProbe; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  page.__renderProbe = probe;
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => count(root),
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
  };
}
